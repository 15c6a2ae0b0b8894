package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.ApiError;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a {@code POST /sessions} body: first the schema (every violation reported), then the business
 * rules in a fixed order, the first failing rule answering. Pure: no I/O, no state.
 */
public final class CreateSessionValidator {

    private static final JsonSchema SCHEMA = JsonSchema.load("create-session.schema.json");

    static final Set<String> SESSION_TYPES = Set.of("SAVE", "PAY");
    static final Set<String> MODES = Set.of("PAYMENT_LINK", "COMPONENTS");

    private static final List<CreateRule> RULES = List.of(
            (body, context) -> supported(body, "session_type", SESSION_TYPES, "SESSION_TYPE_NOT_SUPPORTED"),
            (body, context) -> supported(body, "mode", MODES, "MODE_NOT_SUPPORTED"));

    public Optional<ApiError> validate(JsonNode body, RuleContext context) {
        List<Violation> violations = SCHEMA.validate(body, "/body");
        if (!violations.isEmpty()) {
            return Optional.of(ApiError.validation(violations));
        }
        for (CreateRule rule : RULES) {
            Optional<ApiError> error = rule.check(body, context);
            if (error.isPresent()) {
                return error;
            }
        }
        return Optional.empty();
    }

    private static Optional<ApiError> supported(JsonNode body, String field, Set<String> values, String errorCode) {
        String value = body.get(field).textValue();
        if (values.contains(value)) {
            return Optional.empty();
        }
        return Optional.of(ApiError.badRequest(errorCode, field + " " + value + " is not supported for now"));
    }
}
