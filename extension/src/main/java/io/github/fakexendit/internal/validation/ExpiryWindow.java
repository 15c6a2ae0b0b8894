package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiError;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * INVALID_EXPIRY_DATE: {@code expires_at} names a real moment at least 10 minutes and at most 30 days after
 * the request. Xendit states the minimum; it names a maximum without stating it, and 30 days is the fake's.
 */
final class ExpiryWindow implements CreateRule {

    static final Duration MINIMUM = Duration.ofMinutes(10);
    static final Duration MAXIMUM = Duration.ofDays(30);

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        if (!body.has("expires_at")) {
            return Optional.empty();
        }
        Optional<Instant> expiry = Json.instant(body.get("expires_at").textValue());
        if (expiry.isEmpty()) {
            return CreateRule.refuse("INVALID_EXPIRY_DATE",
                    "expires_at must be a real date and time, e.g. 2021-12-31T23:59:59Z");
        }
        if (expiry.get().isBefore(context.now().plus(MINIMUM))) {
            return CreateRule.refuse("INVALID_EXPIRY_DATE",
                    "expires_at must be at least " + MINIMUM.toMinutes() + " minutes in the future");
        }
        if (expiry.get().isAfter(context.now().plus(MAXIMUM))) {
            return CreateRule.refuse("INVALID_EXPIRY_DATE",
                    "expires_at must be at most " + MAXIMUM.toDays() + " days in the future");
        }
        return Optional.empty();
    }
}
