package io.github.fakexendit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A method and a path to match requests against: {@code *} as the method matches any, and {@code *} as a path
 * segment matches any one segment (<code>/sessions/&#42;/cancel</code>). Empty segments are ignored, as the
 * router ignores them, so {@code /sessions/} matches {@code /sessions}. {@link #ANY} matches every request.
 */
public record RequestPattern(String method, List<String> segments) {

    public static final RequestPattern ANY = new RequestPattern("*", null);

    public RequestPattern {
        segments = segments == null ? null : List.copyOf(segments);
    }

    /**
     * @param method an HTTP method, any case, or {@code *}
     * @param path   a path starting with {@code /}, segments of {@code *} match any one segment
     */
    public static RequestPattern of(String method, String path) {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("method must be an HTTP method such as POST, or *, got '" + method + "'");
        }
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /, got '" + path + "'");
        }
        return new RequestPattern(method.trim().toUpperCase(Locale.ROOT), segments(path));
    }

    /** {@code /sessions/ps-1/} is {@code [sessions, ps-1]}. */
    public static List<String> segments(String path) {
        List<String> out = new ArrayList<>(4);
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                out.add(segment);
            }
        }
        return out;
    }

    public boolean matches(String requestMethod, String requestPath) {
        if (!method.equals("*") && !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        if (segments == null) {
            return true;
        }
        List<String> actual = segments(requestPath);
        if (actual.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (!segments.get(i).equals("*") && !segments.get(i).equals(actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The path matched, such as <code>/sessions/&#42;/cancel</code>; {@code null} for any path. */
    public String path() {
        return segments == null ? null : "/" + String.join("/", segments);
    }

    /** {@code POST /sessions}, or {@code any request}. */
    @Override
    public String toString() {
        return segments == null ? "any request" : method + " " + path();
    }
}
