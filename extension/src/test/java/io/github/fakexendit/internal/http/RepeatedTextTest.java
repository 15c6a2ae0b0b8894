package io.github.fakexendit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.internal.store.JournalEntry;
import org.junit.jupiter.api.Test;

class RepeatedTextTest {

    private final RepeatedText repeated = new RepeatedText();

    @Test
    void aPathLikeTheLastOneIsTheStringKeptBefore() {
        String first = repeated.path(new String("/sessions"));

        assertThat(repeated.path(new String("/sessions"))).isSameAs(first);
        assertThat(repeated.path("/sessions/ps-1")).isEqualTo("/sessions/ps-1").isNotSameAs(first);
    }

    @Test
    void headerLinesLikeTheLastOnesAreTheStringKeptBefore() {
        String first = repeated.headers(lines("xnd_development_a"));

        assertThat(repeated.headers(lines("xnd_development_a"))).isSameAs(first);
        String other = repeated.headers(lines("xnd_development_b"));
        assertThat(other).isEqualTo(lines("xnd_development_b").text()).isNotEqualTo(first);
        assertThat(repeated.headers(lines("xnd_development_b"))).isSameAs(other);
    }

    private static JournalEntry.HeaderLines lines(String key) {
        return new JournalEntry.HeaderLines().add("Authorization", "Basic " + key).add("Content-Type",
                "application/json");
    }
}
