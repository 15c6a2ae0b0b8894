package io.github.fakexendit.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.PaymentRequestStatus;
import io.github.fakexendit.PaymentStatus;
import io.github.fakexendit.PaymentTokenStatus;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.PaymentChannels;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

class ChargesTest {

    private static final String BASE = "http://127.0.0.1:4000";

    private final TestClock clock = new TestClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final PaymentLedger ledger = new PaymentLedger(clock, 1000);
    private final Charges charges = new Charges(ledger, clock);
    private final List<PaymentEvent> events = new ArrayList<>();
    private final String token;

    ChargesTest() {
        token = ledger.settle(new Checkout(Checkouts.SHOP, Checkouts.SHOP_ID, false, true, "save-1",
                "cust-5ed61c4e-499f-49bd-9d90-f3f45028a7a3", "ID", "IDR", null, null, "CARDS", null, null, null,
                null)).paymentTokenId();
        ledger.subscribe(events::add);
    }

    private ObjectNode tokenCharge(String amount) {
        return (ObjectNode) Json.parse("{\"reference_id\": \"sub-1/2026-05\", \"type\": \"PAY\", \"payment_token_id\": \""
                + token + "\", \"country\": \"ID\", \"currency\": \"IDR\", \"request_amount\": " + amount + "}");
    }

    private PaymentRequest charge(JsonNode body) {
        ChargeValidator.Charge charge = ChargeValidator.validate(body,
                id -> charges.tokenFacts(Checkouts.SHOP, id), new PaymentChannels());
        return charges.charge(Checkouts.SHOP, Checkouts.SHOP_ID, charge, BASE);
    }

    private static void refused(ThrowableAssert.ThrowingCallable call, int status, String code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.error().status()).isEqualTo(status);
            assertThat(e.error().errorCode()).isEqualTo(code);
            assertThat(e.error().message()).isEqualTo(message);
        });
    }

    @Test
    void aTokenChargeSucceedsAtOnceWithOneCaptureAndItsWebhook() {
        PaymentRequest request = charge(tokenCharge("150000"));

        assertThat(request.status()).isEqualTo(PaymentRequestStatus.SUCCEEDED);
        assertThat(request.paymentTokenId()).isEqualTo(token);
        assertThat(request.terms().channelCode()).isEqualTo("CARDS");
        assertThat(request.terms().customerId()).isEqualTo("cust-5ed61c4e-499f-49bd-9d90-f3f45028a7a3");
        assertThat(request.terms().card()).isNotNull();
        Payment payment = ledger.payment(request.latestPaymentId()).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.captured()).isEqualByComparingTo("150000");
        assertThat(events).extracting(PaymentEvent::name, PaymentEvent::resourceId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PaymentEvent.CAPTURE, payment.id()));
        assertThat(PaymentJson.paymentRequest(request).get("actions")).isEmpty();
    }

    @Test
    void aManualTokenChargeIsOnlyAuthorised() {
        ObjectNode body = tokenCharge("150000");
        body.put("capture_method", "MANUAL");
        PaymentRequest request = charge(body);

        assertThat(request.status()).isEqualTo(PaymentRequestStatus.AUTHORIZED);
        Payment payment = ledger.payment(request.latestPaymentId()).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(payment.captures()).isEmpty();
        assertThat(events).extracting(PaymentEvent::name).containsExactly(PaymentEvent.AUTHORIZATION);

        assertThat(ledger.capture(Checkouts.SHOP, payment.id(), null).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(ledger.paymentRequest(request.id()).orElseThrow().status())
                .isEqualTo(PaymentRequestStatus.SUCCEEDED);
    }

    @Test
    void aCardFailureTestAmountFailsTheChargeWithItsCode() {
        PaymentRequest request = charge(tokenCharge("10054"));

        assertThat(request.status()).isEqualTo(PaymentRequestStatus.FAILED);
        assertThat(request.failureCode()).isEqualTo("INSUFFICIENT_BALANCE");
        Payment payment = ledger.payment(request.latestPaymentId()).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.failureCode()).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(events).extracting(PaymentEvent::name).containsExactly(PaymentEvent.FAILURE);
        assertThat(events.get(0).data().get("failure_code").textValue()).isEqualTo("INSUFFICIENT_BALANCE");
    }

    @Test
    void scriptedChargesComeFirstThenTheTokenChargesAsUsual() {
        charges.scripts().scriptNext(token, ChargeScripts.Script.fail("CARD_DECLINED"));
        charges.scripts().scriptNext(token, ChargeScripts.Script.requireAction());
        charges.scripts().scriptNext(token, ChargeScripts.Script.stayPending());

        PaymentRequest declined = charge(tokenCharge("1000"));
        assertThat(declined.status()).isEqualTo(PaymentRequestStatus.FAILED);
        assertThat(declined.failureCode()).isEqualTo("CARD_DECLINED");

        PaymentRequest action = charge(tokenCharge("1000"));
        assertThat(action.status()).isEqualTo(PaymentRequestStatus.REQUIRES_ACTION);
        assertThat(action.actions()).containsExactly(new Action("REDIRECT_CUSTOMER", "WEB_URL",
                BASE + "/pay/" + action.id()));
        assertThat(action.latestPaymentId()).isNull();

        PaymentRequest waiting = charge(tokenCharge("1000"));
        assertThat(waiting.status()).isEqualTo(PaymentRequestStatus.REQUIRES_ACTION);
        assertThat(waiting.actions()).isEmpty();

        assertThat(charge(tokenCharge("1000")).status()).isEqualTo(PaymentRequestStatus.SUCCEEDED);
    }

    @Test
    void aWaitingRequestIsPaidOrDeclinedOnceAndNeverAgain() {
        charges.scripts().scriptNext(token, ChargeScripts.Script.requireAction());
        charges.scripts().scriptNext(token, ChargeScripts.Script.stayPending());
        PaymentRequest first = charge(tokenCharge("1000"));
        PaymentRequest second = charge(tokenCharge("1000"));

        PaymentRequest paid = charges.complete(null, first.id(), Charges.Completion.SUCCEED, null);
        assertThat(paid.status()).isEqualTo(PaymentRequestStatus.SUCCEEDED);
        assertThat(paid.actions()).isEmpty();
        assertThat(ledger.payment(paid.latestPaymentId()).orElseThrow().status()).isEqualTo(PaymentStatus.SUCCEEDED);

        PaymentRequest declined = charges.complete(null, second.id(), Charges.Completion.FAIL, null);
        assertThat(declined.failureCode()).isEqualTo("CARD_DECLINED");
        assertThat(events).extracting(PaymentEvent::name).containsExactly(PaymentEvent.CAPTURE, PaymentEvent.FAILURE);

        refused(() -> charges.complete(null, first.id(), Charges.Completion.FAIL, "X"), 400,
                "INELIGIBLE_TRANSACTION_STATUS", "Payment request status is SUCCEEDED, expecting REQUIRES_ACTION");
    }

    @Test
    void aDirectPaymentWaitsWithItsChannelsActionUntilSimulated() {
        PaymentRequest request = charge(Json.parse("{\"reference_id\": \"va-1\", \"type\": \"PAY\", \"country\": \"ID\","
                + " \"currency\": \"IDR\", \"request_amount\": 50000, \"channel_code\": \"BRI_VIRTUAL_ACCOUNT\","
                + " \"channel_properties\": {\"display_name\": \"Shop\"}}"));

        assertThat(request.status()).isEqualTo(PaymentRequestStatus.REQUIRES_ACTION);
        assertThat(request.actions()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("PRESENT_TO_CUSTOMER");
            assertThat(a.descriptor()).isEqualTo("VIRTUAL_ACCOUNT_NUMBER");
            assertThat(a.value()).matches("[0-9]{16}");
        });
        assertThat(events).isEmpty();

        refused(() -> charges.simulate(Checkouts.SHOP, request.id(), new BigDecimal("49999")), 400,
                "INVALID_VALUE_ERROR",
                "amount 49999 does not match the request_amount 50000 of payment request " + request.id());
        refused(() -> charges.simulate(Checkouts.OTHER_SHOP, request.id(), null), 404, "DATA_NOT_FOUND",
                "Payment request " + request.id() + " not found");

        PaymentRequest paid = charges.simulate(Checkouts.SHOP, request.id(), null);
        assertThat(paid.status()).isEqualTo(PaymentRequestStatus.SUCCEEDED);
        assertThat(events).extracting(PaymentEvent::name).containsExactly(PaymentEvent.CAPTURE);
        refused(() -> charges.simulate(Checkouts.SHOP, request.id(), null), 400, "INELIGIBLE_TRANSACTION_STATUS",
                "Payment request status is SUCCEEDED, expecting REQUIRES_ACTION or ACCEPTING_PAYMENTS");
    }

    @Test
    void cardsAreNotSimulated() {
        charges.scripts().scriptNext(token, ChargeScripts.Script.stayPending());
        PaymentRequest waiting = charge(tokenCharge("1000"));

        refused(() -> charges.simulate(Checkouts.SHOP, waiting.id(), null), 400, "INVALID_VALUE_ERROR",
                "simulate is not available for channel CARDS: a card payment is made with a payment token, in a"
                        + " session or by the test");
    }

    @Test
    void aWaitingRequestIsCanceledOnceAndAPaidOneIsNot() {
        PaymentRequest direct = charge(Json.parse("{\"reference_id\": \"d-1\", \"type\": \"PAY\", \"country\": \"ID\","
                + " \"currency\": \"IDR\", \"request_amount\": 50000, \"channel_code\": \"DANA\","
                + " \"channel_properties\": {}}"));

        assertThat(charges.cancelRequest(Checkouts.SHOP, direct.id()).status())
                .isEqualTo(PaymentRequestStatus.CANCELED);
        refused(() -> charges.cancelRequest(Checkouts.SHOP, direct.id()), 400, "INACTIVE_PAYMENT_REQUEST",
                "Payment request status is CANCELED, expecting REQUIRES_ACTION or ACCEPTING_PAYMENTS");
        PaymentRequest paid = charge(tokenCharge("1000"));
        refused(() -> charges.cancelRequest(Checkouts.SHOP, paid.id()), 400, "INELIGIBLE_TRANSACTION_STATUS",
                "Payment request status is SUCCEEDED, expecting REQUIRES_ACTION or ACCEPTING_PAYMENTS");
        assertThat(events).extracting(PaymentEvent::name).containsExactly(PaymentEvent.CAPTURE);
    }

    @Test
    void aCanceledTokenIsNeverChargedAgain() {
        PaymentToken canceled = charges.cancelToken(Checkouts.SHOP, token);

        assertThat(canceled.status()).isEqualTo(PaymentTokenStatus.CANCELED);
        refused(() -> charge(tokenCharge("1000")), 400, "INVALID_TOKEN", "Payment token " + token + " is CANCELED");
        refused(() -> charges.cancelToken(Checkouts.SHOP, token), 400, "INELIGIBLE_TRANSACTION_STATUS",
                "Payment token status is CANCELED, expecting ACTIVE");
        refused(() -> charges.cancelToken(Checkouts.OTHER_SHOP, token), 404, "DATA_NOT_FOUND",
                "Payment token " + token + " not found");
    }

    @Test
    void anotherBusinessCannotChargeTheToken() {
        refused(() -> ChargeValidator.validate(tokenCharge("1000"), id -> charges.tokenFacts(Checkouts.OTHER_SHOP, id),
                new PaymentChannels()), 404, "DATA_NOT_FOUND", "Payment token " + token + " not found");
    }

    @Test
    void aRefundTargetIsTheCapturedPaymentOrTheWaitingRequest() {
        PaymentRequest paid = charge(tokenCharge("150000"));
        RefundTarget target = charges.refundTarget(Checkouts.SHOP, paid.id());
        assertThat(target.isCaptured()).isTrue();
        assertThat(target.capturedAmount()).isEqualByComparingTo("150000");
        assertThat(target.paymentId()).isEqualTo(paid.latestPaymentId());

        charges.scripts().scriptNext(token, ChargeScripts.Script.stayPending());
        PaymentRequest waiting = charge(tokenCharge("1000"));
        RefundTarget none = charges.refundTarget(Checkouts.SHOP, waiting.id());
        assertThat(none.isCaptured()).isFalse();
        assertThat(none.statusOf()).isEqualTo("Payment request");
        refused(() -> charges.refundTarget(Checkouts.OTHER_SHOP, paid.id()), 404, "DATA_NOT_FOUND",
                "Payment request " + paid.id() + " not found");
    }
}
