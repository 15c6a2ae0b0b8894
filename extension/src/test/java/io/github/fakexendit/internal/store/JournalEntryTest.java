package io.github.fakexendit.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

    private static final Instant ARRIVED = Instant.parse("2026-01-02T03:04:05.123456789Z");

    @Test
    void headersComeBackAsSentWhateverTheirCharactersInACaseInsensitiveMap() {
        JournalEntry.HeaderLines lines = new JournalEntry.HeaderLines()
                .add("Content-Type", "application/json")
                .add("X-Odd", "a:b\\c\nd\\n")
                .add("X-Many", "first")
                .add("X-Many", "")
                .add("X-Many", "third: with colon");
        JournalEntry entry = new JournalEntry(1, ARRIVED, "POST", "/sessions", null, lines.text(), new byte[0], 201,
                new byte[0], null);

        Map<String, List<String>> headers = entry.headers();

        assertThat(headers).containsOnlyKeys("Content-Type", "X-Many", "X-Odd");
        assertThat(headers.get("x-odd")).containsExactly("a:b\\c\nd\\n");
        assertThat(headers.get("X-MANY")).containsExactly("first", "", "third: with colon");
        assertThat(headers.get("content-type")).containsExactly("application/json");
    }

    @Test
    void aMapOfHeadersIsKeptTheSameWay() {
        Map<String, List<String>> sent = Map.of("Accept", List.of("a", "b"), "Host", List.of("127.0.0.1:1"));

        JournalEntry entry = new JournalEntry(1, ARRIVED, "GET", "/", "q=1", sent, new byte[0], 200, new byte[0], null);

        assertThat(entry.headers()).isEqualTo(sent);
        assertThat(entry.time()).isEqualTo(ARRIVED);
        assertThat(entry.query()).isEqualTo("q=1");
    }

    @Test
    void aRenderedAnswerIsRenderedWhenAskedForAndItsErrorFieldsAreRead() {
        AtomicInteger renderings = new AtomicInteger();
        byte[] error = "{\"error_code\":\"X\",\"message\":\"m\"}".getBytes(StandardCharsets.UTF_8);
        JournalEntry entry = new JournalEntry(1, ARRIVED, "GET", "/", null, "", new byte[0], 404, () -> {
            renderings.incrementAndGet();
            return Json.object().put("error_code", "X").put("message", "m");
        }, null);

        assertThat(renderings).hasValue(0);
        assertThat(entry.responseBody()).isEqualTo(error);
        assertThat(entry.errorCode()).isEqualTo("X");
        assertThat(entry.errorMessage()).isEqualTo("m");
        assertThat(entry.isRejection()).isTrue();
    }
}
