package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.Optional;

/** ITEMS_NOT_SUPPORTED: items describe what is paid for, so only a PAY session has them; even {@code []} counts. */
final class ItemsForSessionType implements CreateRule {

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        boolean items = body.hasNonNull("items");
        if (!items || body.get("session_type").textValue().equals("PAY")) {
            return Optional.empty();
        }
        return CreateRule.refuse("ITEMS_NOT_SUPPORTED", "Items are allowed for session type PAY only");
    }
}
