package io.github.fakexendit;

import java.time.Instant;

/**
 * One try of the customer to pay (or, on a SAVE session, to save a method) at a session's checkout: the failed
 * ones a test scripted with {@link SessionHandle#failPayment(String)}, and the one that completed the session.
 * Xendit's session object does not show them; they are here for tests to check what was scripted. Immutable.
 *
 * <pre>{@code
 * session.failPayment("OVO");                 // declined: the session stays ACTIVE
 * session.complete(Completion.channel("DANA"));
 * assertThat(session.paymentAttempts()).extracting(PaymentAttempt::channel, PaymentAttempt::status)
 *         .containsExactly(tuple("OVO", Status.FAILED), tuple("DANA", Status.SUCCEEDED));
 * }</pre>
 */
public final class PaymentAttempt {

    /** How an attempt ended, in the words of Xendit's payment statuses. */
    public enum Status {
        /** Paid and captured, or (SAVE) the method was saved. */
        SUCCEEDED,
        /** Authorised but not captured: the session has {@code capture_method: MANUAL}. */
        AUTHORIZED,
        /** Declined; the session stayed ACTIVE. */
        FAILED
    }

    private final String channel;
    private final Status status;
    private final Instant time;

    PaymentAttempt(String channel, Status status, Instant time) {
        this.channel = channel;
        this.status = status;
        this.time = time;
    }

    /** The channel code the customer used, or {@code null} if the test did not name one. */
    public String channel() {
        return channel;
    }

    public Status status() {
        return status;
    }

    /** When it happened, on the server's clock. */
    public Instant time() {
        return time;
    }

    @Override
    public String toString() {
        return "PaymentAttempt[" + status() + (channel() == null ? "" : " via " + channel()) + " at " + time() + "]";
    }
}
