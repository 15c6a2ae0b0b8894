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

/**
 * A shop's checkout, as a merchant writes it against Xendit's Payment Sessions API: turns an order into a
 * payment session, passes Xendit's refusals on to its caller, and asks for the outcome.
 */
public final class CheckoutService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String authorization;
    private final String returnUrl;

    /**
     * @param baseUrl   Xendit's API, {@code https://api.xendit.co} in production
     * @param secretKey the secret API key
     * @param returnUrl where Xendit sends the customer back, e.g. {@code https://shop.example/orders}
     */
    public CheckoutService(String baseUrl, String secretKey, String returnUrl) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((secretKey + ":").getBytes(StandardCharsets.UTF_8));
        this.returnUrl = returnUrl;
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
        ObjectNode customer = body.putObject("customer")
                .put("reference_id", order.customerId())
                .put("type", "INDIVIDUAL")
                .put("email", order.customerEmail());
        customer.putObject("individual_detail").put("given_names", order.customerName());
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
        return new PaymentLink(session.get("payment_session_id").asText(), session.get("payment_link_url").asText());
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
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", authorization);
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() >= 400) {
                throw new XenditException(response.statusCode(), body.path("error_code").asText(),
                        body.path("message").asText());
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("Xendit could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Xendit", e);
        }
    }
}
