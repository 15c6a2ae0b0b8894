package io.github.fakexendit;

/**
 * The status of a refund, as Xendit reports it in {@code status} (note the double L of {@link #CANCELLED}, which
 * refunds alone spell that way).
 *
 * <p>A refund is created {@link #PENDING} and moves once, to {@link #SUCCEEDED} or {@link #FAILED}.
 *
 * <pre>{@code
 * assertThat(server.refund(refundId).status()).isEqualTo(RefundStatus.SUCCEEDED);
 * }</pre>
 */
public enum RefundStatus {
    /** Accepted, not yet settled with the channel; the status {@code POST /refunds} answers with. */
    PENDING,
    /** Xendit and the channel accepted it; {@code refund.succeeded} was sent. */
    SUCCEEDED,
    /** The channel refused it; {@code failure_code} says why and {@code refund.failed} was sent. */
    FAILED,
    /** Xendit's status for a cancelled refund; the fake has no refund cancel yet, so never shows it. */
    CANCELLED
}
