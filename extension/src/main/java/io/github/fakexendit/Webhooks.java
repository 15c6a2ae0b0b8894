package io.github.fakexendit;

import io.github.fakexendit.internal.payments.PaymentEvent;
import io.github.fakexendit.internal.runtime.Engine;
import io.github.fakexendit.internal.sessions.SessionEvents;
import io.github.fakexendit.internal.webhooks.WebhookSettings;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The webhooks of a {@link FakeXenditServer}: where they go, the log of every delivery attempt, and what a test
 * can do to them beyond Xendit's own behaviour (redeliver, hold back and release in another order).
 *
 * <pre>{@code
 * server.webhooks().sendTo(shop.webhookUrl());    // the shop's endpoint, on a port known only at run time
 * server.session(id).complete();
 *
 * WebhookAttempt paid = server.webhooks().await(1, Duration.ofSeconds(5)).get(0);
 * assertThat(paid.status()).isEqualTo(200);
 * }</pre>
 *
 * <p>When a session completes or expires (never when it is cancelled), and when a payment is collected,
 * authorised, declined or its authorisation lapses, or a token is saved, the fake POSTs
 * {@code {"event", "business_id", "created", "data"}} (payment events add {@code "api_version": "v3"}) with the
 * {@code x-callback-token} header to the URL of the event; a completion's webhooks go out payment first, then
 * token, then session. Any 2xx is a success; anything else, or no answer within the timeout (30 seconds unless set), is
 * retried 15 minutes, 1, 3, 6, 12 and 24 hours after the first attempt, on the server's {@link ServerClock}.
 * Deliveries are asynchronous unless the server was built with synchronous webhooks. The URLs survive
 * {@link FakeXenditServer#reset()}; the log, pending retries and held webhooks do not. Thread-safe.
 */
public final class Webhooks {

    /** The event of a session that was paid for, or whose payment method was saved. */
    public static final String COMPLETED = SessionEvents.COMPLETED;
    /** The event of a session that passed its {@code expires_at} unpaid. */
    public static final String EXPIRED = SessionEvents.EXPIRED;

    /** A payment was collected: an AUTOMATIC payment at checkout, or a capture; {@code data} is the payment. */
    public static final String PAYMENT_CAPTURE = PaymentEvent.CAPTURE;
    /** A card payment with {@code capture_method: MANUAL} was authorised, to be captured or voided. */
    public static final String PAYMENT_AUTHORIZATION = PaymentEvent.AUTHORIZATION;
    /** A payment attempt was declined; {@code data.failure_code} says why. */
    public static final String PAYMENT_FAILURE = PaymentEvent.FAILURE;
    /** An authorisation lapsed, seven days after it was given, without capture or void. */
    public static final String PAYMENT_EXPIRY = PaymentEvent.EXPIRY;
    /** A payment token became ACTIVE: the customer saved the method; {@code data} is the token. */
    public static final String PAYMENT_TOKEN_ACTIVATION = PaymentEvent.TOKEN_ACTIVATION;
    /** A payment token became EXPIRED (the test expired it); {@code data} is the token. */
    public static final String PAYMENT_TOKEN_EXPIRY = PaymentEvent.TOKEN_EXPIRY;

    private final Engine engine;

    Webhooks(Engine engine) {
        this.engine = engine;
    }

    /**
     * Sends every event, of sessions and payments alike, to {@code url} from now on, as a merchant does who points
     * all of Xendit's webhook settings at one endpoint; {@code null} records them without sending.
     *
     * @throws IllegalArgumentException if {@code url} is not an absolute http or https URL
     */
    public Webhooks sendTo(String url) {
        for (String event : engine.webhooks().catalog().names()) {
            sendTo(event, url);
        }
        return this;
    }

    /**
     * Sends one event (such as {@link #COMPLETED} or {@link #PAYMENT_CAPTURE}) to {@code url} from now on, as
     * Xendit's dashboard sets a URL per event; {@code null} records that event's webhooks without sending them.
     *
     * @throws IllegalArgumentException for another event name or a URL that is not absolute http or https
     */
    public Webhooks sendTo(String event, String url) {
        String name = engine.webhooks().catalog().named(event).name();
        engine.webhooks().sendTo(name, url == null ? null : WebhookSettings.parseUrl(url));
        return this;
    }

    /** Every delivery attempt since the last reset, oldest first (the newest 10,000 are kept). */
    public List<WebhookAttempt> attempts() {
        return engine.webhooks().attempts().stream().map(WebhookAttempt::of).toList();
    }

    /**
     * Waits until at least {@code count} delivery attempts were made since the last reset, for merchant code
     * that handles webhooks asynchronously, and returns them all. An attempt counts once the merchant answered or
     * it failed.
     *
     * @throws AssertionError describing the attempts made so far if {@code timeout} passes first
     */
    public List<WebhookAttempt> await(int count, Duration timeout) {
        try {
            if (engine.webhooks().await(count, timeout)) {
                return attempts();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for webhooks", e);
        }
        List<WebhookAttempt> made = attempts();
        int held = engine.webhooks().heldCount();
        throw new AssertionError("Expected " + count + " webhook attempts within " + timeout.toMillis() + " ms, but "
                + made.size() + (made.size() == 1 ? " was" : " were") + " made"
                + (held > 0 ? "; " + held + " held back until release()" : "")
                + (made.isEmpty() ? "" : ":\n" + made.stream().map(WebhookAttempt::toString)
                        .collect(Collectors.joining("\n"))));
    }

    /**
     * Sends the webhook of a COMPLETED or EXPIRED session again, or of a payment or token as its status now
     * says ({@code payment.capture} of a SUCCEEDED payment, {@code payment.authorization} of an AUTHORIZED one,
     * ...), as a new delivery (with retries of its own if it fails): the duplicate Xendit may send, for a test that
     * the merchant's handler is idempotent.
     *
     * @param id a {@code payment_session_id}, {@code payment_id} or {@code payment_token_id}
     * @throws IllegalArgumentException if there is no such object
     * @throws IllegalStateException    if its status has no webhook (an ACTIVE or CANCELED session, a voided
     *                                  payment)
     */
    public Webhooks redeliver(String id) {
        if (engine.sessions().service().find(id).isPresent()) {
            engine.sessions().webhooks().redeliver(engine.sessions().service().find(id).orElseThrow());
        } else {
            try {
                engine.payments().admin().redeliver(id);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("No session, payment or payment token " + id + " in this fake",
                        unknown);
            }
        }
        engine.settleWebhooks();
        return this;
    }

    /**
     * Holds new webhooks back instead of sending them, until {@link #release(String...)}: a test can then make
     * them arrive in another order than the events happened, as Xendit does not promise the order.
     */
    public Webhooks hold() {
        engine.webhooks().hold();
        return this;
    }

    /**
     * Stops holding and sends the held webhooks one at a time, each after the merchant answered the previous
     * one: first those of {@code sessionIds} in the order given, then the rest in the order they were raised.
     *
     * <pre>{@code
     * server.webhooks().hold();
     * server.session(first).expire();
     * server.session(second).complete();
     * server.webhooks().release(second, first);   // completed arrives before expired
     * }</pre>
     *
     * @throws IllegalArgumentException if no webhook of one of {@code sessionIds} is held; nothing is sent then
     */
    public Webhooks release(String... sessionIds) {
        engine.webhooks().release(List.of(sessionIds));
        return this;
    }

    @Override
    public String toString() {
        return "Webhooks" + attempts();
    }
}
