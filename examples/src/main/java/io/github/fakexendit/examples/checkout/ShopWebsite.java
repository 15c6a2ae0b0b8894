package io.github.fakexendit.examples.checkout;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * The shop's pages around a payment, as a customer's browser sees them: the order page with a button to pay,
 * which creates a payment session and sends the browser on to Xendit's {@code payment_link_url}; the page Xendit
 * sends the customer back to after paying; and the order page again when they come back without paying.
 *
 * <p>Served over HTTPS, because Xendit sends customers back to HTTPS URLs only. The page after payment does not
 * take the redirect as proof of payment: the order is paid once Xendit's webhook says so
 * ({@link XenditWebhookEndpoint}).
 */
public final class ShopWebsite implements AutoCloseable {

    private final Map<String, Order> placed = new ConcurrentHashMap<>();
    private final OrderBook orders;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final HttpsServer server;
    private final CheckoutService checkout;

    /**
     * Listens on a free port of loopback.
     *
     * @param tls        the shop's certificate
     * @param xenditUrl  Xendit's API, {@code https://api.xendit.co} in production
     * @param secretKey  the secret API key
     * @param orders     where each order's payment is tracked; Xendit's webhooks update it
     */
    public ShopWebsite(SSLContext tls, String xenditUrl, String secretKey, OrderBook orders) {
        this(tls, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), xenditUrl, secretKey, orders);
    }

    /** A shop that calls Xendit with this client, e.g. one that trusts a test server's certificate. */
    public ShopWebsite(SSLContext tls, HttpClient xendit, String xenditUrl, String secretKey, OrderBook orders) {
        this.orders = orders;
        try {
            this.server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            threads.shutdown();
            throw new UncheckedIOException(e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.setExecutor(threads);
        server.createContext("/orders/", this::handle);
        server.start();
        this.checkout = new CheckoutService(xenditUrl, secretKey, url() + "/orders", CheckoutService.Retries.NONE,
                orders, xendit);
    }

    /** {@code https://127.0.0.1:PORT}. */
    public String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The customer placed {@code order}; its page is {@link #orderPage}. */
    public void place(Order order) {
        placed.put(order.id(), order);
    }

    /** Where the customer sees the order and pays for it. */
    public String orderPage(String orderId) {
        return url() + "/orders/" + orderId;
    }

    /** {@code /orders/{id}}, {@code POST /orders/{id}/pay}, {@code /orders/{id}/paid}. */
    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            Order order = path.length >= 3 ? placed.get(path[2]) : null;
            if (order == null || path.length > 4) {
                page(exchange, 404, "Not found", "<p>There is no such order.</p>");
                return;
            }
            String action = path.length == 4 ? path[3] : "";
            switch (action) {
                case "" -> page(exchange, 200, "Order " + order.id(), orderDetails(order) + payButton(order));
                case "pay" -> pay(exchange, order);
                case "paid" -> page(exchange, 200, "Thank you", thanks(order));
                default -> page(exchange, 404, "Not found", "<p>There is no such page.</p>");
            }
        }
    }

    /** Creates the payment session and sends the browser to Xendit's checkout. */
    private void pay(HttpExchange exchange, Order order) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            page(exchange, 405, "Not allowed", "<p>Pay with the button on the order page.</p>");
            return;
        }
        PaymentLink link;
        try {
            link = checkout.startPayment(order);
        } catch (XenditException refused) {
            page(exchange, 502, "Payment not started", "<p>Xendit refused the payment: "
                    + escape(refused.getMessage()) + "</p>");
            return;
        }
        exchange.getResponseHeaders().set("Location", link.url());
        exchange.sendResponseHeaders(303, -1);
    }

    private String orderDetails(Order order) {
        StringBuilder lines = new StringBuilder("<ul>");
        for (Order.Line line : order.lines()) {
            lines.append("<li>").append(line.quantity()).append(" × ").append(escape(line.name())).append("</li>");
        }
        return lines.append("</ul><p>Total: IDR ").append(order.total()).append("</p><p id=\"status\">")
                .append(statusText(order, false)).append("</p>").toString();
    }

    private String payButton(Order order) {
        boolean paid = orders.find(order.id()).map(o -> o.status() == PaymentStatus.PAID).orElse(false);
        return paid ? "" : "<form method=\"post\" action=\"/orders/" + escape(order.id()) + "/pay\">"
                + "<button type=\"submit\">Pay with Xendit</button></form>";
    }

    private String thanks(Order order) {
        return "<p>Thank you for your payment for order " + escape(order.id()) + ".</p><p id=\"status\">"
                + statusText(order, true) + "</p>";
    }

    /**
     * What the shop knows of the payment: only a webhook marks an order paid, so right after the customer is back
     * from paying it may still be waiting for it.
     */
    private String statusText(Order order, boolean backFromPaying) {
        PaymentStatus status = orders.find(order.id()).map(OrderBook.Entry::status).orElse(null);
        if (status == PaymentStatus.PAID) {
            return "Paid.";
        }
        if (backFromPaying) {
            return "Waiting for Xendit to confirm the payment.";
        }
        return status == PaymentStatus.EXPIRED ? "The payment link expired: pay again to get a new one."
                : "Not paid yet.";
    }

    private static void page(HttpExchange exchange, int status, String title, String body) throws IOException {
        byte[] html = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " – Example shop</title></head><body><main><h1>" + escape(title) + "</h1>" + body
                + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, html.length);
        exchange.getResponseBody().write(html);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
