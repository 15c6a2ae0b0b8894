package io.github.fakexendit.examples.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.PaymentCapture;
import io.github.fakexendit.PaymentStatus;
import io.github.fakexendit.Webhooks;
import io.github.fakexendit.examples.browser.Chromium;
import io.github.fakexendit.junit.FakeXendit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A merchant's card payment captured later, end to end over HTTP and in a real browser: the merchant creates a
 * session with {@code capture_method: MANUAL}, the customer pays by card on the checkout page, the merchant receives
 * {@code payment.authorization} and {@code payment_session.completed}, captures the payment with Xendit's Payments
 * API, receives {@code payment.capture}, and reads the payment SUCCEEDED.
 */
@FakeXendit
@Chromium
class ManualCaptureInBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String CONFIRMATION = "Payment received";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final FakeXenditServer xendit;
    private final WebDriver browser;
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final HttpServer merchant;

    ManualCaptureInBrowserTest(FakeXenditServer xendit, WebDriver browser) throws IOException {
        this.xendit = xendit;
        this.browser = browser;
        // the merchant's webhook endpoint: keeps what it receives and answers 200 to every event
        this.merchant = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        merchant.createContext("/webhooks", exchange -> {
            received.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        merchant.start();
        xendit.webhooks().sendTo("http://127.0.0.1:" + merchant.getAddress().getPort() + "/webhooks");
    }

    @AfterEach
    void stop() {
        merchant.stop(0);
    }

    @Test
    void theCardIsAuthorisedOnThePageThenCapturedByTheMerchant() throws Exception {
        // no success_return_url: the checkout page confirms the payment itself
        JsonNode session = call("POST", "/sessions", """
                {"reference_id": "order-manual-1", "session_type": "PAY", "mode": "PAYMENT_LINK",
                 "amount": 250000, "currency": "IDR", "country": "ID", "capture_method": "MANUAL"}""");

        browser.get(session.get("payment_link_url").asText());
        browser.findElement(By.cssSelector("input[name=channel][value=CARDS]")).click();
        browser.findElement(By.id("card_number")).sendKeys("4000 0000 0000 1091");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                CONFIRMATION));

        JsonNode authorized = next();
        JsonNode completed = next();
        assertThat(authorized.get("event").asText()).isEqualTo(Webhooks.PAYMENT_AUTHORIZATION);
        assertThat(authorized.get("api_version").asText()).isEqualTo("v3");
        assertThat(authorized.at("/data/status").asText()).isEqualTo("AUTHORIZED");
        assertThat(authorized.at("/data/channel_properties/card_details/masked_card_number").asText())
                .isEqualTo("400000XXXXXX1091");
        assertThat(completed.get("event").asText()).isEqualTo(Webhooks.COMPLETED);
        String paymentId = completed.at("/data/payment_id").asText();
        assertThat(authorized.at("/data/payment_id").asText()).isEqualTo(paymentId);

        JsonNode captured = call("POST", "/v3/payments/" + paymentId + "/capture", "{\"capture_amount\": 250000}");

        assertThat(captured.get("status").asText()).isEqualTo("SUCCEEDED");
        JsonNode capture = next();
        assertThat(capture.get("event").asText()).isEqualTo(Webhooks.PAYMENT_CAPTURE);
        assertThat(capture.get("data")).isEqualTo(captured);
        assertThat(call("GET", "/v3/payments/" + paymentId, null).get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(call("GET", "/v3/payment_requests/" + completed.at("/data/payment_request_id").asText(), null)
                .get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(xendit.payment(paymentId).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(xendit.payment(paymentId).captures()).extracting(PaymentCapture::amount)
                .containsExactly(new BigDecimal("250000"));
        assertThat(received).isEmpty();
    }

    /** The merchant's next webhook, in the order they arrived. */
    private JsonNode next() throws InterruptedException {
        JsonNode webhook = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(webhook).as("a webhook within " + WAIT).isNotNull();
        return webhook;
    }

    /** The merchant's call to Xendit's API with its secret key; the answer's JSON, which must be a success. */
    private JsonNode call(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(xendit.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (xendit.apiKey() + ":").getBytes(StandardCharsets.UTF_8)))
                .header("api-version", "2024-11-11");
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(List.of(200, 201)).as(response.body()).contains(response.statusCode());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
