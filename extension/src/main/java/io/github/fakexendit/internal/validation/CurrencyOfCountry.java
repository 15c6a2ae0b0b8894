package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.Optional;
import java.util.Set;

/** INVALID_CURRENCY: the country takes payments in the currency (IDR in ID; PHP or USD in PH; and so on). */
final class CurrencyOfCountry implements CreateRule {

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        String country = body.get("country").textValue();
        String currency = body.get("currency").textValue();
        Set<String> supported = context.channels().currencies(country);
        if (supported.contains(currency)) {
            return Optional.empty();
        }
        return CreateRule.refuse("INVALID_CURRENCY", "Currency " + currency + " is not supported for country "
                + country + ". Supported currencies for " + country + ": " + String.join(", ", supported));
    }
}
