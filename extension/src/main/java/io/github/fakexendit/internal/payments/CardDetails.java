package io.github.fakexendit.internal.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The card a customer paid or saved with, as Xendit shows it in {@code channel_properties.card_details}: never
 * the number itself, only its first six and last four digits.
 *
 * @param maskedCardNumber e.g. {@code 400000XXXXXX1091}
 * @param expiryMonth      two digits, as Xendit prints them ({@code "12"})
 * @param expiryYear       four digits ({@code "2029"})
 * @param network          e.g. {@code VISA}, {@code MASTERCARD}
 * @param type             {@code CREDIT} or {@code DEBIT}
 * @param country          the issuing country, e.g. {@code ID}
 */
public record CardDetails(String maskedCardNumber, String expiryMonth, String expiryYear, String network,
                          String type, String country) {

    /** The test card a payment made without a card number uses: Xendit's frictionless 3DS Visa. */
    static final String DEFAULT_TEST_CARD = "4000000000001000";

    public CardDetails {
        Objects.requireNonNull(maskedCardNumber, "maskedCardNumber");
        Objects.requireNonNull(network, "network");
    }

    /**
     * When the card stops working: the end of its expiry month, UTC (the first instant of the next month); a saved
     * card's token expires then. {@code null} if the expiry is not known.
     */
    public Instant expiresAt() {
        if (expiryMonth == null || expiryYear == null
                || !expiryMonth.matches("0?[1-9]|1[0-2]") || !expiryYear.matches("\\d{4}")) {
            return null;
        }
        return YearMonth.of(Integer.parseInt(expiryYear), Integer.parseInt(expiryMonth)).plusMonths(1).atDay(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * A test card as the checkout takes it: masked, valid until December three years after {@code now}, credit,
     * issued in {@code country}.
     *
     * @throws IllegalArgumentException if {@code number} is not 12 to 19 digits
     */
    public static CardDetails testCard(String number, String network, String country, Instant now) {
        if (number == null || !number.matches("\\d{12,19}")) {
            throw new IllegalArgumentException("a card number is 12 to 19 digits, got " + number);
        }
        String masked = number.substring(0, 6) + "X".repeat(number.length() - 10)
                + number.substring(number.length() - 4);
        int year = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear() + 3;
        return new CardDetails(masked, "12", Integer.toString(year), network, "CREDIT", country);
    }

    /** The card of a payment whose test named none. */
    public static CardDetails defaultTestCard(String country, Instant now) {
        return testCard(DEFAULT_TEST_CARD, "VISA", country, now);
    }
}
