package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a checkout hands to the payments product when a customer pays or saves a payment method: the terms the
 * merchant set (copied from the session) and what the customer chose. Knows nothing of sessions.
 *
 * @param account       the business, as the platform tells businesses apart
 * @param pays          a payment is made (PAY); {@code false}: a method is only saved (SAVE)
 * @param savesMethod   the method is saved as a payment token
 * @param amount        what is paid; {@code null} when nothing is
 * @param channelCode   the channel the customer used; never {@code null} (see
 *                      {@link PaymentChannelKind#defaultChannel})
 * @param card          the card used on {@code CARDS}, or {@code null} for the default test card
 * @param captureMethod {@code MANUAL}: the payment is only authorised (cards only)
 */
public record Checkout(
        Object account,
        String businessId,
        boolean pays,
        boolean savesMethod,
        String referenceId,
        String customerId,
        String country,
        String currency,
        BigDecimal amount,
        CaptureMethod captureMethod,
        String channelCode,
        CardDetails card,
        String description,
        JsonNode metadata,
        JsonNode items) {

    /**
     * @throws IllegalArgumentException for a completion no customer could make: a payment without an amount,
     *                                  a SAVE that saves nothing, or authorise-only on a channel other than cards
     */
    public Checkout {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(channelCode, "channelCode");
        captureMethod = captureMethod == null ? CaptureMethod.AUTOMATIC : captureMethod;
        if (pays && amount == null) {
            throw new IllegalArgumentException("a payment needs an amount");
        }
        if (!pays && !savesMethod) {
            throw new IllegalArgumentException("a checkout that pays nothing saves the payment method");
        }
        if (pays && captureMethod == CaptureMethod.MANUAL && !PaymentChannelKind.CARDS.equals(channelCode)) {
            throw new IllegalArgumentException("capture_method MANUAL is only supported for channel CARDS: Xendit "
                    + "authorises and captures later on cards alone, so the customer cannot pay with " + channelCode
                    + " here; complete with channel CARDS or name no channel");
        }
        if (card != null && !PaymentChannelKind.CARDS.equals(channelCode)) {
            throw new IllegalArgumentException("a card is only used on channel CARDS, not " + channelCode);
        }
    }

    /** The payment is only authorised, to be captured or voided by the merchant. */
    public boolean authorizesOnly() {
        return pays && captureMethod == CaptureMethod.MANUAL;
    }
}
