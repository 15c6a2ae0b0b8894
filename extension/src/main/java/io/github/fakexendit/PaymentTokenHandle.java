package io.github.fakexendit;

import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.payments.ChargeScripts;
import io.github.fakexendit.internal.payments.PaymentJson;
import io.github.fakexendit.internal.payments.PaymentToken;
import io.github.fakexendit.internal.platform.UnknownResourceException;
import io.github.fakexendit.internal.runtime.Engine;
import java.util.List;

/**
 * One payment token (a saved payment method) of a {@link FakeXenditServer} (Payments API v3), to read it, and to
 * script how its next charges go and when it expires.
 *
 * <pre>{@code
 * server.session(sessionId).complete();                 // a SAVE session: the customer saved a card
 * PaymentTokenHandle token = server.paymentToken(server.session(sessionId).paymentTokenId());
 * assertThat(token.status()).isEqualTo(PaymentTokenStatus.ACTIVE);
 * }</pre>
 */
public final class PaymentTokenHandle {

    private final Engine engine;
    private final String id;

    PaymentTokenHandle(Engine engine, String id) {
        this.engine = engine;
        this.id = id;
    }

    /** The {@code payment_token_id}: {@code pt-} and a UUID. */
    public String id() {
        return id;
    }

    public PaymentTokenStatus status() {
        return current().status();
    }

    /**
     * The next charge of this token ({@code POST /v3/payment_requests} with its {@code payment_token_id}) is
     * declined with {@code failureCode}, e.g. {@code INSUFFICIENT_BALANCE}: the request and its payment are FAILED
     * and {@code payment.failure} goes out. Scripts queue up: each charge takes the oldest left.
     */
    public PaymentTokenHandle failNextCharge(String failureCode) {
        engine.payments().chargesAdmin().scriptNextCharge(id, ChargeScripts.Script.fail(failureCode));
        return this;
    }

    /**
     * The next charge of this token needs the customer: the request answers REQUIRES_ACTION with a
     * {@code REDIRECT_CUSTOMER}/{@code WEB_URL} action to the fake's page, where the customer pays or declines (or
     * the test ends it with {@link PaymentRequestHandle#succeed()} or {@link PaymentRequestHandle#fail(String)}).
     */
    public PaymentTokenHandle requireActionOnNextCharge() {
        engine.payments().chargesAdmin().scriptNextCharge(id, ChargeScripts.Script.requireAction());
        return this;
    }

    /**
     * The next charge of this token stays waiting: REQUIRES_ACTION with no action (Xendit's partner has not
     * answered yet), until the test ends it through {@link PaymentRequestHandle}.
     */
    public PaymentTokenHandle stayPendingOnNextCharge() {
        engine.payments().chargesAdmin().scriptNextCharge(id, ChargeScripts.Script.stayPending());
        return this;
    }

    /**
     * The token expires now, as a saved card does when it runs out: EXPIRED, and {@code payment_token.expiry} goes
     * out with the token as {@code GET /v3/payment_tokens/{id}} shows it. Later charges with it get 400
     * {@code INVALID_TOKEN}. With synchronous webhooks, returns once the merchant answered.
     *
     * <pre>{@code
     * server.paymentToken(tokenId).expire();
     * shop.chargeSubscriptions();                           // the charge is refused: INVALID_TOKEN
     * assertThat(shop.subscription(customerId).needsNewCard()).isTrue();
     * }</pre>
     *
     * @throws IllegalStateException if the token is not ACTIVE
     */
    public PaymentTokenHandle expire() {
        try {
            engine.payments().chargesAdmin().expireToken(id);
        } finally {
            engine.settleWebhooks();
        }
        return this;
    }

    /**
     * The charges made with this token ({@code type: PAY} requests naming it, whatever became of them), oldest
     * first; the request that saved it is not one of them.
     */
    public List<PaymentRequestHandle> charges() {
        return engine.payments().chargesAdmin().charges(id).stream()
                .map(r -> new PaymentRequestHandle(engine, r.id()))
                .toList();
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
        try {
            return engine.payments().admin().paymentToken(id);
        } catch (UnknownResourceException e) {
            throw new IllegalStateException("Payment token " + id + " is gone: the fake was reset since", e);
        }
    }

    /** The token as pretty-printed JSON. */
    @Override
    public String toString() {
        try {
            return Json.pretty(PaymentJson.paymentToken(engine.payments().admin().paymentToken(id)));
        } catch (UnknownResourceException e) {
            return "Payment token " + id + " (gone)";
        }
    }
}
