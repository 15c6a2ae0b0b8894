package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Charging a saved token, direct payments, simulate, cancels and refunds over HTTP, with their webhooks.
 */
@FakeXendit(synchronousWebhooks = true)
class ChargesApiTest {

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    ChargesApiTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
        server.webhooks().sendTo(null); // recorded, not sent: the tests read the log
    }

    /** A card saved by a SAVE session in Indonesia: its ACTIVE token. */
    private String savedCard() {
        Reply session = xendit.createSession("{\"reference_id\": \"save-1\", \"session_type\": \"SAVE\","
                + " \"currency\": \"IDR\", \"amount\": 0, \"mode\": \"PAYMENT_LINK\", \"country\": \"ID\","
                + " \"allowed_payment_channels\": [\"CARDS\"], \"customer\": {\"type\": \"INDIVIDUAL\","
                + " \"reference_id\": \"subscriber-1\", \"individual_detail\": {\"given_names\": \"Ana\"}}}");
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        String id = session.json().get("payment_session_id").asText();
        server.session(id).complete();
        return XenditHttp.parse(server.session(id).json()).get("payment_token_id").asText();
    }

    private static String charge(String token, String amount) {
        return "{\"reference_id\": \"sub-1/2026-05\", \"type\": \"PAY\", \"payment_token_id\": \"" + token + "\","
                + " \"country\": \"ID\", \"currency\": \"IDR\", \"request_amount\": " + amount + ","
                + " \"channel_properties\": {\"card_on_file_type\": \"RECURRING\"}}";
    }

    private Reply post(String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = xendit.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return XenditHttp.send(request.build());
    }

    private List<String> events() {
        return server.webhooks().attempts().stream().map(WebhookAttempt::event).toList();
    }

    @Test
    void aTokenChargeSucceedsAtOnceWithItsPaymentAndOnePaymentCapture() {
        String token = savedCard();

        Reply reply = post("/v3/payment_requests", charge(token, "150000"), null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode request = reply.json();
        assertThat(request.get("payment_request_id").asText()).matches("pr-[0-9a-f-]{36}");
        assertThat(request.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(request.get("channel_code").asText()).isEqualTo("CARDS");
        assertThat(request.get("payment_token_id").asText()).isEqualTo(token);
        assertThat(request.get("actions")).isEmpty();
        assertThat(request.has("failure_code")).isFalse();
        String paymentId = request.get("latest_payment_id").asText();
        assertThat(server.payment(paymentId).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(xendit.get("/v3/payment_requests/" + request.get("payment_request_id").asText()).json())
                .isEqualTo(request);
        assertThat(events()).containsExactly("payment_token.activation", "payment_session.completed",
                "payment.capture");
        assertThat(server.paymentToken(token).charges()).hasSize(1);
    }

    @Test
    void aFailureTestAmountAnswers201WithAFailedRequestAndPaymentFailure() {
        String token = savedCard();

        Reply reply = post("/v3/payment_requests", charge(token, "10054"), null);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("status").asText()).isEqualTo("FAILED");
        assertThat(reply.json().get("failure_code").asText()).isEqualTo("INSUFFICIENT_BALANCE");
        WebhookAttempt failure = server.webhooks().attempts().get(2);
        assertThat(failure.event()).isEqualTo("payment.failure");
        assertThat(failure.json().get("data").get("failure_code").asText()).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(failure.json().get("api_version").asText()).isEqualTo("v3");
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndNothingHappensTwice() {
        String token = savedCard();
        Reply first = post("/v3/payment_requests", charge(token, "150000"), "sub-1/2026-05/1");

        Reply again = post("/v3/payment_requests", charge(token, "150000"), "sub-1/2026-05/1");
        Reply otherCase = XenditHttp.send(xendit.request("/v3/payment_requests")
                .header("Content-Type", "application/json").header("IDEMPOTENCY-KEY", "sub-1/2026-05/1")
                .POST(HttpRequest.BodyPublishers.ofString(charge(token, "150000"))).build());

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(otherCase.body()).isEqualTo(first.body());
        assertThat(server.paymentToken(token).charges()).hasSize(1);
        assertThat(events()).filteredOn("payment.capture"::equals).hasSize(1);
    }

    @Test
    void manyThreadsSendingOneKeyTogetherCreateOneChargeAndOneRefund() throws Exception {
        String token = savedCard();
        int threads = 16;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<Reply> charges = together(pool, threads,
                    () -> post("/v3/payment_requests", charge(token, "150000"), "together-1"));
            assertThat(charges).extracting(Reply::status).containsOnly(201);
            assertThat(charges).extracting(Reply::body).containsOnly(charges.get(0).body());
            String request = charges.get(0).json().get("payment_request_id").asText();

            List<Reply> refunds = together(pool, threads, () -> post("/refunds", "{\"payment_request_id\": \""
                    + request + "\", \"amount\": 1000, \"reason\": \"OTHERS\"}", "together-2"));
            assertThat(refunds).extracting(Reply::status).containsOnly(200);
            assertThat(refunds).extracting(Reply::body).containsOnly(refunds.get(0).body());
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.paymentToken(token).charges()).hasSize(1);
        assertThat(server.refunds().all()).hasSize(1);
        assertThat(events()).filteredOn("payment.capture"::equals).hasSize(1);
        assertThat(events()).filteredOn("refund.succeeded"::equals).hasSize(1);
    }

    private static List<Reply> together(java.util.concurrent.ExecutorService pool, int threads,
                                        java.util.concurrent.Callable<Reply> send) throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Reply>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return send.call();
            }));
        }
        start.countDown();
        List<Reply> replies = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Reply> future : futures) {
            replies.add(future.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        return replies;
    }

    @Test
    void theCreateChecksItsHeaderAndMediaTypeAndScopesTokensToTheirBusiness() {
        String token = savedCard();

        Reply version = XenditHttp.send(xendit.request("/v3/payment_requests").header("api-version", "2020-01-01")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(charge(token, "1000"))).build());
        assertThat(version.status()).isEqualTo(400);
        assertThat(version.json().get("message").asText())
                .isEqualTo("request/headers/api-version must be equal to one of the allowed values: 2024-11-11");

        Reply text = XenditHttp.send(xendit.request("/v3/payment_requests").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(charge(token, "1000"))).build());
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().get("error_code").asText()).isEqualTo("UNSUPPORTED_CONTENT_TYPE");

        Reply subAccount = XenditHttp.send(xendit.request("/v3/payment_requests")
                .header("for-user-id", "5f27a14a9bf05c73dd040bc8").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(charge(token, "1000"))).build());
        assertThat(subAccount.status()).isEqualTo(404);
        assertThat(subAccount.json().get("message").asText()).isEqualTo("Payment token " + token + " not found");
        assertThat(server.paymentToken(token).charges()).isEmpty();
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String token = savedCard();
        post("/v3/payment_requests", charge(token, "150000"), "key-1");

        Reply reply = post("/v3/payment_requests", charge(token, "150001"), "key-1");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("IDEMPOTENCY_ERROR");
        assertThat(reply.json().get("message").asText()).isEqualTo("Idempotency key has been used before.");
        assertThat(server.paymentToken(token).charges()).hasSize(1);
    }

    @Test
    void aRefusedRequestLeavesItsKeyFreeForTheCorrectedOne() {
        String token = savedCard();
        Reply refused = post("/v3/payment_requests", charge(token, "0"), "key-2");
        Reply corrected = post("/v3/payment_requests", charge(token, "1000"), "key-2");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).isEqualTo(201);
    }

    @Test
    void keysAreRememberedForADayOfTheServerClock() {
        String token = savedCard();
        Reply first = post("/v3/payment_requests", charge(token, "1000"), "key-3");
        server.clock().advance(Duration.ofHours(23));
        assertThat(post("/v3/payment_requests", charge(token, "1000"), "key-3").body()).isEqualTo(first.body());

        server.clock().advance(Duration.ofHours(1));
        Reply later = post("/v3/payment_requests", charge(token, "1000"), "key-3");
        assertThat(later.json().get("payment_request_id")).isNotEqualTo(first.json().get("payment_request_id"));
        assertThat(server.paymentToken(token).charges()).hasSize(2);
    }

    @Test
    void scriptedChargesFailOrWaitForTheCustomerOnTheFakesPage() {
        String token = savedCard();
        server.paymentToken(token).failNextCharge("CARD_DECLINED").requireActionOnNextCharge();

        Reply declined = post("/v3/payment_requests", charge(token, "1000"), null);
        assertThat(declined.json().get("failure_code").asText()).isEqualTo("CARD_DECLINED");

        JsonNode waiting = post("/v3/payment_requests", charge(token, "1000"), null).json();
        assertThat(waiting.get("status").asText()).isEqualTo("REQUIRES_ACTION");
        JsonNode action = waiting.get("actions").get(0);
        assertThat(action.get("type").asText()).isEqualTo("REDIRECT_CUSTOMER");
        assertThat(action.get("descriptor").asText()).isEqualTo("WEB_URL");
        String page = action.get("value").asText();
        assertThat(page).isEqualTo(server.baseUrl() + "/pay/" + waiting.get("payment_request_id").asText());
        assertThat(XenditHttp.send(HttpRequest.newBuilder(java.net.URI.create(page)).GET().build()).body())
                .contains("IDR 1000", "Pay", "Decline");

        Reply paid = XenditHttp.send(HttpRequest.newBuilder(java.net.URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("outcome=pay")).build());
        assertThat(paid.status()).isEqualTo(200);
        assertThat(server.paymentRequest(waiting.get("payment_request_id").asText()).status())
                .isEqualTo(PaymentRequestStatus.SUCCEEDED);
        assertThat(events()).endsWith("payment.failure", "payment.capture");
    }

    @Test
    void aDirectPaymentShowsItsChannelsActionAndIsCompletedBySimulate() {
        Reply created = post("/v3/payment_requests", "{\"reference_id\": \"va-1\", \"type\": \"PAY\","
                + " \"country\": \"ID\", \"currency\": \"IDR\", \"request_amount\": 50000,"
                + " \"channel_code\": \"BRI_VIRTUAL_ACCOUNT\", \"channel_properties\": {}}", null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("payment_request_id").asText();
        assertThat(created.json().get("actions").get(0).get("descriptor").asText())
                .isEqualTo("VIRTUAL_ACCOUNT_NUMBER");

        Reply simulated = post("/v3/payment_requests/" + id + "/simulate", "{\"amount\": 50000}", null);

        assertThat(simulated.status()).isEqualTo(200);
        assertThat(simulated.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(simulated.json().get("message").asText()).isEqualTo("A simulated payment for the specified"
                + " payment request id is being processed. You will be informed of the result via a webhook.");
        assertThat(server.paymentRequest(id).status()).isEqualTo(PaymentRequestStatus.SUCCEEDED);
        assertThat(events()).containsExactly("payment.capture");

        Reply noBody = XenditHttp.send(xendit.request("/v3/payment_requests/" + id + "/simulate")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(noBody.status()).isEqualTo(415);
        assertThat(noBody.json().get("message").asText()).isEqualTo("unsupported media type undefined");
    }

    @Test
    void cancelsOfAWaitingRequestAndOfATokenAnswerTheCanceledObject() {
        String token = savedCard();
        Reply direct = post("/v3/payment_requests", "{\"reference_id\": \"d-1\", \"type\": \"PAY\", \"country\":"
                + " \"ID\", \"currency\": \"IDR\", \"request_amount\": 5000, \"channel_code\": \"DANA\","
                + " \"channel_properties\": {}}", null);
        String id = direct.json().get("payment_request_id").asText();

        Reply canceled = xendit.post("/v3/payment_requests/" + id + "/cancel");
        assertThat(canceled.status()).isEqualTo(200);
        assertThat(canceled.json().get("status").asText()).isEqualTo("CANCELED");
        Reply again = xendit.post("/v3/payment_requests/" + id + "/cancel");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error_code").asText()).isEqualTo("INACTIVE_PAYMENT_REQUEST");

        Reply tokenCanceled = xendit.post("/v3/payment_tokens/" + token + "/cancel");
        assertThat(tokenCanceled.json().get("status").asText()).isEqualTo("CANCELED");
        Reply charge = post("/v3/payment_requests", charge(token, "1000"), null);
        assertThat(charge.status()).isEqualTo(400);
        assertThat(charge.json().get("error_code").asText()).isEqualTo("INVALID_TOKEN");
        assertThat(xendit.post("/v3/payment_tokens/pt-123/cancel").json().get("message").asText())
                .isEqualTo("request/params/payment_token_id must NOT have fewer than 39 characters");
    }

    @Test
    void aPartialThenAFullRefundEachAnswerPendingThenSucceedWithTheirWebhooks() {
        String token = savedCard();
        String request = post("/v3/payment_requests", charge(token, "150000"), null).json()
                .get("payment_request_id").asText();

        Reply partial = post("/refunds", "{\"payment_request_id\": \"" + request + "\", \"amount\": 50000,"
                + " \"reason\": \"REQUESTED_BY_CUSTOMER\"}", "refund-1");
        assertThat(partial.status()).as(partial.toString()).isEqualTo(200);
        assertThat(partial.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(partial.json().get("id").asText()).startsWith("rfd-");
        assertThat(partial.json().get("failure_code").isNull()).isTrue();
        String partialId = partial.json().get("id").asText();
        assertThat(server.refund(partialId).status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(xendit.get("/refunds/" + partialId).json().get("status").asText()).isEqualTo("SUCCEEDED");

        Reply rest = post("/refunds", "{\"payment_request_id\": \"" + request + "\", \"reason\": \"CANCELLATION\"}",
                "refund-2");
        assertThat(rest.json().get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("100000"));
        Reply more = post("/refunds", "{\"payment_request_id\": \"" + request + "\", \"amount\": 1,"
                + " \"reason\": \"OTHERS\"}", null);
        assertThat(more.json().get("error_code").asText()).isEqualTo("REFUND_AMOUNT_EXCEEDED");
        assertThat(events()).endsWith("payment.capture", "refund.succeeded", "refund.succeeded");
        assertThat(server.refunds().all()).extracting(RefundHandle::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("50000"), new BigDecimal("100000"));
    }

    @Test
    void aRefundHeldPendingBlocksTheNextOneAndFailsWhenTheTestSaysSo() {
        String token = savedCard();
        String request = post("/v3/payment_requests", charge(token, "150000"), null).json()
                .get("payment_request_id").asText();
        server.refunds().holdNext();

        String held = post("/refunds", "{\"payment_request_id\": \"" + request + "\", \"amount\": 1000,"
                + " \"reason\": \"OTHERS\"}", null).json().get("id").asText();
        Reply blocked = post("/refunds", "{\"payment_request_id\": \"" + request + "\", \"amount\": 1000,"
                + " \"reason\": \"OTHERS\"}", null);
        assertThat(blocked.json().get("error_code").asText()).isEqualTo("REFUND_IN_PROGRESS");

        server.refund(held).fail("INSUFFICIENT_BALANCE");
        assertThat(xendit.get("/refunds/" + held).json().get("failure_code").asText())
                .isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(events()).endsWith("refund.failed");
    }

    @Test
    void theAssertionsCountATokensChargesAndFindASucceededRefund() {
        String token = savedCard();
        String request = post("/v3/payment_requests", charge(token, "150000"), null).json()
                .get("payment_request_id").asText();
        post("/refunds", "{\"payment_request_id\": \"" + request + "\", \"amount\": 50000, \"reason\": \"OTHERS\"}",
                null);

        io.github.fakexendit.assertj.FakeXenditAssertions.assertThat(server).hasChargedToken(token, 1)
                .hasRefunded(request, new BigDecimal("50000.00"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> io.github.fakexendit.assertj.FakeXenditAssertions
                        .assertThat(server).hasChargedToken(token, 2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 2 charges of " + token + " but found 1.")
                .hasMessageContaining(request);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> io.github.fakexendit.assertj.FakeXenditAssertions
                        .assertThat(server).hasRefunded(request, new BigDecimal("60000")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected a SUCCEEDED refund of 60000 of payment request " + request)
                .hasMessageContaining("\"amount\" : 50000");
    }

    @Test
    void refundsOfVirtualAccountsAreRefusedWith403() {
        Reply created = post("/v3/payment_requests", "{\"reference_id\": \"va-2\", \"type\": \"PAY\","
                + " \"country\": \"ID\", \"currency\": \"IDR\", \"request_amount\": 50000,"
                + " \"channel_code\": \"BCA_VIRTUAL_ACCOUNT\", \"channel_properties\": {}}", null);
        String id = created.json().get("payment_request_id").asText();
        post("/v3/payment_requests/" + id + "/simulate", "{}", null);

        Reply refund = post("/refunds", "{\"payment_request_id\": \"" + id + "\", \"reason\": \"OTHERS\"}", null);

        assertThat(refund.status()).isEqualTo(403);
        assertThat(refund.json().get("error_code").asText()).isEqualTo("REFUND_NOT_SUPPORTED");
    }
}
