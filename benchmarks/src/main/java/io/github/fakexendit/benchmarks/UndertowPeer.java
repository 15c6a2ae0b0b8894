package io.github.fakexendit.benchmarks;

import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Undertow alone, the HTTP server fake-xendit is built on, reading each request's body and answering the same
 * canned 201 as {@link MockWebServerPeer}: no validation, no state. It is the floor under every figure of the
 * fake, what any server on this HTTP layer pays before doing any work. {@code UndertowPeer PORT} runs it as a
 * server of its own, the counterpart of a standalone jar.
 */
public final class UndertowPeer implements Peer {

    private static final byte[] CREATED = Workload.CREATED_BODY.getBytes(StandardCharsets.UTF_8);

    private final int port;
    private Undertow server;

    public UndertowPeer() {
        this(0);
    }

    private UndertowPeer(int port) {
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        new UndertowPeer(Integer.parseInt(args[0])).start();
    }

    @Override
    public int start() {
        server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(exchange -> exchange.getRequestReceiver().receiveFullBytes((done, body) -> {
                    done.setStatusCode(201);
                    done.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
                    done.getResponseSender().send(ByteBuffer.wrap(CREATED));
                }))
                .build();
        server.start();
        return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** Nothing is kept, so there is nothing to reset. */
    @Override
    public void reset() {
        throw new UnsupportedOperationException("Undertow alone keeps nothing to reset");
    }

    @Override
    public void close() {
        server.stop();
    }
}
