package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * INVALID_URL: where the customer is sent back to is an absolute HTTPS URL ({@code success_return_url},
 * {@code cancel_return_url}, {@code cards_session_js.success_return_url} and {@code .failure_return_url},
 * {@code components_configuration.return_url}); an item's {@code url} and {@code image_url} may also be HTTP.
 */
final class ReturnUrls implements CreateRule {

    private static final List<String> RETURN_URLS = List.of("/success_return_url", "/cancel_return_url",
            "/cards_session_js/success_return_url", "/cards_session_js/failure_return_url",
            "/components_configuration/return_url");
    private static final List<String> ITEM_URLS = List.of("url", "image_url");
    private static final Set<String> HTTPS = Set.of("https");
    private static final Set<String> HTTP_OR_HTTPS = Set.of("http", "https");

    @Override
    public Optional<ApiError> check(JsonNode body, RuleContext context) {
        for (String pointer : RETURN_URLS) {
            JsonNode url = body.at(pointer);
            if (url.isTextual() && !isUrl(url.textValue(), HTTPS)) {
                return CreateRule.refuse("INVALID_URL", "Please provide a valid HTTPS URL");
            }
        }
        for (JsonNode item : body.path("items")) {
            for (String field : ITEM_URLS) {
                JsonNode url = item.path(field);
                if (url.isTextual() && !isUrl(url.textValue(), HTTP_OR_HTTPS)) {
                    return CreateRule.refuse("INVALID_URL", "Please provide a valid HTTP or HTTPS URL");
                }
            }
        }
        return Optional.empty();
    }

    /** An absolute URL of one of the schemes, with a host. */
    private static boolean isUrl(String text, Set<String> schemes) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
