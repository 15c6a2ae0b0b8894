package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.RefundStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One refund, immutable: settling it makes a new value. PENDING moves once, to SUCCEEDED or FAILED.
 *
 * @param account           the business it belongs to (compared with {@code equals})
 * @param businessId        its {@code business_id}, for webhooks
 * @param paymentId         the captured payment the money goes back from
 * @param paymentMethodType {@code CARD}, {@code EWALLET} or {@code DIRECT_DEBIT}, or {@code null} for other kinds
 * @param referenceId       the merchant's, or {@code null}
 * @param metadata          the merchant's, or {@code null}
 * @param failureCode       why it FAILED, else {@code null}
 */
public record Refund(
        String id,
        Object account,
        String businessId,
        String paymentRequestId,
        String paymentId,
        String channelCode,
        String paymentMethodType,
        String country,
        String currency,
        BigDecimal amount,
        String reason,
        String referenceId,
        JsonNode metadata,
        RefundStatus status,
        String failureCode,
        Instant created,
        Instant updated) {

    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        if (amount.scale() < 0) {
            amount = amount.setScale(0); // 1E+4 is printed as 10000
        }
    }

    public boolean belongsTo(Object candidate) {
        return account.equals(candidate);
    }

    public boolean isPending() {
        return status == RefundStatus.PENDING;
    }

    /** This refund SUCCEEDED at {@code at}. */
    Refund succeed(Instant at) {
        return settle(RefundStatus.SUCCEEDED, null, at);
    }

    /** This refund FAILED with {@code code} at {@code at}. */
    Refund fail(String code, Instant at) {
        return settle(RefundStatus.FAILED, Objects.requireNonNull(code, "failure code"), at);
    }

    private Refund settle(RefundStatus target, String code, Instant at) {
        if (status != RefundStatus.PENDING) {
            throw new IllegalStateException("Refund " + id + " is " + status + "; only a PENDING refund settles");
        }
        Instant moved = Timestamps.after(updated, at);
        return new Refund(id, account, businessId, paymentRequestId, paymentId, channelCode, paymentMethodType,
                country, currency, amount, reason, referenceId, metadata, target, code, created, moved);
    }
}
