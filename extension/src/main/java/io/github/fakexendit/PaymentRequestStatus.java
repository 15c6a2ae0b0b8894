package io.github.fakexendit;

/**
 * The status of a payment request of Xendit's Payments API v3, as it reports it in {@code status}.
 *
 * <p>A request a session leaves behind is {@link #SUCCEEDED}, {@link #AUTHORIZED} (card, {@code capture_method:
 * MANUAL}) or {@link #FAILED}; an authorised one follows its payment when it is captured, voided or its hold lapses.
 *
 * <pre>{@code
 * assertThat(server.paymentRequest(id).status()).isEqualTo(PaymentRequestStatus.AUTHORIZED);
 * }</pre>
 */
public enum PaymentRequestStatus {
    /** A reusable payment code waiting for payments; it takes many. */
    ACCEPTING_PAYMENTS,
    /** Waiting for the customer: a redirect, a code to show, an OTP. */
    REQUIRES_ACTION,
    /** A card payment was authorised and waits to be captured or voided. */
    AUTHORIZED,
    /** Cancelled before it was paid, or its authorised payment was voided. */
    CANCELED,
    /** It ran out of time, or the authorisation of its payment lapsed. */
    EXPIRED,
    /** Paid, and captured. */
    SUCCEEDED,
    /** The payment was declined; {@code failure_code} says why. */
    FAILED
}
