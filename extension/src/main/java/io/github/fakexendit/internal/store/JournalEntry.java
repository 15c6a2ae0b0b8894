package io.github.fakexendit.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.Fault;
import io.github.fakexendit.internal.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One request as it arrived and how it was answered. Immutable: the byte arrays are never written after
 * construction and never handed out without a copy.
 *
 * <p>Kept compact, since a journal holds thousands and every young collection copies what it holds: the body
 * as the bytes received (the array the route read, shared with whatever else keeps it), the headers as one
 * string, the time as two numbers, and the answer's body either as its bytes or, for an answer rendered from an
 * immutable value the fake keeps anyway, as the way to render it again. Typed views ({@link #headers()},
 * {@link #time()}, {@link #errorCode()}) are built when asked for.
 */
public final class JournalEntry {

    private static final byte[] NONE = new byte[0];

    private final long sequence;
    private final long epochSecond;
    private final int nano;
    private final int status;
    private final String method;
    private final String path;
    private final String query;
    private final String headers;
    private final byte[] body;
    /** The answer's body: a {@code byte[]}, or a {@code Supplier<JsonNode>} whose JSON is the same bytes again. */
    private final Object responseBody;
    private final Fault fault;

    /**
     * @param sequence     arrival order within the server
     * @param headers      header names as sent, in a case-insensitive map
     * @param status       the status answered, or 0 if the request got no status line
     * @param responseBody the body answered (in full, even if a fault cut it off on the wire); empty if none
     * @param fault        the scripted fault the request got, or {@code null}
     */
    public JournalEntry(long sequence, Instant time, String method, String path, String query,
                        Map<String, List<String>> headers, byte[] body, int status, byte[] responseBody, Fault fault) {
        this(sequence, time, method, path, query, HeaderLines.of(headers).text(), body, status, (Object) responseBody,
                fault);
    }

    /**
     * An entry whose answer's body is rendered again when asked for: {@code render} must give the JSON that
     * was answered, every time (a rendering of an immutable value).
     *
     * @param headers the request's header lines, as {@link HeaderLines#text()} writes them
     */
    public JournalEntry(long sequence, Instant time, String method, String path, String query, String headers,
                        byte[] body, int status, Supplier<JsonNode> render, Fault fault) {
        this(sequence, time, method, path, query, headers, body, status, (Object) render, fault);
    }

    /** An entry whose answer's body is kept as its bytes; {@code headers} as {@link HeaderLines#text()} writes them. */
    public JournalEntry(long sequence, Instant time, String method, String path, String query, String headers,
                        byte[] body, int status, byte[] responseBody, Fault fault) {
        this(sequence, time, method, path, query, headers, body, status, (Object) responseBody, fault);
    }

    private JournalEntry(long sequence, Instant time, String method, String path, String query, String headers,
                         byte[] body, int status, Object responseBody, Fault fault) {
        this.sequence = sequence;
        this.epochSecond = time.getEpochSecond();
        this.nano = time.getNano();
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = headers;
        this.body = body.length == 0 ? NONE : body;
        this.status = status;
        this.responseBody = responseBody instanceof byte[] bytes && bytes.length == 0 ? NONE : responseBody;
        this.fault = fault;
    }

    public long sequence() {
        return sequence;
    }

    public Instant time() {
        return Instant.ofEpochSecond(epochSecond, nano);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The raw query string, or {@code null} if the request had none. */
    public String query() {
        return query;
    }

    /** Header names as sent, in a case-insensitive map, each with its values in order; unmodifiable. */
    public Map<String, List<String>> headers() {
        return HeaderLines.parse(headers);
    }

    /** The body as received; empty if none. Never written: do not modify. */
    public byte[] body() {
        return body;
    }

    /** The status answered, or 0 if the request got no status line. */
    public int status() {
        return status;
    }

    /** The body answered (in full, even if a fault cut it off on the wire); empty if none. Do not modify. */
    @SuppressWarnings("unchecked")
    public byte[] responseBody() {
        return responseBody instanceof byte[] bytes ? bytes : Json.bytes(((Supplier<JsonNode>) responseBody).get());
    }

    /** The scripted fault the request got, or {@code null}. */
    public Fault fault() {
        return fault;
    }

    /**
     * Whether the fake refused the request as Xendit would (a 4xx): an answer from a scripted fault is not a
     * refusal. (The test's own calls to the admin API under {@code /_fake} are not in the journal at all.)
     */
    public boolean isRejection() {
        return isRejection(status, fault);
    }

    /** @see #isRejection() */
    public static boolean isRejection(int status, Fault fault) {
        return status >= 400 && status < 500 && fault == null;
    }

    /** The {@code error_code} of the error answered, or {@code null} if the answer was not an error envelope. */
    public String errorCode() {
        return errorField("error_code");
    }

    /** The {@code message} of the error answered, or {@code null} if the answer was not an error envelope. */
    public String errorMessage() {
        return errorField("message");
    }

    private String errorField(String name) {
        // an answer below 400 is never an error envelope: not rendered again to find that out
        return status < 400 ? null : errorField(status, responseBody(), name);
    }

    /** A text field of the error envelope answered with {@code status}, or {@code null}. */
    public static String errorField(int status, byte[] responseBody, String name) {
        if (status < 400 || responseBody.length == 0) {
            return null;
        }
        try {
            JsonNode value = Json.parse(responseBody).get(name);
            return value == null || !value.isTextual() ? null : value.textValue();
        } catch (IOException notJson) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "JournalEntry[" + sequence + " " + method + " " + path + " -> " + status + "]";
    }

    /**
     * A request's headers as one string, {@code name:value} lines, a line per value: a few hundred bytes where
     * a map of lists would take a thousand. A line feed or a backslash in a value is escaped.
     */
    public static final class HeaderLines {

        private final StringBuilder text = new StringBuilder(256);

        /** Whether {@code lines} is this text, compared without making a string of it. */
        public boolean isText(String lines) {
            return lines != null && lines.contentEquals(text);
        }

        /** Adds one value of a header; a header with several values is added once per value, in order. */
        public HeaderLines add(String name, String value) {
            text.append(name).append(':');
            if (value.indexOf('\n') < 0 && value.indexOf('\\') < 0) {
                text.append(value).append('\n');
                return this;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\n' -> text.append("\\n");
                    case '\\' -> text.append("\\\\");
                    default -> text.append(c);
                }
            }
            text.append('\n');
            return this;
        }

        static HeaderLines of(Map<String, List<String>> headers) {
            HeaderLines lines = new HeaderLines();
            headers.forEach((name, values) -> values.forEach(value -> lines.add(name, value)));
            return lines;
        }

        /** The lines as one string, as a {@link JournalEntry} keeps them. */
        public String text() {
            return text.toString();
        }

        static Map<String, List<String>> parse(String text) {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            int start = 0;
            while (start < text.length()) {
                int colon = text.indexOf(':', start);
                int end = text.indexOf('\n', colon);
                String name = text.substring(start, colon);
                headers.computeIfAbsent(name, n -> new ArrayList<>()).add(unescape(text, colon + 1, end));
                start = end + 1;
            }
            headers.replaceAll((name, values) -> List.copyOf(values));
            return Collections.unmodifiableMap(headers);
        }

        private static String unescape(String text, int from, int to) {
            int slash = text.indexOf('\\', from);
            if (slash < 0 || slash >= to) {
                return text.substring(from, to);
            }
            StringBuilder value = new StringBuilder(to - from);
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < to) {
                    i++;
                    value.append(text.charAt(i) == 'n' ? '\n' : text.charAt(i));
                } else {
                    value.append(c);
                }
            }
            return value.toString();
        }
    }
}
