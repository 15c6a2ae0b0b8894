package io.github.fakexendit.internal.http;

import io.undertow.server.HttpServerExchange;
import java.util.Locale;

/** A request whose body has been read in full, and the base URL it reached the server by. */
record Request(HttpServerExchange exchange, byte[] body, String baseUrl) {

    String method() {
        return exchange.getRequestMethod().toString();
    }

    String path() {
        return exchange.getRequestPath();
    }

    /** The first value of a header, or {@code null}. */
    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /**
     * The media type of {@code contentType} in lower case, without its parameters ({@code application/json} of
     * {@code application/json; charset=UTF-8}); empty for a value such as {@code ";;"}.
     */
    static String mediaType(String contentType) {
        // -1: a value of separators alone still has a first part, an empty one
        return contentType.split(";", -1)[0].trim().toLowerCase(Locale.ROOT);
    }
}
