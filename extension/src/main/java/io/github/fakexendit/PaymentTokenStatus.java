package io.github.fakexendit;

/**
 * The status of a payment token (a saved payment method) of Xendit's Payments API v3, as it reports it in
 * {@code status}.
 *
 * <p>A token a session saves is {@link #ACTIVE}; it may later be {@link #CANCELED} or {@link #EXPIRED}.
 *
 * <pre>{@code
 * assertThat(server.paymentToken(tokenId).status()).isEqualTo(PaymentTokenStatus.ACTIVE);
 * }</pre>
 */
public enum PaymentTokenStatus {
    /** The customer still has to link the account or authenticate the card. */
    REQUIRES_ACTION,
    /** Xendit's status for a token still being set up; the fake never shows it. */
    PENDING,
    /** Ready to be charged. */
    ACTIVE,
    /** Linking or authentication failed; {@code failure_code} says why. */
    FAILED,
    /** It reached the end of its validity, or the card expired. */
    EXPIRED,
    /** Cancelled by the merchant; it can no longer be charged. */
    CANCELED
}
