package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.Optional;

/** INVALID_CUSTOMER_ID: a {@code customer_id} is Xendit's, so it starts with {@code cust-}. */
final class CustomerIdPrefix implements CreateRule {

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        if (!body.has("customer_id") || body.get("customer_id").textValue().startsWith("cust-")) {
            return Optional.empty();
        }
        return CreateRule.refuse("INVALID_CUSTOMER_ID", "Customer ID must start with \"cust-\"");
    }
}
