package io.github.fakexendit.examples.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Where Xendit sends the shop its payment session webhooks: checks the {@code x-callback-token}, then marks the
 * order paid (and ships it) or expired. Safe under duplicate and late deliveries: a paid order stays paid and
 * ships once; an expiry of a session the order no longer waits on is ignored. A failure answers 500, so that
 * Xendit retries.
 */
public final class XenditWebhookEndpoint implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] callbackToken;
    private final OrderBook orders;
    private final Consumer<String> shipping;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final HttpServer server;

    /**
     * Listens on a free port of loopback.
     *
     * @param callbackToken the verification token from Xendit's dashboard
     * @param shipping      sends out a paid order's goods; may throw, and is then tried again on the next delivery
     */
    public XenditWebhookEndpoint(String callbackToken, OrderBook orders, Consumer<String> shipping) {
        this.callbackToken = callbackToken.getBytes(StandardCharsets.UTF_8);
        this.orders = orders;
        this.shipping = shipping;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            threads.shutdown();
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/webhooks/xendit", this::handle);
        server.start();
    }

    /** The URL to enter in Xendit's dashboard. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/xendit";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                answer(exchange, 405);
                return;
            }
            String token = exchange.getRequestHeaders().getFirst("x-callback-token");
            if (token == null || !MessageDigest.isEqual(callbackToken, token.getBytes(StandardCharsets.UTF_8))) {
                answer(exchange, 401);
                return;
            }
            JsonNode webhook;
            try {
                webhook = JSON.readTree(exchange.getRequestBody());
            } catch (IOException notJson) {
                answer(exchange, 400);
                return;
            }
            try {
                process(webhook.path("event").asText(), webhook.path("data"));
                answer(exchange, 200);
            } catch (RuntimeException failed) {
                answer(exchange, 500);
            }
        }
    }

    /** One webhook at a time, so that two deliveries of one payment cannot both ship (a database locks the row). */
    private synchronized void process(String event, JsonNode session) {
        String orderId = session.path("reference_id").asText();
        switch (event) {
            case "payment_session.completed" -> {
                orders.paid(orderId, session.path("payment_id").asText());
                boolean toShip = orders.find(orderId).map(o -> o.status() == PaymentStatus.PAID && !o.shipped())
                        .orElse(false);
                if (toShip) {
                    shipping.accept(orderId);
                    orders.shipped(orderId);
                }
            }
            case "payment_session.expired" -> orders.expired(orderId, session.path("payment_session_id").asText());
            default -> { /* an event this shop does not use: acknowledge it, or Xendit retries it for a day */ }
        }
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
