package io.github.fakexendit.internal.payments;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The action a direct payment shows for its channel's kind (from the channel catalog), as Xendit's create answers
 * do: e-wallets, direct debit, pay-later and online banking send the customer to a page (the fake's own, where the
 * customer pays or declines); virtual accounts, QR codes and over-the-counter channels give the customer a number, a
 * QR string or a payment code to pay with, which the test completes by simulating the payment.
 *
 * <p>Numbers and codes are derived from the payment request's id, so each request has its own and keeps it.
 */
public final class ChannelActions {

    /** Where the fake serves the page a redirect action points at: {@code /pay/{payment_request_id}}. */
    public static final String PAGE_PREFIX = "pay";

    private ChannelActions() {
    }

    /** The action's {@code type}, {@code descriptor} and {@code value}, in that order. */
    public static String[] forKind(String kind, String paymentRequestId, String baseUrl) {
        return switch (kind) {
            case "VIRTUAL_ACCOUNT" -> new String[] {"PRESENT_TO_CUSTOMER", "VIRTUAL_ACCOUNT_NUMBER",
                    digits(paymentRequestId, 16)};
            case "QR_CODE" -> new String[] {"PRESENT_TO_CUSTOMER", "QR_STRING",
                    "00020101021226" + digits(paymentRequestId, 24) + "5802ID6304"};
            case "OVER_THE_COUNTER" -> new String[] {"PRESENT_TO_CUSTOMER", "PAYMENT_CODE",
                    "TEST" + digits(paymentRequestId, 8)};
            default -> new String[] {"REDIRECT_CUSTOMER", "WEB_URL", pageUrl(baseUrl, paymentRequestId)};
        };
    }

    /** The fake's page for a payment request that waits for its customer. */
    public static String pageUrl(String baseUrl, String paymentRequestId) {
        return baseUrl + "/" + PAGE_PREFIX + "/" + paymentRequestId;
    }

    /** {@code count} decimal digits that depend on {@code seed} alone. */
    static String digits(String seed, int count) {
        StringBuilder out = new StringBuilder(count);
        long salt = 0;
        while (out.length() < count) {
            UUID hash = UUID.nameUUIDFromBytes((seed + "#" + salt++).getBytes(StandardCharsets.UTF_8));
            String part = Long.toUnsignedString(hash.getMostSignificantBits())
                    + Long.toUnsignedString(hash.getLeastSignificantBits());
            out.append(part, 0, Math.min(part.length(), count - out.length()));
        }
        return out.toString();
    }
}
