package io.github.fakexendit;

import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.payments.Refund;
import io.github.fakexendit.internal.payments.RefundJson;
import io.github.fakexendit.internal.platform.UnknownResourceException;
import io.github.fakexendit.internal.runtime.Engine;
import java.math.BigDecimal;

/**
 * One refund of a {@link FakeXenditServer} ({@code POST /refunds}), to read it and to settle one the test held
 * PENDING. Every read sees the refund as it is now.
 *
 * <pre>{@code
 * server.refunds().holdNext();                          // the next refund stays PENDING
 * String refundId = shop.refund(orderId);               // POST /refunds answers PENDING
 * server.refund(refundId).fail("INSUFFICIENT_BALANCE"); // refund.failed goes out
 * assertThat(server.refund(refundId).status()).isEqualTo(RefundStatus.FAILED);
 * }</pre>
 */
public final class RefundHandle {

    private final Engine engine;
    private final String id;

    RefundHandle(Engine engine, String id) {
        this.engine = engine;
        this.id = id;
    }

    /** The refund's {@code id}: {@code rfd-} and a UUID. */
    public String id() {
        return id;
    }

    public RefundStatus status() {
        return current().status();
    }

    /** {@code amount}: what is given back. */
    public BigDecimal amount() {
        return current().amount();
    }

    /** {@code payment_request_id} of the refunded request. */
    public String paymentRequestId() {
        return current().paymentRequestId();
    }

    /** {@code reason}, e.g. {@code REQUESTED_BY_CUSTOMER}. */
    public String reason() {
        return current().reason();
    }

    /** {@code failure_code} of a FAILED refund, or {@code null}. */
    public String failureCode() {
        return current().failureCode();
    }

    /**
     * A PENDING refund succeeds: SUCCEEDED, and {@code refund.succeeded} goes out. With synchronous webhooks,
     * returns once the merchant answered.
     *
     * @throws IllegalStateException if it is not PENDING
     */
    public RefundHandle succeed() {
        try {
            engine.payments().chargesAdmin().succeedRefund(id);
        } finally {
            engine.settleWebhooks();
        }
        return this;
    }

    /**
     * A PENDING refund fails with {@code failureCode} (e.g. {@code INSUFFICIENT_BALANCE}; Xendit's default is
     * {@code REFUND_FAILED}): FAILED, and {@code refund.failed} goes out.
     *
     * @throws IllegalStateException if it is not PENDING
     */
    public RefundHandle fail(String failureCode) {
        if (failureCode == null || failureCode.isBlank()) {
            throw new IllegalArgumentException("name the failure_code, e.g. REFUND_FAILED");
        }
        try {
            engine.payments().chargesAdmin().failRefund(id, failureCode);
        } finally {
            engine.settleWebhooks();
        }
        return this;
    }

    /** The refund as {@code GET /refunds/{id}} returns it now, as compact JSON. */
    public String json() {
        return Json.compact(RefundJson.render(current()));
    }

    private Refund current() {
        try {
            return engine.payments().chargesAdmin().refund(id);
        } catch (UnknownResourceException e) {
            throw new IllegalStateException("Refund " + id + " is gone: the fake was reset since", e);
        }
    }

    /** The refund as pretty-printed JSON. */
    @Override
    public String toString() {
        try {
            return Json.pretty(RefundJson.render(engine.payments().chargesAdmin().refund(id)));
        } catch (UnknownResourceException e) {
            return "Refund " + id + " (gone)";
        }
    }
}
