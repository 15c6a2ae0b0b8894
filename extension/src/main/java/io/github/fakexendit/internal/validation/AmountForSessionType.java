package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.Optional;

/** INVALID_AMOUNT: a SAVE session charges nothing; PAY and SUBSCRIPTION sessions charge something. */
final class AmountForSessionType implements CreateRule {

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        boolean zero = body.get("amount").decimalValue().signum() == 0;
        if (body.get("session_type").textValue().equals("SAVE")) {
            return zero ? Optional.empty()
                    : CreateRule.refuse("INVALID_AMOUNT", "Amount must be zero for session type SAVE");
        }
        return zero ? CreateRule.refuse("INVALID_AMOUNT", "Amount must be greater than zero") : Optional.empty();
    }
}
