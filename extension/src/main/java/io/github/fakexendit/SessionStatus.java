package io.github.fakexendit;

/**
 * The status of a payment session, as Xendit reports it in {@code status}.
 *
 * <p>A session starts {@link #ACTIVE} and moves once, to one of the other three; it never moves again.
 *
 * <pre>{@code
 * assertThat(server.session(id).status()).isEqualTo(SessionStatus.COMPLETED);
 * }</pre>
 */
public enum SessionStatus {
    /** Created and waiting for the customer; the only status that can change. */
    ACTIVE,
    /** The customer paid (PAY) or saved a payment method (SAVE). */
    COMPLETED,
    /** {@code expires_at} passed before the customer finished. */
    EXPIRED,
    /** The merchant cancelled it with {@code POST /sessions/{id}/cancel}. */
    CANCELED
}
