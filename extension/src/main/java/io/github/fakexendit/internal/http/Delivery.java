package io.github.fakexendit.internal.http;

import io.github.fakexendit.Fault;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.xnio.ChannelListener;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;
import org.xnio.channels.StreamSinkChannel;

/**
 * Puts answers on the wire, as they are or as a scripted fault bends them: later, never, or cut off. Nothing
 * here blocks an I/O thread: a delay is a timer on the exchange's own I/O thread, and a request left
 * unanswered is merely kept. {@link #releaseHeld()} closes every connection still waiting for an answer.
 */
final class Delivery {

    /** The exchanges whose answer is pending, each with what cancels the answer (a timer, or nothing). */
    private final Map<HttpServerExchange, Runnable> held = new ConcurrentHashMap<>();

    /**
     * Sends {@code response} as {@code fault} says (a fault that answers by itself has already become the
     * response); {@code response} is {@code null} when the fault leaves the request unanswered.
     * {@code record} runs once the exchange is accounted for and before the client can see anything, so that
     * whoever sees the request in the journal can also release it, and a client never sees an answer to a
     * request the journal does not show yet.
     */
    void deliver(HttpServerExchange exchange, Response response, Fault fault, Runnable record) {
        Fault.Kind kind = fault == null ? null : fault.kind();
        if (kind == Fault.Kind.DELAY) {
            exchange.dispatch();
            // runs on this same I/O thread, so not before this method has returned
            XnioExecutor.Key timer = exchange.getIoThread().executeAfter(() -> {
                if (held.remove(exchange) != null) {
                    send(exchange, response);
                }
            }, fault.duration().toNanos(), TimeUnit.NANOSECONDS);
            hold(exchange, timer::remove);
            record.run();
        } else if (kind == Fault.Kind.NO_RESPONSE) {
            exchange.dispatch();
            hold(exchange, () -> { });
            record.run();
        } else {
            record.run();
            if (kind == Fault.Kind.DROP_CONNECTION) {
                close(exchange);
            } else if (kind == Fault.Kind.DROP_CONNECTION_MID_RESPONSE) {
                sendHalfAndClose(exchange, response);
            } else {
                send(exchange, response);
            }
        }
    }

    static void send(HttpServerExchange exchange, Response response) {
        writeHead(exchange, response);
        exchange.getResponseSender().send(ByteBuffer.wrap(response.body()));
    }

    /** Closes the connection of every exchange still waiting for its answer and cancels their timers. */
    void releaseHeld() {
        held.forEach((exchange, cancel) -> {
            if (held.remove(exchange) != null) {
                cancel.run();
                close(exchange);
            }
        });
    }

    private void hold(HttpServerExchange exchange, Runnable cancel) {
        held.put(exchange, cancel);
        // a client that gives up closes the connection: nothing is left to release then
        exchange.getConnection().addCloseListener(connection -> held.remove(exchange));
    }

    /** The head and half the body, announced in full by Content-Length, then the connection is closed. */
    private static void sendHalfAndClose(HttpServerExchange exchange, Response response) {
        writeHead(exchange, response);
        byte[] body = response.body();
        exchange.setResponseContentLength(body.length);
        ByteBuffer half = ByteBuffer.wrap(body, 0, body.length / 2);
        StreamSinkChannel channel = exchange.getResponseChannel();
        ChannelListener<StreamSinkChannel> writer = ch -> {
            try {
                while (half.hasRemaining()) {
                    if (ch.write(half) == 0) {
                        ch.resumeWrites();
                        return;
                    }
                }
                if (!ch.flush()) {
                    ch.resumeWrites();
                    return;
                }
                ch.suspendWrites();
            } catch (IOException e) {
                // the client is gone already: closing is all that is left to do
            }
            close(exchange);
        };
        channel.getWriteSetter().set(writer);
        writer.handleEvent(channel);
    }

    private static void writeHead(HttpServerExchange exchange, Response response) {
        exchange.setStatusCode(response.status());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, response.contentType());
        response.headers().forEach((name, value) ->
                exchange.getResponseHeaders().put(HttpString.tryFromString(name), value));
    }

    private static void close(HttpServerExchange exchange) {
        IoUtils.safeClose(exchange.getConnection());
    }
}
