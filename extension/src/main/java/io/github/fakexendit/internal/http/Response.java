package io.github.fakexendit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiError;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the server answers: a status, a body of a content type, and any extra headers.
 *
 * @param rendering the JSON of {@code body} again, for the journal, or {@code null} to keep the bytes
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers,
                       Supplier<JsonNode> rendering) {

    public static final String JSON = "application/json";

    public Response(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, null);
    }

    public static Response json(int status, JsonNode body) {
        return new Response(status, JSON, Json.bytes(body), Map.of());
    }

    /**
     * JSON rendered from an immutable value the fake keeps anyway (a session as stored): the journal keeps the
     * way to render it again rather than a copy of the bytes.
     */
    public static Response rendered(int status, Supplier<JsonNode> render) {
        return rendered(status, render.get(), render);
    }

    /** As {@link #rendered(int, Supplier)}, with the first rendering at hand. */
    public static Response rendered(int status, JsonNode now, Supplier<JsonNode> again) {
        return new Response(status, JSON, Json.bytes(now), Map.of(), again);
    }

    public static Response error(ApiError error) {
        return json(error.status(), error.toJson());
    }

    public static Response html(int status, String html) {
        return new Response(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** {@code 303 See Other}: the browser goes on to {@code location} with a GET. */
    public static Response redirect(String location) {
        return html(303, "<!DOCTYPE html><html lang=\"en\"><title>Redirecting</title><p><a href=\""
                + Html.text(location).markup() + "\">Continue</a></p></html>").withHeader("Location", location);
    }

    public Response withHeader(String name, String value) {
        return withHeaders(Map.of(name, value));
    }

    public Response withHeaders(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(more);
        return new Response(status, contentType, body, Collections.unmodifiableMap(all), rendering);
    }
}
