package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp.Reply;
import io.github.fakexendit.testing.XenditHttp;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the payments routes do with input no merchant should send: always Xendit's envelope with a 4xx, never a
 * 500, and nothing stored changed; of concurrent captures of one payment exactly one wins.
 */
@FakeXendit(synchronousWebhooks = true)
class PaymentsHostileInputTest {

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    PaymentsHostileInputTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"capture_amount\": }", "{\"capture_amount\": 1e400}", "{\"capture_amount\": [1]}",
            "{\"capture_amount\": {\"value\": 1}}", "[]", "\"capture\"", "null", "{\"capture_amount\": 1}{}",
            "{\"capture_amount\": 1, \"capture_amount\": \"1\"}", "{\"capture_amount\": NaN}",
            "{\"capture_amount\": 0.000000000000000000001}", "{\"capture_amount\": -0}"})
    void aMalformedOrMistypedCaptureBodyIsRefusedAndTheAuthorisationStays(String body) {
        String paymentId = authorised();

        Reply reply = xendit.post("/v3/payments/" + paymentId + "/capture", body);

        assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
        assertThat(reply.json().get("error_code").asText()).isNotEmpty();
        assertThat(reply.json().get("message").asText()).isNotEmpty();
        assertThat(server.payment(paymentId).status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void aCaptureOfOneRupiahIsAPartialCaptureAndAHugeOneExceedsTheAuthorisation() {
        String small = authorised();
        String large = authorised();

        Reply tiny = xendit.post("/v3/payments/" + small + "/capture", "{\"capture_amount\": 1}");
        Reply huge = xendit.post("/v3/payments/" + large + "/capture", "{\"capture_amount\": 1e20}");

        assertThat(tiny.status()).as(tiny.toString()).isEqualTo(200);
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("error_code").asText()).isEqualTo("CAPTURE_AMOUNT_EXCEEDED");
    }

    @Test
    void aBodyPastTheLimitIs413AndChangesNothing() {
        String paymentId = authorised();
        String padding = "x".repeat(1_100_000);

        Reply reply = xendit.post("/v3/payments/" + paymentId + "/capture",
                "{\"capture_amount\": 1, \"note\": \"" + padding + "\"}");

        assertThat(reply.status()).isEqualTo(413);
        assertThat(server.payment(paymentId).status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "py-%E2%80%AE", "..", "py-%2F..%2Fsessions",
            "%F0%9F%92%B3%F0%9F%92%B3%F0%9F%92%B3%F0%9F%92%B3%F0%9F%92%B3%F0%9F%92%B3%F0%9F%92%B3%F0%9F%92%B3",
            "py-37e924ed-d7eb-4d32-bcb7-111c7863cb2%27", "py-37e924ed-d7eb-4d32-bcb7-111c7863cb22%20"})
    void oddIdsAre400Or404NeverA500(String id) {
        for (String path : List.of("/v3/payments/" + id, "/v3/payment_requests/" + id, "/v3/payment_tokens/" + id,
                "/v3/payments/" + id + "/cancel")) {
            Reply reply = path.endsWith("/cancel") ? xendit.post(path) : xendit.get(path);
            assertThat(reply.status()).as(path + " " + reply).isIn(400, 404);
            assertThat(reply.json().get("error_code").asText()).isNotEmpty();
        }
    }

    @Test
    void aUuidShapedIdThatWasNeverIssuedIsNotFound() {
        String id = "py-" + URLEncoder.encode("37e924ed-d7eb-4d32-bcb7-111c7863cb22", StandardCharsets.UTF_8);

        assertThat(xendit.get("/v3/payments/" + id).json().get("error_code").asText()).isEqualTo("DATA_NOT_FOUND");
    }

    @Test
    void ofConcurrentCapturesAndVoidsOverHttpExactlyOneWins() {
        for (int round = 0; round < 5; round++) {
            String paymentId = authorised();
            List<CompletableFuture<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String path = "/v3/payments/" + paymentId + (i % 3 == 0 ? "/cancel" : "/capture");
                replies.add(XenditHttp.sendAsync(xendit.request(path).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build()));
            }
            List<Reply> answered = replies.stream().map(CompletableFuture::join).toList();

            assertThat(answered).filteredOn(reply -> reply.status() == 200).hasSize(1);
            assertThat(answered).filteredOn(reply -> reply.status() != 200).allSatisfy(reply -> {
                assertThat(reply.status()).isEqualTo(400);
                assertThat(reply.json().get("error_code").asText()).isEqualTo("INELIGIBLE_TRANSACTION_STATUS");
            });
            PaymentHandle payment = server.payment(paymentId);
            assertThat(payment.captures()).hasSizeLessThanOrEqualTo(1);
            assertThat(server.webhooks().attempts()).filteredOn(w -> w.resourceId().equals(paymentId))
                    .extracting(WebhookAttempt::event).containsExactlyElementsOf(
                            payment.status() == PaymentStatus.SUCCEEDED
                                    ? List.of(Webhooks.PAYMENT_AUTHORIZATION, Webhooks.PAYMENT_CAPTURE)
                                    : List.of(Webhooks.PAYMENT_AUTHORIZATION));
        }
    }

    private String authorised() {
        String id = AdminApiTest.created(xendit,
                SessionsApiTest.minimal("PAY", 150_000).put("capture_method", "MANUAL").toString());
        server.session(id).complete();
        return server.session(id).paymentId();
    }
}
