package io.github.fakexendit.internal.http;

import io.undertow.server.HttpServerExchange;

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
}
