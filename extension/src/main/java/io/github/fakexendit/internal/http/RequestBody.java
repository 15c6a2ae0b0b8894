package io.github.fakexendit.internal.http;

import io.github.fakexendit.internal.ApiError;
import io.undertow.io.Receiver;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.xnio.XnioExecutor;

/**
 * Reads a request's body in full without blocking the I/O thread, within the server's limits: a body over the
 * size limit is refused with 413, one still incomplete when the time is up with 408 (a client that trickles its
 * body holds a connection, never a thread, and not for long), one that cannot be read with 400. A refused
 * request's connection is closed, since the rest of its body is left unread.
 *
 * <p>Everything here runs on the connection's I/O thread (the receiver's callbacks and the timer alike), so
 * the state of one read needs no lock.
 */
final class RequestBody {

    private boolean settled;
    private XnioExecutor.Key timer;

    private RequestBody() {
    }

    static void read(HttpServerExchange exchange, long maxBytes, Duration timeout, Receiver.FullBytesCallback onBody,
                     BiConsumer<HttpServerExchange, ApiError> onRefusal) {
        RequestBody reading = new RequestBody();
        exchange.setMaxEntitySize(maxBytes);
        exchange.getRequestReceiver().receiveFullBytes(
                (ex, body) -> {
                    if (reading.settle()) {
                        onBody.handle(ex, body);
                    }
                },
                (ex, error) -> {
                    if (reading.settle()) {
                        ex.setPersistent(false);
                        onRefusal.accept(ex, refusal(error, maxBytes));
                    }
                });
        if (!reading.settled) {
            reading.timer = exchange.getIoThread().executeAfter(() -> {
                if (reading.settle()) {
                    exchange.setPersistent(false);
                    onRefusal.accept(exchange, ApiError.of(408, "REQUEST_TIMEOUT",
                            "The request body did not arrive within " + describe(timeout)));
                }
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Whether this is the first outcome of the read; later ones (a timer that lost the race) are ignored. */
    private boolean settle() {
        if (settled) {
            return false;
        }
        settled = true;
        if (timer != null) {
            timer.remove();
        }
        return true;
    }

    private static ApiError refusal(IOException error, long maxBytes) {
        // Undertow reports a body over the limit in two ways: while reading, and from a Content-Length up front
        if (error instanceof RequestTooBigException || error instanceof Receiver.RequestToLargeException) {
            return ApiError.of(413, "PAYLOAD_TOO_LARGE", "Request body is larger than the limit of " + maxBytes
                    + " bytes");
        }
        return ApiError.badRequest("API_VALIDATION_ERROR", "The request body could not be read");
    }

    private static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " seconds" : timeout.toMillis() + " ms";
    }
}
