package io.github.fakexendit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.UnknownResourceException;
import java.util.function.Supplier;

/**
 * How the admin API answers a step of the domain, in one place for every product: 200 with the step's JSON, or
 * its refusal as the public handles throw it: an {@link UnknownResourceException} is 404 {@code NOT_FOUND}, an
 * {@link IllegalStateException} (the object is in no state for the step) 409 with the product's conflict code, an
 * {@link IllegalArgumentException} (a channel not offered, an unknown event) 400 {@code API_VALIDATION_ERROR}.
 *
 * <pre>{@code
 * routes.admin("POST", "/_fake/sessions/{id}/expire", request -> AdminAnswer.of("INVALID_SESSION_STATUS",
 *         () -> SessionJson.render(sessions.move(request.param("id"), SessionStatus.EXPIRED))));
 * }</pre>
 */
public final class AdminAnswer {

    private AdminAnswer() {
    }

    /** A step of the domain, answered 200 with {@code step}'s JSON, or its refusal as the class comment says. */
    public static Response of(String conflictCode, Supplier<JsonNode> step) {
        try {
            return Response.json(200, step.get());
        } catch (UnknownResourceException e) {
            return notFound(e.adminMessage());
        } catch (IllegalStateException e) {
            return Response.error(ApiError.of(409, conflictCode, e.getMessage()));
        } catch (IllegalArgumentException e) {
            return Response.error(ApiError.badRequest("API_VALIDATION_ERROR", e.getMessage()));
        }
    }

    /** 404 {@code NOT_FOUND} with {@code message}, such as {@code No session ps-... in this fake}. */
    public static Response notFound(String message) {
        return Response.error(ApiError.of(404, "NOT_FOUND", message));
    }
}
