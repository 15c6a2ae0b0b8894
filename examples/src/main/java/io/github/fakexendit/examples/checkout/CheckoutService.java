package io.github.fakexendit.examples.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shop's checkout, as a merchant writes it against Xendit's Payment Sessions API: turns an order into a
 * payment session, passes Xendit's refusals on to its caller, and asks for the outcome. With {@link Retries}
 * it rides out Xendit's bad moments: it tries again after a 5xx or a 429 (waiting as long as
 * {@code Rate-Limit-Reset} says), and after a broken connection when only reading. The outcome also arrives by
 * webhook, at {@link XenditWebhookEndpoint}, which updates the {@link OrderBook}.
 */
public final class CheckoutService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);

    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;
    private final String returnUrl;
    private final Retries retries;

    /**
     * How the shop copes with Xendit being unwell.
     *
     * @param attempts how often a request is tried in all (1: no retry)
     * @param backoff  how long to wait before trying again after a 5xx
     * @param timeout  how long to wait for each answer
     */
    public record Retries(int attempts, Duration backoff, Duration timeout) {
        public Retries {
            if (attempts < 1) {
                throw new IllegalArgumentException("at least 1 attempt, got " + attempts);
            }
        }

        /** One try, ten seconds to answer. */
        public static final Retries NONE = new Retries(1, Duration.ZERO, Duration.ofSeconds(10));
    }
    private final OrderBook orders;
    /** Xendit's customer_id of each shop customer who checked out before; a database column in a real shop. */
    private final Map<String, String> xenditCustomers = new ConcurrentHashMap<>();

    /** A checkout that tries each request once, with an order book of its own. */
    public CheckoutService(String baseUrl, String secretKey, String returnUrl) {
        this(baseUrl, secretKey, returnUrl, Retries.NONE, new OrderBook());
    }

    /** A checkout with an order book of its own. */
    public CheckoutService(String baseUrl, String secretKey, String returnUrl, Retries retries) {
        this(baseUrl, secretKey, returnUrl, retries, new OrderBook());
    }

    /**
     * @param baseUrl   Xendit's API, {@code https://api.xendit.co} in production
     * @param secretKey the secret API key
     * @param returnUrl where Xendit sends the customer back, e.g. {@code https://shop.example/orders}
     * @param retries   how the shop copes with Xendit being unwell
     * @param orders    where each order's payment is tracked; Xendit's webhooks update it
     */
    public CheckoutService(String baseUrl, String secretKey, String returnUrl, Retries retries, OrderBook orders) {
        this(baseUrl, secretKey, returnUrl, retries, orders, HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5)).build());
    }

    /**
     * A checkout that calls Xendit with this client, e.g. one whose TLS trusts a test server's certificate;
     * the other constructors' client trusts what the JVM trusts, as Xendit's certificate needs.
     */
    public CheckoutService(String baseUrl, String secretKey, String returnUrl, Retries retries, OrderBook orders,
                           HttpClient http) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((secretKey + ":").getBytes(StandardCharsets.UTF_8));
        this.returnUrl = returnUrl;
        this.retries = retries;
        this.orders = orders;
    }

    /** Creates the payment session on another thread, as a shop does when an order is placed. */
    public CompletableFuture<PaymentLink> startPaymentInBackground(Order order) {
        return CompletableFuture.supplyAsync(() -> startPayment(order));
    }

    /** Creates a payment session for the order; the customer pays at the returned link. */
    public PaymentLink startPayment(Order order) {
        ObjectNode body = JSON.createObjectNode()
                .put("reference_id", order.id())
                .put("session_type", "PAY")
                .put("mode", "PAYMENT_LINK")
                .put("amount", order.total())
                .put("currency", "IDR")
                .put("country", "ID")
                .put("description", "Order " + order.id())
                .put("success_return_url", returnUrl + "/" + order.id() + "/paid")
                .put("cancel_return_url", returnUrl + "/" + order.id());
        String known = xenditCustomers.get(order.customerId());
        if (known != null) {
            // Xendit refuses a second inline customer with the same reference_id (409 DUPLICATE_ERROR)
            body.put("customer_id", known);
        } else {
            ObjectNode customer = body.putObject("customer")
                    .put("reference_id", order.customerId())
                    .put("type", "INDIVIDUAL")
                    .put("email", order.customerEmail());
            customer.putObject("individual_detail").put("given_names", order.customerName());
        }
        ArrayNode items = body.putArray("items");
        for (Order.Line line : order.lines()) {
            items.addObject()
                    .put("reference_id", line.sku())
                    .put("name", line.name())
                    .put("type", "PHYSICAL_PRODUCT")
                    .put("category", "GENERAL")
                    .put("net_unit_amount", line.unitPrice())
                    .put("quantity", line.quantity());
        }
        JsonNode session = send(request("/sessions")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        String sessionId = session.get("payment_session_id").asText();
        if (session.has("customer_id")) {
            xenditCustomers.putIfAbsent(order.customerId(), session.get("customer_id").asText());
        }
        orders.awaitingPayment(order.id(), sessionId);
        return new PaymentLink(sessionId, session.get("payment_link_url").asText());
    }

    /** The payment's status as Xendit reports it now. */
    public PaymentStatus paymentStatus(String sessionId) {
        return PaymentStatus.of(send(request("/sessions/" + sessionId).GET()).get("status").asText());
    }

    /** Withdraws the payment link, e.g. when the customer changes the order. */
    public void cancelPayment(String sessionId) {
        send(request("/sessions/" + sessionId + "/cancel").POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(retries.timeout())
                .header("Authorization", authorization);
    }

    private JsonNode send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            for (int attempt = 1; ; attempt++) {
                boolean last = attempt == retries.attempts();
                HttpResponse<String> response;
                try {
                    response = http.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    // a create may have reached Xendit although the answer did not reach us: never sent twice
                    if (last || !request.method().equals("GET")) {
                        throw new UncheckedIOException("Xendit could not be reached", e);
                    }
                    continue;
                }
                if (last || !RETRYABLE.contains(response.statusCode())) {
                    return bodyOf(response);
                }
                Thread.sleep(waitBefore(response).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Xendit", e);
        }
    }

    /** After a 429, as long as Xendit says the quota needs to come back; otherwise the backoff. */
    private Duration waitBefore(HttpResponse<String> response) {
        return response.headers().firstValue("Rate-Limit-Reset")
                .map(seconds -> Duration.ofMillis((long) (Double.parseDouble(seconds) * 1000)))
                .orElse(retries.backoff());
    }

    private static JsonNode bodyOf(HttpResponse<String> response) {
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Xendit answered " + response.statusCode() + " with no JSON", e);
        }
        if (response.statusCode() >= 400) {
            throw new XenditException(response.statusCode(), body.path("error_code").asText(),
                    body.path("message").asText());
        }
        return body;
    }
}
