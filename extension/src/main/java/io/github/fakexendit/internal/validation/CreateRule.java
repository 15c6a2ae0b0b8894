package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.Optional;

/**
 * One business rule of {@code POST /sessions}, checked after the schema passed: it sees a body whose fields
 * have the types the schema promises, and answers with the error Xendit gives, or nothing.
 */
@FunctionalInterface
public interface CreateRule {

    Optional<ApiError> check(JsonNode body, RuleContext context);

    /** A 400 refusal with the create page's error code. */
    static Optional<ApiError> refuse(String errorCode, String message) {
        return Optional.of(ApiError.badRequest(errorCode, message));
    }
}
