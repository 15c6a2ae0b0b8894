package io.github.fakexendit;

import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.payments.Charges;
import io.github.fakexendit.internal.payments.PaymentJson;
import io.github.fakexendit.internal.payments.PaymentRequest;
import io.github.fakexendit.internal.platform.UnknownResourceException;
import io.github.fakexendit.internal.runtime.Engine;
import java.math.BigDecimal;

/**
 * One payment request of a {@link FakeXenditServer} (Payments API v3), to read it, and to end one that waits for
 * its customer. Every read sees the request
 * as it is now; an authorised request follows its payment when it is captured, voided or its hold lapses.
 *
 * <pre>{@code
 * PaymentRequestHandle request = server.paymentRequest(session.paymentRequestId());
 * assertThat(request.status()).isEqualTo(PaymentRequestStatus.SUCCEEDED);
 * assertThat(server.payment(request.latestPaymentId()).captures()).hasSize(1);
 * }</pre>
 */
public final class PaymentRequestHandle {

    private final Engine engine;
    private final String id;

    PaymentRequestHandle(Engine engine, String id) {
        this.engine = engine;
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

    /**
     * The customer pays a request that waits for them (REQUIRES_ACTION: a direct payment, or a token charge the
     * test made wait): a payment is made, the request SUCCEEDED (AUTHORIZED for MANUAL), and
     * {@code payment.capture} (or {@code payment.authorization}) goes out. With synchronous webhooks, returns once
     * the merchant answered.
     *
     * @throws IllegalStateException if the request does not wait for its customer
     */
    public PaymentRequestHandle succeed() {
        return complete(Charges.Completion.SUCCEED, null);
    }

    /**
     * The customer's payment of a request that waits is declined with {@code failureCode} (e.g.
     * {@code USER_DECLINED_PAYMENT}): a FAILED payment, the request FAILED, and {@code payment.failure}.
     *
     * @throws IllegalStateException if the request does not wait for its customer
     */
    public PaymentRequestHandle fail(String failureCode) {
        if (failureCode == null || failureCode.isBlank()) {
            throw new IllegalArgumentException("name the failure_code, e.g. USER_DECLINED_PAYMENT");
        }
        return complete(Charges.Completion.FAIL, failureCode);
    }

    /**
     * A request that waits for its customer runs out of time: EXPIRED, with no payment and no webhook.
     *
     * @throws IllegalStateException if the request does not wait for its customer
     */
    public PaymentRequestHandle expire() {
        return complete(Charges.Completion.EXPIRE, null);
    }

    private PaymentRequestHandle complete(Charges.Completion completion, String failureCode) {
        try {
            engine.payments().chargesAdmin().complete(id, completion, failureCode);
        } finally {
            engine.settleWebhooks();
        }
        return this;
    }

    private PaymentRequest current() {
        try {
            return engine.payments().admin().paymentRequest(id);
        } catch (UnknownResourceException e) {
            throw new IllegalStateException("Payment request " + id + " is gone: the fake was reset since", e);
        }
    }

    /** The request as pretty-printed JSON. */
    @Override
    public String toString() {
        try {
            return Json.pretty(PaymentJson.paymentRequest(engine.payments().admin().paymentRequest(id)));
        } catch (UnknownResourceException e) {
            return "Payment request " + id + " (gone)";
        }
    }
}
