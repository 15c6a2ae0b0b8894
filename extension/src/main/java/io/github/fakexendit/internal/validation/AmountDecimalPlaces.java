package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.Currencies;
import java.util.Optional;

/**
 * INVALID_AMOUNT: an amount has no more decimal places than its currency allows (the data file
 * {@code currencies.json}). Trailing zeros do not count: {@code 10000.00} rupiah is {@code 10000}.
 */
final class AmountDecimalPlaces implements CreateRule {

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        String currency = body.get("currency").textValue();
        int allowed = Currencies.decimalPlaces(currency);
        if (body.get("amount").decimalValue().stripTrailingZeros().scale() <= allowed) {
            return Optional.empty();
        }
        return CreateRule.refuse("INVALID_AMOUNT", allowed == 0
                ? "Amount must be a whole number for currency " + currency
                : "Amount must have at most " + allowed + " decimal places for currency " + currency);
    }
}
