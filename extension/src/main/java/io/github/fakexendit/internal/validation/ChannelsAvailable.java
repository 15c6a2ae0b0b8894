package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * INVALID_PAYMENT_CHANNEL: every channel in {@code allowed_payment_channels} is one the customer can pay with
 * here: known to the catalog, of the session's country and currency, activated for the account, and CARDS for a
 * CARDS_SESSION_JS session. Without that list the session offers all such channels, so there must be one.
 */
final class ChannelsAvailable implements CreateRule {

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        List<String> available = available(body, context);
        Set<String> unavailable = new LinkedHashSet<>();
        for (JsonNode code : body.path("allowed_payment_channels")) {
            if (!available.contains(code.textValue())) {
                unavailable.add(code.textValue());
            }
        }
        if (!unavailable.isEmpty()) {
            return CreateRule.refuse("INVALID_PAYMENT_CHANNEL", "Channel(s) " + String.join(", ", unavailable)
                    + " are not available. Please ensure that you have activated the necessary channels");
        }
        if (available.isEmpty()) {
            return CreateRule.refuse("INVALID_PAYMENT_CHANNEL", "No channels are available for country "
                    + body.get("country").textValue() + " and currency " + body.get("currency").textValue()
                    + ". Please ensure that you have activated the necessary channels");
        }
        return Optional.empty();
    }

    /** The channels the session can offer; {@code allowed_payment_channels} picks among them. */
    static List<String> available(JsonNode body, RuleContext context) {
        List<String> activated = context.channels().activated(body.get("country").textValue(),
                body.get("currency").textValue());
        if (body.get("mode").textValue().equals("CARDS_SESSION_JS")) {
            return activated.stream().filter("CARDS"::equals).toList();
        }
        return activated;
    }

    /** The channels the session asks for: its {@code allowed_payment_channels}, or all it can offer. */
    static List<String> requested(JsonNode body, RuleContext context) {
        JsonNode allowed = body.path("allowed_payment_channels");
        if (allowed.isEmpty()) {
            return available(body, context);
        }
        // a loop rather than valueStream(), which needs Jackson 2.19: users may pin an older 2.x
        List<String> codes = new ArrayList<>();
        allowed.forEach(code -> codes.add(code.textValue()));
        return codes;
    }
}
