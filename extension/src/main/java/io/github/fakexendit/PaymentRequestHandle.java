package io.github.fakexendit;

import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.payments.PaymentJson;
import io.github.fakexendit.internal.payments.PaymentLedger;
import io.github.fakexendit.internal.payments.PaymentRequest;
import java.math.BigDecimal;

/**
 * One payment request of a {@link FakeXenditServer} (Payments API v3), to read it. Every read sees the request
 * as it is now; an authorised request follows its payment when it is captured, voided or its hold lapses.
 *
 * <pre>{@code
 * PaymentRequestHandle request = server.paymentRequest(session.paymentRequestId());
 * assertThat(request.status()).isEqualTo(PaymentRequestStatus.SUCCEEDED);
 * assertThat(server.payment(request.latestPaymentId()).captures()).hasSize(1);
 * }</pre>
 */
public final class PaymentRequestHandle {

    private final PaymentLedger ledger;
    private final String id;

    PaymentRequestHandle(PaymentLedger ledger, String id) {
        this.ledger = ledger;
        this.id = id;
    }

    /** The {@code payment_request_id}: {@code pr-} and a UUID. */
    public String id() {
        return id;
    }

    public PaymentRequestStatus status() {
        return current().status();
    }

    /** {@code type}: {@code PAY}, {@code PAY_AND_SAVE} or {@code REUSABLE_PAYMENT_CODE}. */
    public String type() {
        return current().type().name();
    }

    /** {@code latest_payment_id}: its newest payment, or {@code null} before the first. */
    public String latestPaymentId() {
        return current().latestPaymentId();
    }

    /** {@code payment_token_id}: the token it saved or charges, or {@code null}. */
    public String paymentTokenId() {
        return current().paymentTokenId();
    }

    /** {@code reference_id}, the merchant's. */
    public String referenceId() {
        return current().terms().referenceId();
    }

    /** {@code request_amount}. */
    public BigDecimal amount() {
        return current().terms().amount();
    }

    /** {@code failure_code} of a FAILED request, or {@code null}. */
    public String failureCode() {
        return current().failureCode();
    }

    /** The request as {@code GET /v3/payment_requests/{id}} returns it now, as compact JSON. */
    public String json() {
        return Json.compact(PaymentJson.paymentRequest(current()));
    }

    private PaymentRequest current() {
        return ledger.paymentRequest(id).orElseThrow(
                () -> new IllegalStateException("Payment request " + id + " is gone: the fake was reset since"));
    }

    /** The request as pretty-printed JSON. */
    @Override
    public String toString() {
        return ledger.paymentRequest(id).map(r -> Json.pretty(PaymentJson.paymentRequest(r)))
                .orElse("Payment request " + id + " (gone)");
    }
}
