package io.github.fakexendit.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.validation.JsonSchema;
import io.github.fakexendit.internal.platform.Violation;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request whose body has been read in full, the base URL it reached the server by, and the values of its
 * route's <code>{name}</code> path segments. Handlers read it; they never see Undertow.
 */
public final class Request {

    private final HttpServerExchange exchange;
    private final byte[] body;
    private final String baseUrl;
    private final Map<String, String> params;

    Request(HttpServerExchange exchange, byte[] body, String baseUrl, Map<String, String> params) {
        this.exchange = exchange;
        this.body = body;
        this.baseUrl = baseUrl;
        this.params = params;
    }

    public String method() {
        return exchange.getRequestMethod().toString();
    }

    public String path() {
        return exchange.getRequestPath();
    }

    /** The body as sent; empty if there was none. */
    public byte[] body() {
        return body;
    }

    /** {@code http://host:port} as the client reached the server, for links in the answer. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The value of the route's path segment <code>{name}</code>. */
    public String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no path segment {" + name + "}");
        }
        return value;
    }

    /** The first value of a header, or {@code null}. */
    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /**
     * The media type of {@code contentType} in lower case, without its parameters ({@code application/json} of
     * {@code application/json; charset=UTF-8}); empty for a value such as {@code ";;"}.
     */
    public static String mediaType(String contentType) {
        // -1: a value of separators alone still has a first part, an empty one
        return contentType.split(";", -1)[0].trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The body as JSON. Only JSON in UTF-8 is read; an empty body is an empty object, which the schema then
     * answers with the first missing property.
     *
     * @throws ApiException 400 {@code API_VALIDATION_ERROR} saying what is wrong with the body
     */
    public JsonNode json() {
        String contentType = header("Content-Type");
        if (contentType == null && body.length > 0) {
            throw invalidBody("request has a body but no Content-Type: send the body as application/json");
        }
        if (contentType != null) {
            String mediaType = mediaType(contentType);
            String[] parts = contentType.split(";");
            if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
                throw invalidBody("unsupported media type " + contentType + ": send the body as application/json");
            }
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].trim().split("=", 2);
                if (parameter[0].equalsIgnoreCase("charset") && parameter.length == 2
                        && !isUtf8(parameter[1].trim().replace("\"", ""))) {
                    throw invalidBody("unsupported charset " + parameter[1].trim() + ": send the body in utf-8");
                }
            }
        }
        if (body.length == 0) {
            return Json.object();
        }
        try {
            return Json.parse(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw invalidBody("request/body must be valid JSON: " + e.getOriginalMessage() + where);
        } catch (IOException e) {
            throw invalidBody("request/body could not be read: " + e.getMessage());
        }
    }

    /**
     * The JSON body (none is an empty object), checked against {@code schema}.
     *
     * @throws ApiException 400 {@code API_VALIDATION_ERROR} worded as the API's validator words it
     */
    public JsonNode json(JsonSchema schema) {
        JsonNode json = json();
        List<Violation> violations = schema.validate(json, "/body");
        if (!violations.isEmpty()) {
            throw new ApiException(ApiError.validation(violations));
        }
        return json;
    }

    private static boolean isUtf8(String charset) {
        try {
            return Charset.forName(charset).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static ApiException invalidBody(String message) {
        return new ApiException(ApiError.badRequest("API_VALIDATION_ERROR", message));
    }
}
