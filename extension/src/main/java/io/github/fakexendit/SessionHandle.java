package io.github.fakexendit;

import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.runtime.Engine;
import io.github.fakexendit.internal.sessions.CheckoutChoice;
import io.github.fakexendit.internal.sessions.Session;
import io.github.fakexendit.internal.sessions.SessionJson;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One session of a {@link FakeXenditServer}, to read it and to script what happens to it. Every read sees
 * the session as it is now; the moves act as the customer or Xendit would, webhooks included.
 *
 * <pre>{@code
 * SessionHandle session = server.session(sessionId);
 * session.failPayment("OVO");                          // declined; the customer tries again
 * session.complete(Completion.channel("DANA"));        // the customer paid
 * assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
 * }</pre>
 *
 * <p>Only an {@link SessionStatus#ACTIVE ACTIVE} session moves: moving any other throws
 * {@link IllegalStateException} naming both statuses. With synchronous webhooks, a move returns once the
 * merchant answered the webhook it caused.
 */
public final class SessionHandle {

    private final Engine engine;
    private final String id;

    SessionHandle(Engine engine, String id) {
        this.engine = engine;
        this.id = id;
    }

    /** @throws IllegalArgumentException naming the sessions there are if there is none with that id */
    static SessionHandle of(Engine engine, String id) {
        if (engine.sessions().service().find(id).isEmpty()) {
            List<String> known = all(engine).stream().map(SessionHandle::id).toList();
            throw new IllegalArgumentException("No session " + id + " in this fake; it holds " + known.size()
                    + (known.isEmpty() ? " sessions" : " sessions: " + String.join(", ", known)));
        }
        return new SessionHandle(engine, id);
    }

    /** Every session of every business, in creation order. */
    static List<SessionHandle> all(Engine engine) {
        return engine.sessions().service().all().stream().map(session -> new SessionHandle(engine, session.id()))
                .toList();
    }

    /** The {@code payment_session_id}. */
    public String id() {
        return id;
    }

    /** The status now; a session past its {@code expires_at} on the server's clock reads EXPIRED. */
    public SessionStatus status() {
        return current().status();
    }

    /** The session as {@code GET /sessions/{id}} returns it now, as compact JSON. */
    public String json() {
        return Json.compact(SessionJson.render(current()));
    }

    /**
     * The customer pays (PAY) or saves the payment method (SAVE): the session becomes COMPLETED with
     * {@code payment_request_id} and {@code payment_id} (PAY) and {@code payment_token_id} (SAVE, or PAY with
     * {@code allow_save_payment_method: FORCED}), and the completed webhook goes out.
     *
     * @throws IllegalStateException if the session is not ACTIVE
     */
    public SessionHandle complete() {
        return complete(CheckoutChoice.DEFAULT);
    }

    /**
     * The customer completes the session as {@code how} says: on a channel, opting in to save the method.
     *
     * @throws IllegalArgumentException if the session does not offer that channel, or does not let the customer
     *                                  save the method
     * @throws IllegalStateException    if the session is not ACTIVE
     */
    public SessionHandle complete(Completion how) {
        return complete(new CheckoutChoice(how.chosenChannel(), how.savesPaymentMethod()));
    }

    private SessionHandle complete(CheckoutChoice choice) {
        return scripted(() -> engine.sessions().service().complete(id, choice));
    }

    /**
     * A payment attempt of the customer fails, on a channel the test does not name; see
     * {@link #failPayment(String)}.
     */
    public SessionHandle failPayment() {
        return scripted(() -> engine.sessions().service().failPayment(id, null));
    }

    /**
     * The customer tries to pay on {@code channel} and the payment is declined. The session stays ACTIVE and
     * unchanged and the customer may try again ({@link #complete(Completion)}); a PAY session's attempt leaves a
     * FAILED payment request and payment behind (with {@code failure_code} {@code CARD_DECLINED} on cards,
     * {@code USER_DECLINED_PAYMENT} elsewhere) and sends {@code payment.failure}.
     *
     * @throws IllegalArgumentException if the session does not offer {@code channel}
     * @throws IllegalStateException    if the session is not ACTIVE
     */
    public SessionHandle failPayment(String channel) {
        return scripted(() -> engine.sessions().service().failPayment(id, channel));
    }

    /**
     * As {@link #failPayment(String)}, the failed payment carrying {@code failureCode}, one of Xendit's
     * {@code failure_code} values such as {@code INSUFFICIENT_BALANCE}.
     *
     * @throws IllegalArgumentException if the session does not offer {@code channel}
     * @throws IllegalStateException    if the session is not ACTIVE
     */
    public SessionHandle failPayment(String channel, String failureCode) {
        Objects.requireNonNull(failureCode, "failureCode");
        return scripted(() -> engine.sessions().service().failPayment(id, new CheckoutChoice(channel, false),
                failureCode));
    }

    /** {@code payment_request_id} of a completed PAY session, or {@code null}: {@code server.paymentRequest(it)}. */
    public String paymentRequestId() {
        return current().payment().paymentRequestId();
    }

    /** {@code payment_id} of a completed PAY session, or {@code null}: {@code server.payment(it)}. */
    public String paymentId() {
        return current().payment().paymentId();
    }

    /** {@code payment_token_id} of a session that saved the method, or {@code null}: {@code server.paymentToken(it)}. */
    public String paymentTokenId() {
        return current().payment().paymentTokenId();
    }

    /**
     * The session runs out of time now, whatever its {@code expires_at}; the expired webhook goes out.
     *
     * @throws IllegalStateException if the session is not ACTIVE
     */
    public SessionHandle expire() {
        return scripted(() -> engine.sessions().service().move(id, SessionStatus.EXPIRED));
    }

    /**
     * The session is cancelled, as the merchant's {@code POST /sessions/{id}/cancel} would; no webhook goes out.
     *
     * @throws IllegalStateException if the session is not ACTIVE
     */
    public SessionHandle cancel() {
        return scripted(() -> engine.sessions().service().move(id, SessionStatus.CANCELED));
    }

    /** The customer's payment attempts on this session, oldest first; the last one of a COMPLETED session succeeded. */
    public List<PaymentAttempt> paymentAttempts() {
        return current().attempts().stream()
                .map(attempt -> new PaymentAttempt(attempt.channel(), attempt.status(), attempt.time())).toList();
    }

    /** Runs a move; with synchronous webhooks, returns once the merchant answered, even if the move was refused. */
    private SessionHandle scripted(Supplier<Session> move) {
        try {
            move.get();
        } finally {
            engine.settleWebhooks();
        }
        return this;
    }

    private Session current() {
        return engine.sessions().service().find(id).orElseThrow(
                () -> new IllegalStateException("Session " + id + " is gone: the fake was reset since"));
    }

    /** The session as pretty-printed JSON. */
    @Override
    public String toString() {
        return engine.sessions().service().find(id).map(s -> Json.pretty(SessionJson.render(s)))
                .orElse("Session " + id + " (gone)");
    }
}
