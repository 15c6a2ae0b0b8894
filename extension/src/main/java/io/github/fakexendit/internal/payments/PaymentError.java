package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors of the Payments API v3 that the fake answers on its own (not through fault injection): Xendit's
 * codes, with the HTTP status and the message of each in {@code payment-errors.json}. Xendit publishes codes and
 * descriptions but no messages for v3, so the messages are the fake's, worded like its session errors.
 *
 * <pre>{@code
 * throw PaymentError.DATA_NOT_FOUND.refusal("object", "Payment", "id", id);
 * }</pre>
 */
public enum PaymentError {
    API_VALIDATION_ERROR,
    UNSUPPORTED_CONTENT_TYPE,
    DATA_NOT_FOUND,
    INELIGIBLE_TRANSACTION_STATUS,
    INACTIVE_PAYMENT_REQUEST,
    CAPTURE_AMOUNT_EXCEEDED,
    INVALID_VALUE_ERROR,
    INVALID_TOKEN,
    REFUND_AMOUNT_EXCEEDED,
    REFUND_IN_PROGRESS,
    REFUND_NOT_SUPPORTED,
    PARTIAL_REFUND_NOT_SUPPORTED,
    IDEMPOTENCY_ERROR;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final Map<PaymentError, Entry> CATALOG = load();

    private record Entry(int status, String message) {
    }

    private static Map<PaymentError, Entry> load() {
        JsonNode errors = Json.resource(PaymentError.class, "payment-errors.json").get("errors");
        Map<PaymentError, Entry> catalog = new EnumMap<>(PaymentError.class);
        errors.properties().forEach(e -> catalog.put(valueOf(e.getKey()),
                new Entry(e.getValue().get("status").intValue(), e.getValue().get("message").textValue())));
        for (PaymentError code : values()) {
            if (!catalog.containsKey(code)) {
                throw new IllegalStateException("payment-errors.json has no entry for " + code);
            }
        }
        return catalog;
    }

    /** The HTTP status this error is answered with. */
    public int status() {
        return CATALOG.get(this).status();
    }

    /**
     * The error with its message's placeholders filled in.
     *
     * @param values names and values, alternating: {@code "object", "Payment", "id", "py-..."}
     * @throws IllegalArgumentException if a placeholder of the message is not given a value, or a name is unused
     */
    public ApiError error(String... values) {
        if (values.length % 2 != 0) {
            throw new IllegalArgumentException("names and values alternate, got " + values.length + " strings");
        }
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            named.put(values[i], values[i + 1]);
        }
        String template = CATALOG.get(this).message();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder message = new StringBuilder();
        int used = 0;
        while (placeholder.find()) {
            String value = named.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalArgumentException(name() + " needs a value for {" + placeholder.group(1) + "}");
            }
            used++;
            placeholder.appendReplacement(message, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(message);
        if (used < named.size()) {
            throw new IllegalArgumentException(name() + " has no place for some of " + named.keySet()
                    + ": its message is '" + template + "'");
        }
        return ApiError.of(status(), name(), message.toString());
    }

    /** {@link #error} as an exception, for refusing deep inside an operation. */
    public ApiException refusal(String... values) {
        return new ApiException(error(values));
    }
}
