package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.Optional;
import java.util.Set;

/**
 * MISSING_CUSTOMER: a session that keeps a payment method for later needs a customer to keep it for. That is
 * a SAVE or SUBSCRIPTION session, a CARDS_SESSION_JS session, and a session whose
 * {@code allow_save_payment_method} is FORCED or OPTIONAL.
 */
final class CustomerRequired implements CreateRule {

    private static final Set<String> SAVING_SESSION_TYPES = Set.of("SAVE", "SUBSCRIPTION");
    private static final Set<String> SAVING_OPTIONS = Set.of("FORCED", "OPTIONAL");

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        boolean saves = SAVING_SESSION_TYPES.contains(body.get("session_type").textValue())
                || body.get("mode").textValue().equals("CARDS_SESSION_JS")
                || SAVING_OPTIONS.contains(body.path("allow_save_payment_method").asText());
        if (!saves || body.has("customer") || body.has("customer_id")) {
            return Optional.empty();
        }
        return CreateRule.refuse("MISSING_CUSTOMER", "Customer object or customer_id is required");
    }
}
