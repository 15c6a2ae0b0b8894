package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The Payments API v3 over HTTP as a merchant's code meets it after a session: the objects a completion leaves
 * behind, read, captured and voided, each business seeing its own.
 */
@FakeXendit(synchronousWebhooks = true)
class PaymentsApiTest {

    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    PaymentsApiTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    @Test
    void anAutomaticSessionLeavesASucceededRequestAndPaymentThatGetReturns() {
        SessionHandle session = completed(body -> { }, Completion.channel("OVO"));

        Reply request = xendit.get("/v3/payment_requests/" + session.paymentRequestId());
        Reply payment = send(xendit.request("/v3/payments/" + session.paymentId()).header("api-version", "2024-11-11")
                .GET());

        assertThat(request.status()).as(request.toString()).isEqualTo(200);
        assertThat(request.json().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(request.json().get("latest_payment_id").asText()).isEqualTo(session.paymentId());
        assertThat(request.json().get("reference_id").asText())
                .isEqualTo(xendit.getSession(session.id()).json().get("reference_id").asText());
        assertThat(request.json().get("channel_code").asText()).isEqualTo("OVO");
        assertThat(request.json().get("request_amount").asInt()).isEqualTo(150_000);
        assertThat(payment.status()).isEqualTo(200);
        assertThat(payment.json()).isEqualTo(XenditHttp.parse(server.payment(session.paymentId()).json()));
        assertThat(payment.json().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(payment.json().get("captures")).singleElement()
                .satisfies(capture -> assertThat(capture.get("capture_amount").asInt()).isEqualTo(150_000));
        for (Reply reply : List.of(request, payment)) {
            assertThat(reply.body()).doesNotContain("null");
            assertThat(reply.json().get("created").asText()).matches(TIMESTAMP);
        }
    }

    @Test
    void aManualSessionIsAuthorisedThenCapturedInPartOverHttp() {
        SessionHandle session = completed(body -> body.put("capture_method", "MANUAL"), Completion.channel("CARDS"));
        String paymentId = session.paymentId();
        assertThat(xendit.get("/v3/payments/" + paymentId).json().get("status").asText()).isEqualTo("AUTHORIZED");

        Reply captured = capture(paymentId, "{\"capture_amount\": 100000}");

        assertThat(captured.status()).as(captured.toString()).isEqualTo(200);
        assertThat(captured.json().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(captured.json().get("captures")).singleElement().satisfies(capture -> {
            assertThat(capture.get("capture_amount").asInt()).isEqualTo(100_000);
            assertThat(capture.get("capture_id").asText()).startsWith("cptr-");
        });
        assertThat(xendit.get("/v3/payment_requests/" + session.paymentRequestId()).json().get("status").asText())
                .isEqualTo("SUCCEEDED");
        assertThat(server.payment(paymentId).captures()).extracting(PaymentCapture::amount)
                .containsExactly(new BigDecimal("100000"));
        assertThat(server.webhooks().attempts()).extracting(WebhookAttempt::event).containsExactly(
                Webhooks.PAYMENT_AUTHORIZATION, Webhooks.COMPLETED, Webhooks.PAYMENT_CAPTURE);
        assertThat(server.webhooks().attempts().get(2).json().get("data")).isEqualTo(captured.json());
    }

    @Test
    void aVoidCancelsThePaymentAndItsRequestAndSendsNothing() {
        SessionHandle session = completed(body -> body.put("capture_method", "MANUAL"), Completion.channel("CARDS"));
        int webhooks = server.webhooks().attempts().size();

        Reply voided = send(xendit.request("/v3/payments/" + session.paymentId() + "/cancel")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(voided.json().get("status").asText()).isEqualTo("CANCELED");
        assertThat(server.paymentRequest(session.paymentRequestId()).status()).isEqualTo(PaymentRequestStatus.CANCELED);
        assertThat(server.webhooks().attempts()).hasSize(webhooks);
        assertError(capture(session.paymentId(), "{}"), 400, "INELIGIBLE_TRANSACTION_STATUS",
                "Payment status is CANCELED, expecting AUTHORIZED");
    }

    @Test
    void captureRefusesWhatXenditRefuses() {
        SessionHandle session = completed(body -> body.put("capture_method", "MANUAL"), Completion.channel("CARDS"));
        String id = session.paymentId();

        assertError(capture(id, "{\"capture_amount\": 150001}"), 400, "CAPTURE_AMOUNT_EXCEEDED",
                "capture_amount 150001 exceeds the authorized amount 150000");
        assertError(capture(id, "{\"capture_amount\": 0}"), 400, "INVALID_VALUE_ERROR",
                "capture_amount must be greater than 0, got 0");
        assertError(capture(id, "{\"capture_amount\": \"100\"}"), 400, "API_VALIDATION_ERROR",
                "request/body/capture_amount must be number");
        assertError(capture(id, "{\"capture_amount\": -5}"), 400, "API_VALIDATION_ERROR",
                "request/body/capture_amount must be >= 0");
        assertError(send(xendit.request("/v3/payments/" + id + "/capture").POST(HttpRequest.BodyPublishers.noBody())),
                415, "UNSUPPORTED_CONTENT_TYPE", "unsupported media type undefined");
        assertThat(capture(id, "{\"capture_amount\": ").json().get("message").asText())
                .startsWith("request/body must be valid JSON");
        assertThat(server.payment(id).status()).isEqualTo(PaymentStatus.AUTHORIZED);

        assertThat(capture(id, "").status()).as("no amount: the whole amount").isEqualTo(200);
        assertError(capture(id, "{}"), 400, "INELIGIBLE_TRANSACTION_STATUS",
                "Payment status is SUCCEEDED, expecting AUTHORIZED");
        assertThat(server.payment(id).captures()).extracting(PaymentCapture::amount)
                .containsExactly(new BigDecimal("150000"));
    }

    @Test
    void anAutomaticPaymentCannotBeCapturedOrVoided() {
        SessionHandle session = completed(body -> { }, Completion.channel("OVO"));

        assertError(capture(session.paymentId(), "{}"), 400, "INELIGIBLE_TRANSACTION_STATUS",
                "Payment status is SUCCEEDED, expecting AUTHORIZED");
        assertError(send(xendit.request("/v3/payments/" + session.paymentId() + "/cancel")
                        .POST(HttpRequest.BodyPublishers.noBody())), 400, "INELIGIBLE_TRANSACTION_STATUS",
                "Payment status is SUCCEEDED, expecting AUTHORIZED");
    }

    @Test
    void anotherBusinessOrSubAccountSeesNoneOfThem() {
        SessionHandle session = completed(body -> body.put("capture_method", "MANUAL")
                .put("allow_save_payment_method", "FORCED").set("customer", SessionsApiTest.customer("c-1")),
                Completion.channel("CARDS"));
        XenditHttp other = new XenditHttp(server.baseUrl(), "xnd_development_another_shop");

        for (String path : List.of("/v3/payment_requests/" + session.paymentRequestId(),
                "/v3/payments/" + session.paymentId(), "/v3/payment_tokens/" + session.paymentTokenId())) {
            assertThat(other.get(path).status()).as(path).isEqualTo(404);
            assertThat(send(xendit.request(path).header("for-user-id", "5f27a14a9bf05c73dd040bc8").GET()).status())
                    .as(path).isEqualTo(404);
            assertThat(xendit.get(path).status()).as(path).isEqualTo(200);
        }
        assertError(other.get("/v3/payments/" + session.paymentId()), 404, "DATA_NOT_FOUND",
                "Payment " + session.paymentId() + " not found");
        assertThat(other.post("/v3/payments/" + session.paymentId() + "/capture", "{}").status()).isEqualTo(404);
        assertThat(other.post("/v3/payments/" + session.paymentId() + "/cancel").status()).isEqualTo(404);
        assertThat(server.payment(session.paymentId()).status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void idsOfTheWrongLengthAndOtherApiVersionsAreRefusedInTheValidatorsWords() {
        assertError(xendit.get("/v3/payment_requests/pr-123"), 400, "API_VALIDATION_ERROR",
                "request/params/payment_request_id must NOT have fewer than 39 characters");
        assertError(xendit.get("/v3/payment_tokens/ptkn-8877c08a-740d-4153-9816-3d744ed197a5"), 400,
                "API_VALIDATION_ERROR", "request/params/payment_token_id must NOT have more than 39 characters");
        assertError(xendit.post("/v3/payments/py-1/capture", "{}"), 400, "API_VALIDATION_ERROR",
                "request/params/payment_id must NOT have fewer than 39 characters");
        assertError(send(xendit.request("/v3/payments/py-8877c08a-740d-4153-9816-3d744ed197a5")
                        .header("api-version", "2020-01-01").GET()), 400, "API_VALIDATION_ERROR",
                "request/headers/api-version must be equal to one of the allowed values: 2024-11-11");
        assertError(xendit.get("/v3/payments/py-8877c08a-740d-4153-9816-3d744ed197a5"), 404, "DATA_NOT_FOUND",
                "Payment py-8877c08a-740d-4153-9816-3d744ed197a5 not found");
        assertThat(xendit.get("/v3/payments/py-8877c08a-740d-4153-9816-3d744ed197a5/capture").status())
                .isEqualTo(405);
        assertThat(new XenditHttp(server.baseUrl(), null).get("/v3/payments/py-1").status()).isEqualTo(401);
    }

    @Test
    void aSavedMethodIsAnActiveTokenAnnouncedBeforeTheSession() {
        ObjectNode body = SessionsApiTest.minimal("SAVE", 0);
        body.set("customer", SessionsApiTest.customer("saver-1"));
        String id = AdminApiTest.created(xendit, body.toString());

        server.session(id).complete();

        Reply token = xendit.get("/v3/payment_tokens/" + server.session(id).paymentTokenId());
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        assertThat(token.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(token.json().get("payment_token_id").asText()).hasSize(39).startsWith("pt-");
        assertThat(token.json().get("customer_id").asText())
                .isEqualTo(xendit.getSession(id).json().get("customer_id").asText());
        assertThat(server.paymentToken(token.json().get("payment_token_id").asText()).status())
                .isEqualTo(PaymentTokenStatus.ACTIVE);
        assertThat(server.webhooks().attempts()).extracting(WebhookAttempt::event)
                .containsExactly(Webhooks.PAYMENT_TOKEN_ACTIVATION, Webhooks.COMPLETED);
        assertThat(server.webhooks().attempts().get(0).json().has("api_version")).isFalse();
        assertThat(server.paymentRequests()).isEmpty();
    }

    @Test
    void payingAndSavingAnnouncesPaymentThenTokenThenSession() {
        completed(body -> body.put("allow_save_payment_method", "FORCED")
                .set("customer", SessionsApiTest.customer("saver-2")), Completion.channel("CARDS"));

        assertThat(server.webhooks().attempts()).extracting(WebhookAttempt::event)
                .containsExactly(Webhooks.PAYMENT_CAPTURE, Webhooks.PAYMENT_TOKEN_ACTIVATION, Webhooks.COMPLETED);
        WebhookAttempt payment = server.webhooks().attempts().get(0);
        assertThat(payment.json().get("api_version").asText()).isEqualTo("v3");
        assertThat(payment.json().at("/data/type").asText()).isEqualTo("PAY_AND_SAVE");
        assertThat(payment.json().at("/data/payment_token_id").asText())
                .isEqualTo(server.paymentTokens().get(0).id());
    }

    @Test
    void aDeclinedAttemptLeavesFailedObjectsAndPaymentFailureWhileTheSessionStaysActive() {
        String id = AdminApiTest.created(xendit, SessionsApiTest.minimal("PAY", 20_000).toString());

        Reply failed = new XenditHttp(server.baseUrl(), null).post("/_fake/sessions/" + id + "/fail",
                "{\"channel\": \"OVO\", \"failure_code\": \"INSUFFICIENT_BALANCE\"}");
        server.session(id).failPayment("CARDS");

        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        assertThat(server.session(id).status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(xendit.getSession(id).json().hasNonNull("payment_id")).isFalse();
        assertThat(server.payments()).extracting(PaymentHandle::status, PaymentHandle::failureCode,
                PaymentHandle::channelCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PaymentStatus.FAILED, "INSUFFICIENT_BALANCE", "OVO"),
                org.assertj.core.groups.Tuple.tuple(PaymentStatus.FAILED, "CARD_DECLINED", "CARDS"));
        assertThat(server.paymentRequests()).extracting(PaymentRequestHandle::status)
                .containsOnly(PaymentRequestStatus.FAILED);
        assertThat(server.webhooks().attempts()).extracting(WebhookAttempt::event)
                .containsExactly(Webhooks.PAYMENT_FAILURE, Webhooks.PAYMENT_FAILURE);
        assertThat(server.webhooks().attempts().get(0).json().at("/data/failure_code").asText())
                .isEqualTo("INSUFFICIENT_BALANCE");
    }

    @Test
    void anAuthorisationLapsesAfterSevenDaysOnTheClockWithPaymentExpiry() {
        SessionHandle session = completed(body -> body.put("capture_method", "MANUAL"), Completion.channel("CARDS"));

        server.clock().advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(server.payment(session.paymentId()).status()).isEqualTo(PaymentStatus.AUTHORIZED);
        server.clock().advance(Duration.ofSeconds(1));

        assertThat(server.payment(session.paymentId()).status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(server.paymentRequest(session.paymentRequestId()).status()).isEqualTo(PaymentRequestStatus.EXPIRED);
        assertThat(server.webhooks().attempts()).extracting(WebhookAttempt::event).containsExactly(
                Webhooks.PAYMENT_AUTHORIZATION, Webhooks.COMPLETED, Webhooks.PAYMENT_EXPIRY);
        assertError(capture(session.paymentId(), "{}"), 400, "INELIGIBLE_TRANSACTION_STATUS",
                "Payment status is EXPIRED, expecting AUTHORIZED");
    }

    @Test
    void aTestLetsAnAuthorisationLapseEarlyFromTheHandleOrTheAdminApi() {
        SessionHandle first = completed(body -> body.put("capture_method", "MANUAL"), Completion.channel("CARDS"));
        SessionHandle second = completed(body -> body.put("capture_method", "MANUAL"), Completion.channel("CARDS"));
        XenditHttp admin = new XenditHttp(server.baseUrl(), null);

        server.payment(first.paymentId()).expireAuthorization();
        Reply lapsed = admin.post("/_fake/payments/" + second.paymentId() + "/expire_authorization");

        assertThat(server.payment(first.paymentId()).status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(lapsed.status()).as(lapsed.toString()).isEqualTo(200);
        assertThat(lapsed.json().get("status").asText()).isEqualTo("EXPIRED");
        assertThat(server.webhooks().attempts()).filteredOn(w -> w.event().equals(Webhooks.PAYMENT_EXPIRY))
                .extracting(WebhookAttempt::resourceId).containsExactly(first.paymentId(), second.paymentId());
        assertThatThrownBy(() -> server.payment(first.paymentId()).expireAuthorization())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Payment status is EXPIRED, expecting AUTHORIZED");
        Reply again = admin.post("/_fake/payments/" + second.paymentId() + "/expire_authorization");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error_code").asText()).isEqualTo("INVALID_PAYMENT_STATUS");
    }

    @Test
    void theAdminApiListsAndReadsEveryObjectOfEveryBusiness() {
        SessionHandle session = completed(body -> body.put("allow_save_payment_method", "FORCED")
                .set("customer", SessionsApiTest.customer("saver-3")), Completion.channel("CARDS"));
        XenditHttp admin = new XenditHttp(server.baseUrl(), null);

        JsonNode requests = admin.get("/_fake/payment_requests").json().get("payment_requests");
        JsonNode payments = admin.get("/_fake/payments").json().get("payments");
        JsonNode tokens = admin.get("/_fake/payment_tokens").json().get("payment_tokens");

        assertThat(requests).singleElement().satisfies(r ->
                assertThat(r.get("payment_request_id").asText()).isEqualTo(session.paymentRequestId()));
        assertThat(payments).singleElement().isEqualTo(XenditHttp.parse(server.payment(session.paymentId()).json()));
        assertThat(tokens).singleElement().satisfies(t ->
                assertThat(t.get("payment_token_id").asText()).isEqualTo(session.paymentTokenId()));
        assertThat(admin.get("/_fake/payments/" + session.paymentId()).json())
                .isEqualTo(XenditHttp.parse(server.payment(session.paymentId()).json()));
        assertThat(admin.get("/_fake/payment_requests/" + session.paymentRequestId()).status()).isEqualTo(200);
        assertThat(admin.get("/_fake/payment_tokens/" + session.paymentTokenId()).status()).isEqualTo(200);
        Reply unknown = admin.get("/_fake/payments/py-nope");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).isEqualTo("No payment py-nope in this fake");
        assertThatThrownBy(() -> server.payment("py-nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No payment py-nope in this fake");
    }

    @Test
    void aPaymentsOrTokensWebhookIsRedeliveredAsItsStatusNowSays() {
        SessionHandle session = completed(body -> body.put("capture_method", "MANUAL")
                .put("allow_save_payment_method", "FORCED").set("customer", SessionsApiTest.customer("saver-4")),
                Completion.channel("CARDS"));
        capture(session.paymentId(), "{}");
        server.webhooks().await(4, Duration.ofSeconds(10));

        server.webhooks().redeliver(session.paymentId());
        Reply overHttp = new XenditHttp(server.baseUrl(), null)
                .post("/_fake/payment_tokens/" + session.paymentTokenId() + "/redeliver");

        assertThat(overHttp.status()).as(overHttp.toString()).isEqualTo(200);
        assertThat(overHttp.json().get("event").asText()).isEqualTo(Webhooks.PAYMENT_TOKEN_ACTIVATION);
        assertThat(server.webhooks().await(6, Duration.ofSeconds(10))).extracting(WebhookAttempt::event)
                .containsExactly(Webhooks.PAYMENT_AUTHORIZATION, Webhooks.PAYMENT_TOKEN_ACTIVATION, Webhooks.COMPLETED,
                        Webhooks.PAYMENT_CAPTURE, Webhooks.PAYMENT_CAPTURE, Webhooks.PAYMENT_TOKEN_ACTIVATION);
        SessionHandle voided = completed(body -> body.put("capture_method", "MANUAL"), Completion.channel("CARDS"));
        send(xendit.request("/v3/payments/" + voided.paymentId() + "/cancel")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThatThrownBy(() -> server.webhooks().redeliver(voided.paymentId()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CANCELED");
        assertThatThrownBy(() -> server.webhooks().redeliver("py-nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No session, payment or payment token py-nope in this fake");
    }

    @Test
    void resetForgetsThePaymentsWithTheSessions() {
        SessionHandle session = completed(body -> body.put("capture_method", "MANUAL"), Completion.channel("CARDS"));
        String paymentId = session.paymentId();
        PaymentHandle payment = server.payment(paymentId);

        server.reset();

        assertThat(server.payments()).isEmpty();
        assertThat(server.paymentRequests()).isEmpty();
        assertThatThrownBy(payment::status).isInstanceOf(IllegalStateException.class).hasMessageContaining("reset");
        assertThat(xendit.get("/v3/payments/" + paymentId).status()).isEqualTo(404);
    }

    /** A PAY session of IDR 150,000, changed by {@code change}, completed as {@code how} says. */
    private SessionHandle completed(Consumer<ObjectNode> change, Completion how) {
        ObjectNode body = SessionsApiTest.minimal("PAY", 150_000);
        change.accept(body);
        SessionHandle session = server.session(AdminApiTest.created(xendit, body.toString()));
        session.complete(how);
        return session;
    }

    private Reply capture(String paymentId, String body) {
        return xendit.post("/v3/payments/" + paymentId + "/capture", body);
    }

    private static Reply send(HttpRequest.Builder request) {
        return XenditHttp.send(request.build());
    }

    private static void assertError(Reply reply, int status, String code, String message) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.json().get("error_code").asText()).as(reply.toString()).isEqualTo(code);
        assertThat(reply.json().get("message").asText()).as(reply.toString()).isEqualTo(message);
    }
}
