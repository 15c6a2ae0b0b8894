package io.github.fakexendit;

/**
 * The status of a payment of Xendit's Payments API v3, as it reports it in {@code status}.
 *
 * <p>A payment is created {@link #SUCCEEDED}, {@link #AUTHORIZED} or {@link #FAILED}. An authorised payment moves
 * once more: captured ({@link #SUCCEEDED}), voided ({@link #CANCELED}) or, after seven days on the server's clock,
 * {@link #EXPIRED}. {@link #PENDING} is one of Xendit's values that the fake never shows.
 *
 * <pre>{@code
 * assertThat(server.payment(paymentId).status()).isEqualTo(PaymentStatus.SUCCEEDED);
 * }</pre>
 */
public enum PaymentStatus {
    /** The amount is held on the card until it is captured or voided. */
    AUTHORIZED,
    /** The authorisation was voided with {@code POST /v3/payments/{id}/cancel}. */
    CANCELED,
    /** Collected: captured in full or in part. */
    SUCCEEDED,
    /** Declined; {@code failure_code} says why. */
    FAILED,
    /** The authorisation was not captured within seven days. */
    EXPIRED,
    /** Xendit's status for an attempt still under way; the fake never shows it. */
    PENDING
}
