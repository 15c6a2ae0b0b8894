package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.Optional;

/** DISALLOWED_CAPTURE_METHOD: only a PAY session captures a payment, so only PAY takes {@code capture_method}. */
final class CaptureMethodForSessionType implements CreateRule {

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        String sessionType = body.get("session_type").textValue();
        if (!body.has("capture_method") || sessionType.equals("PAY")) {
            return Optional.empty();
        }
        return CreateRule.refuse("DISALLOWED_CAPTURE_METHOD",
                "Capture method is not supported for session type " + sessionType);
    }
}
