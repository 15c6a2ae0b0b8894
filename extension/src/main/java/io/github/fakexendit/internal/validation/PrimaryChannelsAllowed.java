package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.List;
import java.util.Optional;

/**
 * INVALID_PRIMARY_PAYMENT_CHANNEL: the channels {@code payment_link_configuration.primary_payment_channels}
 * puts first are among the channels the session asks for; the first one that is not is named.
 */
final class PrimaryChannelsAllowed implements CreateRule {

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        JsonNode primary = body.path("payment_link_configuration").path("primary_payment_channels");
        if (primary.isEmpty()) {
            return Optional.empty();
        }
        List<String> requested = ChannelsAvailable.requested(body, context);
        for (JsonNode code : primary) {
            if (!requested.contains(code.textValue())) {
                return CreateRule.refuse("INVALID_PRIMARY_PAYMENT_CHANNEL",
                        "Primary channel " + code.textValue() + " is not included in the requested channels");
            }
        }
        return Optional.empty();
    }
}
