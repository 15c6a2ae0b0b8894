package io.github.fakexendit.examples.strict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.WebhookAttempt;
import io.github.fakexendit.junit.FakeXendit;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A handler written against Xendit's captured responses (millisecond timestamps, {@code key in data}, {@code pt-}
 * tokens) takes every webhook the fake sends: what passes here passes in production, and the reverse.
 */
@FakeXendit(synchronousWebhooks = true)
class StrictWebhookHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final FakeXenditServer xendit;
    private final StrictWebhookHandler handler = new StrictWebhookHandler();
    private final HttpServer shop;

    StrictWebhookHandlerTest(FakeXenditServer xendit) throws IOException {
        this.xendit = xendit;
        shop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        shop.createContext("/webhooks/xendit", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status;
                try {
                    handler.handle(body);
                    status = 200;
                } catch (IllegalArgumentException refused) {
                    status = 400;
                }
                exchange.sendResponseHeaders(status, -1);
            }
        });
        shop.start();
        xendit.webhooks().sendTo("http://127.0.0.1:" + shop.getAddress().getPort() + "/webhooks/xendit");
    }

    @AfterEach
    void stop() {
        shop.stop(0);
    }

    private String create(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(xendit.baseUrl() + "/sessions"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((xendit.apiKey() + ":").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("payment_session_id").asText();
    }

    private static String session(String type, int amount, String extra) {
        return "{\"reference_id\":\"order-" + System.nanoTime() + "\",\"session_type\":\"" + type
                + "\",\"currency\":\"IDR\",\"amount\":" + amount + ",\"mode\":\"PAYMENT_LINK\",\"country\":\"ID\""
                + extra + "}";
    }

    private static String customer(String reference) {
        return ",\"customer\":{\"type\":\"INDIVIDUAL\",\"reference_id\":\"" + reference
                + "\",\"individual_detail\":{\"given_names\":\"Ayu\"}}";
    }

    @Test
    void everyWebhookOfThePaidSavedAndExpiredSessionsIsTaken() throws Exception {
        String paid = create(session("PAY", 10000, ""));
        String paidAndSaved = create(session("PAY", 10000,
                ",\"allow_save_payment_method\":\"FORCED\"" + customer("ayu")));
        String saved = create(session("SAVE", 0, customer("budi")));
        String abandoned = create(session("PAY", 10000, ""));

        xendit.session(paid).complete();
        xendit.session(paidAndSaved).complete();
        xendit.session(saved).complete();
        xendit.session(abandoned).expire();

        // each completion's payment and token webhooks come first: 2 + 3 + 2 + 1
        assertThat(xendit.webhooks().attempts()).hasSize(8).allMatch(WebhookAttempt::delivered);
        List<StrictWebhookHandler.Outcome> ofSessions =
                handler.outcomes().stream().filter(outcome -> outcome.sessionId() != null).toList();
        assertThat(ofSessions).extracting(StrictWebhookHandler.Outcome::sessionId)
                .containsExactly(paid, paidAndSaved, saved, abandoned);
        assertThat(ofSessions.get(0).paymentTokenId()).isNull();
        assertThat(ofSessions.get(1).paymentTokenId()).startsWith("pt-").hasSize(39);
        assertThat(ofSessions.get(2).paymentTokenId()).startsWith("pt-");
        assertThat(ofSessions.get(2).paymentId()).isNull();
        assertThat(ofSessions.get(3).paymentId()).isNull();
        assertThat(handler.outcomes()).extracting(StrictWebhookHandler.Outcome::event).containsExactly(
                "payment.capture", "payment_session.completed", "payment.capture", "payment_token.activation",
                "payment_session.completed", "payment_token.activation", "payment_session.completed",
                "payment_session.expired");
    }

    @Test
    void theHandlerRefusesWhatXenditNeverSends() {
        String loose = """
                {"event":"payment_session.completed","business_id":"b","created":"2026-01-01T00:00:01Z",
                 "data":{"payment_session_id":"ps-1","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:01Z",
                 "expires_at":"2026-01-01T00:30:00Z","payment_id":"py-1","payment_token_id":null}}""";
        String withMillis = loose.replace(":00Z", ":00.000Z").replace(":01Z", ":01.000Z");
        String staleEnvelope = withMillis.replace("\"payment_token_id\":null", "\"payment_token_id\":\"pt-1\"")
                .replace("\"created\":\"2026-01-01T00:00:01.000Z\"", "\"created\":\"2026-01-01T00:00:00.500Z\"");

        assertThatThrownBy(() -> handler.handle(loose)).hasMessageContaining("is not yyyy-MM-ddTHH:mm:ss.SSSZ");
        assertThatThrownBy(() -> handler.handle(withMillis)).hasMessageContaining("payment_token_id is not pt-");
        assertThatThrownBy(() -> handler.handle(staleEnvelope)).hasMessageContaining("stale webhook");
    }
}
