package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.PaymentChannels;
import io.github.fakexendit.internal.platform.Currencies;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The business rules of {@code POST /refunds}, checked after the schema, in Xendit's order: the money was
 * collected; the channel refunds, partially if the amount is partial, and the payment is within the channel's
 * refund window; the currency matches; no other refund of the request is pending; the amount is above zero, fits
 * the currency's decimals and does not exceed what is left. Pure: the caller holds the request's refunds still.
 */
final class RefundRules {

    private RefundRules() {
    }

    /**
     * The amount to refund: the body's, or everything not yet refunded when it names none.
     *
     * @param earlier the refunds of the same payment request made before, in any status
     * @throws ApiException with the first rule the request breaks
     */
    static BigDecimal amountToRefund(RefundTarget target, JsonNode body, List<Refund> earlier, Instant now) {
        if (!target.isCaptured()) {
            throw PaymentError.INELIGIBLE_TRANSACTION_STATUS.refusal("object", target.statusOf(),
                    "status", target.status(), "expected", "SUCCEEDED");
        }
        BigDecimal refunded = BigDecimal.ZERO;
        Refund pending = null;
        for (Refund refund : earlier) {
            switch (refund.status()) {
                case SUCCEEDED -> refunded = refunded.add(refund.amount());
                case PENDING -> {
                    refunded = refunded.add(refund.amount());
                    pending = refund;
                }
                default -> { }
            }
        }
        BigDecimal left = target.capturedAmount().subtract(refunded);
        JsonNode amountField = body.get("amount");
        BigDecimal asked = amountField == null ? null : amountField.decimalValue();

        PaymentChannels.Channel channel = PaymentChannels.channel(target.channelCode());
        if (channel == null || channel.refunds() == null) {
            throw PaymentError.REFUND_NOT_SUPPORTED.refusal("channel", target.channelCode());
        }
        boolean partial = asked != null && asked.compareTo(target.capturedAmount()) < 0;
        if (partial && !channel.refunds().partial()) {
            throw PaymentError.PARTIAL_REFUND_NOT_SUPPORTED.refusal("channel", target.channelCode());
        }
        Integer days = channel.refunds().days(target.country());
        if (days != null && !now.isBefore(target.paidAt().plus(Duration.ofDays(days)))) {
            throw refuse(PaymentError.INELIGIBLE_TRANSACTION_STATUS, "Payment " + target.paymentId() + " was collected at "
                    + Timestamps.format(target.paidAt()) + ", past the " + days + "-day refund window of channel "
                    + target.channelCode());
        }
        JsonNode currency = body.get("currency");
        if (currency != null && !currency.textValue().equals(target.currency())) {
            throw invalid("currency " + currency.textValue()
                    + " does not match the payment request's currency " + target.currency());
        }
        if (pending != null) {
            throw PaymentError.REFUND_IN_PROGRESS.refusal("id", pending.id());
        }
        if (asked != null && asked.signum() == 0) {
            throw invalid("amount must be greater than 0");
        }
        if (asked != null) {
            int places = Currencies.decimalPlaces(target.currency());
            if (asked.stripTrailingZeros().scale() > places) {
                throw invalid("amount " + plain(asked) + " has more decimal places than "
                        + target.currency() + " allows (" + places + ")");
            }
        }
        if (asked == null && left.signum() <= 0) {
            throw refuse(PaymentError.REFUND_AMOUNT_EXCEEDED, "Payment request " + target.paymentRequestId()
                    + " has nothing left to refund: " + plain(refunded) + " of " + plain(target.capturedAmount())
                    + " is refunded or pending");
        }
        BigDecimal amount = asked == null ? left : asked;
        if (amount.compareTo(left) > 0) {
            throw PaymentError.REFUND_AMOUNT_EXCEEDED.refusal("amount", plain(amount), "refundable", plain(left));
        }
        return amount;
    }

    static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** A refusal whose message does not fit the code's template in the error catalogue. */
    private static ApiException refuse(PaymentError code, String message) {
        return new ApiException(ApiError.of(code.status(), code.name(), message));
    }

    private static ApiException invalid(String detail) {
        return PaymentError.INVALID_VALUE_ERROR.refusal("detail", detail);
    }
}
