package io.github.fakexendit.internal.payments;

import static io.github.fakexendit.internal.payments.Checkouts.OTHER_SHOP;
import static io.github.fakexendit.internal.payments.Checkouts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The v3 routes as plain calls: the order of their checks and what they answer. */
class PaymentsApiTest {

    private static final String JSON = "application/json";
    private static final String UNKNOWN_PAYMENT = "py-00000000-0000-4000-8000-000000000000";

    private final PaymentLedger ledger = new PaymentLedger(new TestClock(Instant.parse("2026-05-01T10:00:00Z")), 100);
    private final PaymentsApi api = new PaymentsApi(ledger);

    @Test
    void getsAnswerWithTheObjectAsStored() {
        LeftBehind left = ledger.settle(Checkouts.payAndSave("CARDS", CaptureMethod.MANUAL));

        assertThat(api.getPaymentRequest(SHOP, null, left.paymentRequestId()).get("status").textValue())
                .isEqualTo("AUTHORIZED");
        assertThat(api.getPayment(SHOP, "2024-11-11", left.paymentId()))
                .isEqualTo(PaymentJson.payment(ledger.payment(left.paymentId()).orElseThrow()));
        assertThat(api.getPaymentToken(SHOP, null, left.paymentTokenId()).get("payment_token_id").textValue())
                .isEqualTo(left.paymentTokenId());
    }

    @Test
    void theHeaderIsCheckedBeforeTheIdAndTheIdBeforeTheBusiness() {
        assertThat(refusal(() -> api.getPayment(OTHER_SHOP, "2020-01-01", "py-1")).message())
                .isEqualTo("request/headers/api-version must be equal to one of the allowed values: 2024-11-11");
        assertThat(refusal(() -> api.getPayment(OTHER_SHOP, null, "py-1")).message())
                .isEqualTo("request/params/payment_id must NOT have fewer than 39 characters");
        assertThat(refusal(() -> api.getPayment(OTHER_SHOP, null, UNKNOWN_PAYMENT)))
                .isEqualTo(ApiError.of(404, "DATA_NOT_FOUND", "Payment " + UNKNOWN_PAYMENT + " not found"));
    }

    @Test
    void anotherBusinessGetsNotFoundForEveryObject() {
        LeftBehind left = ledger.settle(Checkouts.payAndSave("CARDS", CaptureMethod.MANUAL));

        assertThat(refusal(() -> api.getPaymentRequest(OTHER_SHOP, null, left.paymentRequestId())).status())
                .isEqualTo(404);
        assertThat(refusal(() -> api.getPayment(OTHER_SHOP, null, left.paymentId())).status()).isEqualTo(404);
        assertThat(refusal(() -> api.getPaymentToken(OTHER_SHOP, null, left.paymentTokenId())).status())
                .isEqualTo(404);
        assertThat(refusal(() -> api.cancel(OTHER_SHOP, null, left.paymentId())).status()).isEqualTo(404);
    }

    @Test
    void aCaptureChecksItsBodyAfterTheIdAndBeforeThePayment() {
        assertThat(refusal(() -> capture(OTHER_SHOP, "py-1", null, "")))
                .isEqualTo(ApiError.of(415, "UNSUPPORTED_CONTENT_TYPE", "unsupported media type undefined"));
        assertThat(refusal(() -> capture(OTHER_SHOP, "py-1", JSON, "{\"capture_amount\":\"1\"}")).message())
                .isEqualTo("request/params/payment_id must NOT have fewer than 39 characters");
        assertThat(refusal(() -> capture(OTHER_SHOP, UNKNOWN_PAYMENT, JSON, "{\"capture_amount\":\"1\"}")).message())
                .isEqualTo("request/body/capture_amount must be number");
        assertThat(refusal(() -> capture(OTHER_SHOP, UNKNOWN_PAYMENT, JSON, "{}")).errorCode())
                .isEqualTo("DATA_NOT_FOUND");
    }

    @Test
    void aCaptureAnswersWithTheCapturedPayment() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));

        JsonNode captured = capture(SHOP, left.paymentId(), JSON, "{\"capture_amount\": 40000}");

        assertThat(captured.get("status").textValue()).isEqualTo("SUCCEEDED");
        assertThat(captured.at("/captures/0/capture_amount").intValue()).isEqualTo(40000);
        assertThat(refusal(() -> capture(SHOP, left.paymentId(), JSON, "{}")).errorCode())
                .isEqualTo("INELIGIBLE_TRANSACTION_STATUS");
    }

    @Test
    void aVoidAnswersWithTheCanceledPayment() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));

        assertThat(api.cancel(SHOP, null, left.paymentId()).get("status").textValue()).isEqualTo("CANCELED");
        assertThat(refusal(() -> api.cancel(SHOP, null, left.paymentId())).message())
                .isEqualTo("Payment status is CANCELED, expecting AUTHORIZED");
    }

    private JsonNode capture(Object account, String id, String contentType, String body) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return api.capture(account, null, id, contentType, raw, () -> raw.length == 0 ? Json.object() : Json.parse(body));
    }

    private static ApiError refusal(Supplier<?> call) {
        try {
            call.get();
        } catch (ApiException e) {
            return e.error();
        }
        throw new AssertionError("expected a refusal");
    }
}
