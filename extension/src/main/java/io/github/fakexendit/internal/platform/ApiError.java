package io.github.fakexendit.internal.platform;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import java.util.List;

/**
 * An error as Xendit sends it: an HTTP status and the envelope
 * {@code {"error_code", "message", "errors"?}}; {@code errors} is present for schema violations only.
 */
public record ApiError(int status, String errorCode, String message, List<Violation> errors) {

    public ApiError {
        errors = List.copyOf(errors);
    }

    public static ApiError of(int status, String errorCode, String message) {
        return new ApiError(status, errorCode, message, List.of());
    }

    public static ApiError badRequest(String errorCode, String message) {
        return of(400, errorCode, message);
    }

    /**
     * Schema violations, answered as the real service's OpenAPI validator does: the message is the first
     * violation in full, {@code errors} lists every violation.
     */
    public static ApiError validation(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one violation");
        }
        return new ApiError(400, "API_VALIDATION_ERROR", violations.get(0).fullMessage(), violations);
    }

    public static ApiError invalidApiKey() {
        return of(401, "INVALID_API_KEY", "API key is not authorized for this API");
    }

    public static ApiError sessionNotFound() {
        return of(404, "NOT_FOUND", "Session not found");
    }

    /** Xendit's answer when it fails; the fake sends it for scripted faults and for its own bugs. */
    public static ApiError serverError() {
        return of(500, "SERVER_ERROR",
                "Something unexpected happened. We are investigating this issue. Please try again later.");
    }

    /** Xendit names the code; the message is the fake's own, as Xendit does not publish one. */
    public static ApiError rateLimitExceeded() {
        return of(429, "RATE_LIMIT_EXCEEDED",
                "Rate limit exceeded: at most 60 requests a minute per endpoint in test mode. Please try again later.");
    }

    /** Xendit publishes no 503 body; this one follows the envelope of its other errors. */
    public static ApiError serviceUnavailable() {
        return of(503, "SERVICE_UNAVAILABLE",
                "The service is temporarily unavailable. Please try again later.");
    }

    public ObjectNode toJson() {
        ObjectNode body = Json.object();
        body.put("error_code", errorCode);
        body.put("message", message);
        if (!errors.isEmpty()) {
            ArrayNode list = body.putArray("errors");
            for (Violation v : errors) {
                list.addObject().put("message", v.message()).put("path", v.path());
            }
        }
        return body;
    }
}
