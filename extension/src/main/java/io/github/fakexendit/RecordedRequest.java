package io.github.fakexendit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.RequestPattern;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiKeys;
import io.github.fakexendit.internal.store.JournalEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A request the fake received, as it arrived, with the answer the fake gave. Immutable; two instances are
 * equal when they stand for the same arrival.
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

    private final long sequence;
    private final Instant time;
    private final String method;
    private final String path;
    private final String query;
    private final Map<String, List<String>> headers;
    /** Shared with the journal, never written and never handed out: {@link #body()} copies it into a string. */
    private final byte[] body;
    private final int status;
    /** The journal's own rendering of the answer, asked for when needed: listing requests renders nothing. */
    private final Supplier<byte[]> responseBody;
    private final Fault fault;

    private RecordedRequest(JournalEntry entry) {
        this.sequence = entry.sequence();
        this.time = entry.time();
        this.method = entry.method();
        this.path = entry.path();
        this.query = entry.query() == null ? "" : entry.query();
        this.headers = entry.headers();
        this.body = entry.body();
        this.status = entry.status();
        this.responseBody = entry::responseBody;
        this.fault = entry.fault();
    }

    /** The request as the journal recorded it. */
    static RecordedRequest of(JournalEntry entry) {
        return new RecordedRequest(entry);
    }

    /** {@code GET}, {@code POST}, ... */
    public String method() {
        return method;
    }

    /** The path without the query, e.g. {@code /sessions/ps-...}. */
    public String path() {
        return path;
    }

    /** The raw query string without {@code ?}, or an empty string. */
    public String query() {
        return query;
    }

    /** Every header as sent; names are looked up regardless of case. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header, regardless of the name's case, or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The secret key of the request's HTTP Basic authorization, or {@code null} if it carried none. */
    public String apiKey() {
        return ApiKeys.fromAuthorization(header("Authorization"));
    }

    /** The body as text (UTF-8); empty if there was none. */
    public String body() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON, if it is JSON. */
    public Optional<JsonNode> json() {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.parse(body));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** The HTTP status the fake answered with, or 0 if a {@link #fault() fault} sent no status line. */
    public int status() {
        return status;
    }

    /** The body the fake answered with (in full, even if a fault cut it off on the wire); empty if none. */
    public String responseBody() {
        return new String(responseBody.get(), StandardCharsets.UTF_8);
    }

    /** The {@code error_code} the fake answered with, e.g. {@code API_VALIDATION_ERROR}, or {@code null}. */
    public String errorCode() {
        return status < 400 ? null : JournalEntry.errorField(status, responseBody.get(), "error_code");
    }

    /** The {@code message} of the error the fake answered with, or {@code null}. */
    public String errorMessage() {
        return status < 400 ? null : JournalEntry.errorField(status, responseBody.get(), "message");
    }

    /** Whether the fake refused the request as Xendit would, with a 4xx; a scripted fault's answer is not that. */
    public boolean isRejected() {
        return JournalEntry.isRejection(status, fault);
    }

    /** The scripted fault this request got, or {@code null}. */
    public Fault fault() {
        return fault;
    }

    /** When the request arrived, on the server's clock. */
    public Instant time() {
        return time;
    }

    /**
     * A predicate for requests with this method and path, e.g. {@code matching("POST", "/sessions")}; {@code *}
     * as the method matches any method, and as a path segment any one segment
     * (<code>matching("GET", "/sessions/&#42;")</code>).
     */
    public static Predicate<RecordedRequest> matching(String method, String path) {
        RequestPattern pattern = RequestPattern.of(method, path);
        return new Predicate<>() {
            @Override
            public boolean test(RecordedRequest request) {
                return pattern.matches(request.method(), request.path());
            }

            @Override
            public String toString() {
                return pattern.toString();
            }
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedRequest r && r.sequence == sequence;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence);
    }

    /** The whole request, pretty-printed, with secret keys masked; its first line says how it was answered. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(method()).append(' ').append(path());
        if (!query().isEmpty()) {
            out.append('?').append(query());
        }
        out.append(" -> ").append(status() == 0 ? "no answer" : Integer.toString(status()));
        if (errorCode() != null) {
            out.append(' ').append(errorCode()).append(": ").append(errorMessage());
        }
        if (fault() != null) {
            out.append(" [scripted fault: ").append(fault()).append(']');
        }
        out.append('\n');
        headers().forEach((name, values) -> values.forEach(value -> out.append(name).append(": ")
                .append(name.equalsIgnoreCase("Authorization") ? ApiKeys.maskAuthorization(value) : value)
                .append('\n')));
        Optional<JsonNode> json = json();
        if (json.isPresent()) {
            out.append('\n').append(Json.pretty(json.get())).append('\n');
        } else if (body.length > 0) {
            out.append('\n').append(body()).append('\n');
        }
        return out.toString();
    }
}
