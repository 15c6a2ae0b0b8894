package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.List;
import java.util.Optional;

/**
 * INVALID_URL: where the customer is sent back to is an absolute HTTPS URL ({@code success_return_url},
 * {@code cancel_return_url}, {@code cards_session_js.success_return_url} and {@code .failure_return_url},
 * {@code components_configuration.return_url}); an item's {@code url} and {@code image_url} may also be HTTP.
 * A URL is what {@code java.net.URI} parses as absolute with a host ({@link HttpUrls}).
 */
final class ReturnUrls implements CreateRule {

    /** Compiled once: {@code JsonNode.at(String)} would parse each pointer again on every request. */
    private static final List<JsonPointer> RETURN_URLS = List.of(JsonPointer.compile("/success_return_url"),
            JsonPointer.compile("/cancel_return_url"), JsonPointer.compile("/cards_session_js/success_return_url"),
            JsonPointer.compile("/cards_session_js/failure_return_url"),
            JsonPointer.compile("/components_configuration/return_url"));
    private static final List<String> ITEM_URLS = List.of("url", "image_url");

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        for (JsonPointer pointer : RETURN_URLS) {
            JsonNode url = body.at(pointer);
            if (url.isTextual() && !HttpUrls.isAbsolute(url.textValue(), false)) {
                return CreateRule.refuse("INVALID_URL", "Please provide a valid HTTPS URL");
            }
        }
        for (JsonNode item : body.path("items")) {
            for (String field : ITEM_URLS) {
                JsonNode url = item.path(field);
                if (url.isTextual() && !HttpUrls.isAbsolute(url.textValue(), true)) {
                    return CreateRule.refuse("INVALID_URL", "Please provide a valid HTTP or HTTPS URL");
                }
            }
        }
        return Optional.empty();
    }
}
