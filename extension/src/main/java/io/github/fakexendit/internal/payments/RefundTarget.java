package io.github.fakexendit.internal.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What a refund needs to know of the payment request it refunds, read from the request and its latest payment.
 *
 * @param paymentId      the latest payment, or {@code null} if none was made
 * @param status         the payment's status, or the request's when it has no payment (e.g. {@code REQUIRES_ACTION})
 * @param statusOf       whose status {@code status} is: {@code Payment} or {@code Payment request}
 * @param capturedAmount what was collected (the sum of the captures); zero when nothing was
 * @param paidAt         when the money was collected (refund windows count from it), or {@code null}
 */
public record RefundTarget(
        Object account,
        String businessId,
        String paymentRequestId,
        String paymentId,
        String status,
        String statusOf,
        String channelCode,
        String country,
        String currency,
        BigDecimal capturedAmount,
        Instant paidAt) {

    public RefundTarget {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(capturedAmount, "capturedAmount");
    }

    /** Whether the money was collected, so that there is something to refund. */
    public boolean isCaptured() {
        return "SUCCEEDED".equals(status) && paymentId != null && paidAt != null;
    }
}
