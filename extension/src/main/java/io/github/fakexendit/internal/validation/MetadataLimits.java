package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.Map;
import java.util.Optional;

/**
 * INVALID_METADATA for the session's {@code metadata}, INVALID_ITEM_METADATA for each item's: at most 20 keys,
 * keys of at most 40 characters, values that are strings of at most 80 characters. These are the limits of the
 * create page's error table; its field description (50 keys, 500 characters) is looser.
 */
final class MetadataLimits implements CreateRule {

    static final int MAX_KEYS = 20;
    static final int MAX_KEY_LENGTH = 40;
    static final int MAX_VALUE_LENGTH = 80;

    private final boolean ofItems;

    private MetadataLimits(boolean ofItems) {
        this.ofItems = ofItems;
    }

    static MetadataLimits ofSession() {
        return new MetadataLimits(false);
    }

    static MetadataLimits ofItems() {
        return new MetadataLimits(true);
    }

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        if (!ofItems) {
            return problem(body.path("metadata")).flatMap(message -> CreateRule.refuse("INVALID_METADATA", message));
        }
        for (JsonNode item : body.path("items")) {
            Optional<String> problem = problem(item.path("metadata"));
            if (problem.isPresent()) {
                return CreateRule.refuse("INVALID_ITEM_METADATA", problem.get());
            }
        }
        return Optional.empty();
    }

    /** What is wrong with one metadata object (absent and null are fine), in the order a reader would fix it. */
    private static Optional<String> problem(JsonNode metadata) {
        if (metadata.size() > MAX_KEYS) {
            return Optional.of("Metadata must have at most " + MAX_KEYS + " keys");
        }
        for (Map.Entry<String, JsonNode> entry : metadata.properties()) {
            if (length(entry.getKey()) > MAX_KEY_LENGTH) {
                return Optional.of("Metadata key must have at most " + MAX_KEY_LENGTH + " characters");
            }
            if (!entry.getValue().isTextual()) {
                return Optional.of("Metadata value must be a string");
            }
            if (length(entry.getValue().textValue()) > MAX_VALUE_LENGTH) {
                return Optional.of("Metadata value must have at most " + MAX_VALUE_LENGTH + " characters");
            }
        }
        return Optional.empty();
    }

    /** Characters as the schema counts them: code points. */
    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
