package io.github.fakexendit.internal.http;

import io.github.fakexendit.internal.platform.ApiError;
import io.undertow.io.Receiver;
import io.undertow.server.HttpServerExchange;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.xnio.XnioExecutor;

/**
 * Reads a request's body in full without blocking the I/O thread, within the server's limits: a body over the
 * size limit is refused with 413, one still incomplete when the time is up with 408 (a client that trickles its
 * body holds a connection, never a thread, and not for long), one that cannot be read with 400. A refused
 * request's connection is closed.
 *
 * <p>A body over the limit is read to its end and dropped before the 413 goes out (within the request timeout):
 * closing a connection with unread bytes in it makes the kernel reset it, and the client would lose the answer
 * along with the connection. Only a Content-Length past {@link #DRAINED} times the limit is refused at once.
 *
 * <p>Everything here runs on the connection's I/O thread (the receiver's callbacks and the timer alike), so
 * the state of one read needs no lock.
 */
final class RequestBody {

    private static final byte[] NO_BODY = new byte[0];
    /** How many times the size limit a body may have and still be read to its end before it is refused. */
    static final long DRAINED = 8;

    private final long maxBytes;
    /** The body while it came in one piece (Undertow hands each piece over in an array of its own): no copy. */
    private byte[] onePiece = NO_BODY;
    /** The body once it came in several pieces. */
    private ByteArrayOutputStream pieces;
    private long size;
    private boolean tooLarge;
    private boolean settled;
    private XnioExecutor.Key timer;

    private RequestBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static void read(HttpServerExchange exchange, long maxBytes, Duration timeout, Receiver.FullBytesCallback onBody,
                     BiConsumer<HttpServerExchange, ApiError> onRefusal) {
        RequestBody reading = new RequestBody(maxBytes);
        if (exchange.getRequestContentLength() > maxBytes * DRAINED) {
            reading.settle();
            exchange.setPersistent(false);
            onRefusal.accept(exchange, tooLarge(maxBytes));
            return;
        }
        exchange.getRequestReceiver().receivePartialBytes(
                (ex, bytes, last) -> {
                    if (reading.settled) {
                        return;
                    }
                    reading.keep(bytes);
                    if (last && reading.settle()) {
                        if (reading.tooLarge) {
                            ex.setPersistent(false);
                            onRefusal.accept(ex, tooLarge(maxBytes));
                        } else {
                            onBody.handle(ex, reading.pieces == null ? reading.onePiece : reading.pieces.toByteArray());
                        }
                    }
                },
                (ex, error) -> {
                    if (reading.settle()) {
                        ex.setPersistent(false);
                        onRefusal.accept(ex, ApiError.badRequest("API_VALIDATION_ERROR",
                                "The request body could not be read"));
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

    /** Keeps what arrived while the body is within the limit; past it, drops everything from then on. */
    private void keep(byte[] bytes) {
        size += bytes.length;
        if (tooLarge || size > maxBytes) {
            tooLarge = true;
            onePiece = NO_BODY;
            pieces = null;
        } else if (bytes.length == 0) {
            return;
        } else if (pieces == null && onePiece.length == 0) {
            onePiece = bytes;
        } else {
            if (pieces == null) {
                pieces = new ByteArrayOutputStream((int) Math.min(maxBytes, 2L * (onePiece.length + bytes.length)));
                pieces.writeBytes(onePiece);
            }
            pieces.writeBytes(bytes);
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

    private static ApiError tooLarge(long maxBytes) {
        return ApiError.of(413, "PAYLOAD_TOO_LARGE", "Request body is larger than the limit of " + maxBytes + " bytes");
    }

    private static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " seconds" : timeout.toMillis() + " ms";
    }
}
