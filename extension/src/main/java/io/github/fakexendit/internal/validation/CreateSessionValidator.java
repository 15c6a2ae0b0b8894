package io.github.fakexendit.internal.validation;

import io.github.fakexendit.internal.platform.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a {@code POST /sessions} body: first the schema (every violation reported), then the business
 * rules in a fixed order, the first failing rule answering. No I/O, no state of its own; it changes the body
 * only to read its numbers as Xendit's validator does.
 *
 * <p>The order goes from what the session is to its parts: session type and mode, country and currency,
 * amount, capture method, items, customer, metadata, URLs, expiry, then the channels. The customer's
 * existence and ownership need the stored customers and are checked after this, when the session is created.
 */
public final class CreateSessionValidator {

    private static final JsonSchema SCHEMA = JsonSchema.load("create-session.schema.json");

    static final List<CreateRule> RULES = List.of(
            new SupportedValue("session_type", Set.of("SAVE", "PAY", "SUBSCRIPTION"), "SESSION_TYPE_NOT_SUPPORTED"),
            new SupportedValue("mode", Set.of("PAYMENT_LINK", "COMPONENTS", "CARDS_SESSION_JS"), "MODE_NOT_SUPPORTED"),
            new CountryActivated(),
            new CurrencyOfCountry(),
            new AmountForSessionType(),
            new AmountDecimalPlaces(),
            new CaptureMethodForSessionType(),
            new ItemsForSessionType(),
            new CustomerIdPrefix(),
            new CustomerRequired(),
            MetadataLimits.ofSession(),
            MetadataLimits.ofItems(),
            new ReturnUrls(),
            new ExpiryWindow(),
            new ChannelsAvailable(),
            new PrimaryChannelsAllowed());

    private final List<CreateRule> rules;

    public CreateSessionValidator() {
        this(RULES);
    }

    /** A validator with other rules, for tests that prove each rule is needed. */
    CreateSessionValidator(List<CreateRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Whether {@link #validate} will leave the numbers of {@code body} as they are (as it does unless a number has
     * digits a double cannot hold), so that the bytes received still say what the session keeps. Ask before
     * validating.
     */
    public static boolean keepsNumbersAsSent(JsonNode body) {
        return JavaScriptNumbers.unchanged(body);
    }

    /**
     * Checks a parsed body, whose numbers it first replaces by what a JavaScript double makes of them, as Xendit's
     * validator reads them ({@link JavaScriptNumbers}); the body is then what the session keeps.
     */
    public Optional<ApiError> validate(JsonNode body, RuleContext context) {
        JavaScriptNumbers.read(body);
        List<Violation> violations = SCHEMA.validate(body, "/body");
        if (!violations.isEmpty()) {
            return Optional.of(ApiError.validation(violations));
        }
        for (CreateRule rule : rules) {
            Optional<ApiError> error = rule.check(body, context);
            if (error.isPresent()) {
                return error;
            }
        }
        return Optional.empty();
    }
}
