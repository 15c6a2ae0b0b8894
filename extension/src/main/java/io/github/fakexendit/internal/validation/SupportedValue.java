package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.Optional;
import java.util.Set;

/**
 * A field whose values Xendit supports one by one, refused as the create page shows:
 * {@code session_type AUTHORIZATION is not supported for now} (SESSION_TYPE_NOT_SUPPORTED),
 * {@code mode INVALID_MODE is not supported for now} (MODE_NOT_SUPPORTED).
 */
record SupportedValue(String field, Set<String> values, String errorCode) implements CreateRule {

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        String value = body.get(field).textValue();
        return values.contains(value) ? Optional.empty()
                : CreateRule.refuse(errorCode, field + " " + value + " is not supported for now");
    }
}
