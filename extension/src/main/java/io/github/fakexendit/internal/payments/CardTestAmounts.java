package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Xendit's card failure test amounts (the data file {@code card-test-amounts.json}): a card charge of exactly one
 * of them fails with its {@code failure_code}. {@code 10054} and {@code 10054.00} are one amount.
 *
 * <pre>{@code
 * CardTestAmounts.failureCode("IDR", new BigDecimal("10054")); // Optional[INSUFFICIENT_BALANCE]
 * }</pre>
 */
public final class CardTestAmounts {

    private static final Map<BigDecimal, String> DEFAULT;
    private static final Map<String, Map<BigDecimal, String>> BY_CURRENCY;

    static {
        JsonNode data = Json.resource(CardTestAmounts.class, "card-test-amounts.json");
        DEFAULT = table(data.get("default"));
        Map<String, Map<BigDecimal, String>> byCurrency = new HashMap<>();
        data.get("by_currency").properties().forEach(e -> byCurrency.put(e.getKey(), table(e.getValue())));
        BY_CURRENCY = Collections.unmodifiableMap(byCurrency);
    }

    private CardTestAmounts() {
    }

    private static Map<BigDecimal, String> table(JsonNode amounts) {
        Map<BigDecimal, String> table = new HashMap<>();
        amounts.properties().forEach(e -> table.put(normal(new BigDecimal(e.getKey())), e.getValue().textValue()));
        return Collections.unmodifiableMap(table);
    }

    /** The {@code failure_code} a card charge of {@code amount} in {@code currency} fails with, if any. */
    public static Optional<String> failureCode(String currency, BigDecimal amount) {
        return Optional.ofNullable(BY_CURRENCY.getOrDefault(currency, DEFAULT).get(normal(amount)));
    }

    private static BigDecimal normal(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
