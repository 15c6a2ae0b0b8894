package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a payment request, its payments and a token made with them have in common: whose they are, the amount,
 * the channel and what the merchant said about it. One instance is shared by all of them (and its JSON parts with
 * the request that created them), so a completed session costs three small records, not three copies.
 *
 * @param account           the business, as the platform tells businesses apart (compared with {@code equals})
 * @param businessId        its {@code business_id}
 * @param amount            {@code request_amount}; {@code null} for a token alone
 * @param channelProperties as the merchant sent them, or {@code null}; {@link #card} is added when shown
 * @param card              the card used on {@code CARDS}, or {@code null}
 */
public record Terms(
        Object account,
        String businessId,
        String referenceId,
        String customerId,
        String country,
        String currency,
        BigDecimal amount,
        CaptureMethod captureMethod,
        String channelCode,
        JsonNode channelProperties,
        CardDetails card,
        String description,
        JsonNode metadata,
        JsonNode items,
        JsonNode shippingInformation) {

    public Terms {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(channelCode, "channelCode");
        Objects.requireNonNull(captureMethod, "captureMethod");
        if (amount != null && amount.scale() < 0) {
            amount = amount.setScale(0); // 1E+4 is printed as 10000
        }
    }

    public boolean belongsTo(Object candidate) {
        return account.equals(candidate);
    }

    public boolean isCards() {
        return PaymentChannelKind.CARDS.equals(channelCode);
    }
}
