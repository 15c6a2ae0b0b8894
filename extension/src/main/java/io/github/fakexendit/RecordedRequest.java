package io.github.fakexendit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.ApiKeys;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.store.JournalEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request the fake received, as it arrived, with the status the fake answered. Immutable.
 *
 * <pre>{@code
 * RecordedRequest create = server.requests().get(0);
 * assertThat(create.method()).isEqualTo("POST");
 * assertThat(create.path()).isEqualTo("/sessions");
 * assertThat(create.json().orElseThrow().path("amount").intValue()).isEqualTo(10000);
 * }</pre>
 *
 * <p>{@link #toString()} prints the whole request with secret keys masked.
 */
public final class RecordedRequest {

    private final JournalEntry entry;

    RecordedRequest(JournalEntry entry) {
        this.entry = entry;
    }

    /** {@code GET}, {@code POST}, ... */
    public String method() {
        return entry.method();
    }

    /** The path without the query, e.g. {@code /sessions/ps-...}. */
    public String path() {
        return entry.path();
    }

    /** The raw query string without {@code ?}, or an empty string. */
    public String query() {
        return entry.query() == null ? "" : entry.query();
    }

    /** Every header as sent; names are looked up regardless of case. */
    public Map<String, List<String>> headers() {
        return entry.headers();
    }

    /** The first value of a header, regardless of the name's case, or {@code null}. */
    public String header(String name) {
        List<String> values = entry.headers().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The secret key of the request's HTTP Basic authorization, or {@code null} if it carried none. */
    public String apiKey() {
        return ApiKeys.fromAuthorization(header("Authorization"));
    }

    /** The body as text (UTF-8); empty if there was none. */
    public String body() {
        return new String(entry.body(), StandardCharsets.UTF_8);
    }

    /** The body as JSON, if it is JSON. */
    public Optional<JsonNode> json() {
        if (entry.body().length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.parse(entry.body()));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** The HTTP status the fake answered with. */
    public int status() {
        return entry.status();
    }

    /** When the request arrived, on the server's clock. */
    public Instant time() {
        return entry.time();
    }

    /** The whole request, pretty-printed, with secret keys masked. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(method()).append(' ').append(path());
        if (!query().isEmpty()) {
            out.append('?').append(query());
        }
        out.append(" -> ").append(status()).append('\n');
        headers().forEach((name, values) -> values.forEach(value -> out.append(name).append(": ")
                .append(name.equalsIgnoreCase("Authorization") ? ApiKeys.maskAuthorization(value) : value)
                .append('\n')));
        Optional<JsonNode> json = json();
        if (json.isPresent()) {
            out.append('\n').append(Json.pretty(json.get())).append('\n');
        } else if (entry.body().length > 0) {
            out.append('\n').append(body()).append('\n');
        }
        return out.toString();
    }
}
