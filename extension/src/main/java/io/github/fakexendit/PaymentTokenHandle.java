package io.github.fakexendit;

import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.payments.PaymentJson;
import io.github.fakexendit.internal.payments.PaymentLedger;
import io.github.fakexendit.internal.payments.PaymentToken;

/**
 * One payment token (a saved payment method) of a {@link FakeXenditServer} (Payments API v3), to read it.
 *
 * <pre>{@code
 * server.session(sessionId).complete();                 // a SAVE session: the customer saved a card
 * PaymentTokenHandle token = server.paymentToken(server.session(sessionId).paymentTokenId());
 * assertThat(token.status()).isEqualTo(PaymentTokenStatus.ACTIVE);
 * }</pre>
 */
public final class PaymentTokenHandle {

    private final PaymentLedger ledger;
    private final String id;

    PaymentTokenHandle(PaymentLedger ledger, String id) {
        this.ledger = ledger;
        this.id = id;
    }

    /** The {@code payment_token_id}: {@code pt-} and a UUID. */
    public String id() {
        return id;
    }

    public PaymentTokenStatus status() {
        return current().status();
    }

    /** {@code channel_code}, e.g. {@code CARDS}. */
    public String channelCode() {
        return current().terms().channelCode();
    }

    /** {@code customer_id} of the customer who saved it, or {@code null}. */
    public String customerId() {
        return current().terms().customerId();
    }

    /** The token as {@code GET /v3/payment_tokens/{id}} returns it now, as compact JSON. */
    public String json() {
        return Json.compact(PaymentJson.paymentToken(current()));
    }

    private PaymentToken current() {
        return ledger.paymentToken(id).orElseThrow(
                () -> new IllegalStateException("Payment token " + id + " is gone: the fake was reset since"));
    }

    /** The token as pretty-printed JSON. */
    @Override
    public String toString() {
        return ledger.paymentToken(id).map(t -> Json.pretty(PaymentJson.paymentToken(t)))
                .orElse("Payment token " + id + " (gone)");
    }
}
