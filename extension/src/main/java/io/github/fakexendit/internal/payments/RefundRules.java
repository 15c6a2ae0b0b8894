package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.ApiError;
import io.github.fakexendit.internal.ApiException;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.sessions.PaymentChannels;
import io.github.fakexendit.internal.validation.Currencies;
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
            throw refuse(400, "INELIGIBLE_TRANSACTION_STATUS",
                    target.statusOf() + " status is " + target.status() + ", expecting SUCCEEDED");
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
            throw refuse(403, "REFUND_NOT_SUPPORTED", "Channel " + target.channelCode() + " does not support refunds");
        }
        boolean partial = asked != null && asked.compareTo(target.capturedAmount()) < 0;
        if (partial && !channel.refunds().partial()) {
            throw refuse(403, "PARTIAL_REFUND_NOT_SUPPORTED",
                    "Channel " + target.channelCode() + " does not support partial refunds");
        }
        Integer days = channel.refunds().days(target.country());
        if (days != null && !now.isBefore(target.paidAt().plus(Duration.ofDays(days)))) {
            throw refuse(400, "INELIGIBLE_TRANSACTION_STATUS", "Payment " + target.paymentId() + " was collected at "
                    + Json.timestamp(target.paidAt()) + ", past the " + days + "-day refund window of channel "
                    + target.channelCode());
        }
        JsonNode currency = body.get("currency");
        if (currency != null && !currency.textValue().equals(target.currency())) {
            throw refuse(400, "INVALID_VALUE_ERROR", "currency " + currency.textValue()
                    + " does not match the payment request's currency " + target.currency());
        }
        if (pending != null) {
            throw refuse(400, "REFUND_IN_PROGRESS",
                    "Refund " + pending.id() + " of this payment request is still PENDING");
        }
        if (asked != null && asked.signum() == 0) {
            throw refuse(400, "INVALID_VALUE_ERROR", "amount must be greater than 0");
        }
        if (asked != null) {
            int places = Currencies.decimalPlaces(target.currency());
            if (asked.stripTrailingZeros().scale() > places) {
                throw refuse(400, "INVALID_VALUE_ERROR", "amount " + plain(asked) + " has more decimal places than "
                        + target.currency() + " allows (" + places + ")");
            }
        }
        if (asked == null && left.signum() <= 0) {
            throw refuse(400, "REFUND_AMOUNT_EXCEEDED", "Payment request " + target.paymentRequestId()
                    + " has nothing left to refund: " + plain(refunded) + " of " + plain(target.capturedAmount())
                    + " is refunded or pending");
        }
        BigDecimal amount = asked == null ? left : asked;
        if (amount.compareTo(left) > 0) {
            throw refuse(400, "REFUND_AMOUNT_EXCEEDED",
                    "amount " + plain(amount) + " exceeds the refundable amount " + plain(left));
        }
        return amount;
    }

    static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static ApiException refuse(int status, String code, String message) {
        return new ApiException(ApiError.of(status, code, message));
    }
}
