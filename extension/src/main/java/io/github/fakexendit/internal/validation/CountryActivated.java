package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.Optional;

/**
 * INVALID_COUNTRY: the account takes payments in the country, that is, it has at least one channel activated
 * there. Every country of the schema's list has channels until a test deactivates all of them.
 */
final class CountryActivated implements CreateRule {

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        String country = body.get("country").textValue();
        if (!context.channels().activated(country).isEmpty()) {
            return Optional.empty();
        }
        return CreateRule.refuse("INVALID_COUNTRY", "Country " + country
                + " is not available. Please ensure that you have activated the necessary channels in " + country);
    }
}
