package io.github.fakexendit;

import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.payments.Payment;
import io.github.fakexendit.internal.payments.PaymentJson;
import io.github.fakexendit.internal.platform.UnknownResourceException;
import io.github.fakexendit.internal.runtime.Engine;
import java.math.BigDecimal;
import java.util.List;

/**
 * One payment of a {@link FakeXenditServer} (Payments API v3), to read it and to script what happens to it. Every
 * read sees the payment as it is now: an authorisation whose seven days have passed on the server's clock reads
 * EXPIRED.
 *
 * <pre>{@code
 * PaymentHandle payment = server.payment(session.paymentId());
 * assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED);
 * shop.ship(orderId);                                   // the shop captures: POST /v3/payments/{id}/capture
 * assertThat(payment.captures()).extracting(PaymentCapture::amount).containsExactly(new BigDecimal("150000"));
 * }</pre>
 */
public final class PaymentHandle {

    private final Engine engine;
    private final String id;

    PaymentHandle(Engine engine, String id) {
        this.engine = engine;
        this.id = id;
    }

    /** The {@code payment_id}: {@code py-} and a UUID. */
    public String id() {
        return id;
    }

    public PaymentStatus status() {
        return current().status();
    }

    /** The {@code payment_request_id} of the request it pays. */
    public String paymentRequestId() {
        return current().paymentRequestId();
    }

    /** The {@code payment_token_id} it saved or charged, or {@code null}. */
    public String paymentTokenId() {
        return current().paymentTokenId();
    }

    /** {@code request_amount}: what was paid or authorised. */
    public BigDecimal amount() {
        return current().amount();
    }

    /** {@code channel_code}, e.g. {@code CARDS}. */
    public String channelCode() {
        return current().terms().channelCode();
    }

    /** {@code failure_code} of a FAILED payment, or {@code null}. */
    public String failureCode() {
        return current().failureCode();
    }

    /** The captures, oldest first: one for a collected payment, none before an authorisation is captured. */
    public List<PaymentCapture> captures() {
        return current().captures().stream()
                .map(c -> new PaymentCapture(c.id(), c.amount(), c.timestamp()))
                .toList();
    }

    /** The payment as {@code GET /v3/payments/{id}} returns it now, as compact JSON. */
    public String json() {
        return Json.compact(PaymentJson.payment(current()));
    }

    /**
     * The authorisation lapses now, as it would seven days after it was given: the payment and its request become
     * EXPIRED and {@code payment.expiry} goes out. With synchronous webhooks, returns once the merchant answered.
     *
     * @throws IllegalStateException if the payment is not AUTHORIZED
     */
    public PaymentHandle expireAuthorization() {
        try {
            engine.payments().admin().expireAuthorization(id);
        } finally {
            engine.settleWebhooks();
        }
        return this;
    }

    private Payment current() {
        try {
            return engine.payments().admin().payment(id);
        } catch (UnknownResourceException e) {
            throw new IllegalStateException("Payment " + id + " is gone: the fake was reset since", e);
        }
    }

    /** The payment as pretty-printed JSON. */
    @Override
    public String toString() {
        try {
            return Json.pretty(PaymentJson.payment(engine.payments().admin().payment(id)));
        } catch (UnknownResourceException e) {
            return "Payment " + id + " (gone)";
        }
    }
}
