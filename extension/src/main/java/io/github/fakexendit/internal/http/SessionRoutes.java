package io.github.fakexendit.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.ApiError;
import io.github.fakexendit.internal.ApiException;
import io.github.fakexendit.internal.Engine;
import io.github.fakexendit.internal.faults.RateLimiter;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.sessions.Business;
import io.github.fakexendit.internal.sessions.IllegalTransitionException;
import io.github.fakexendit.internal.sessions.Session;
import io.github.fakexendit.internal.sessions.SessionJson;
import io.github.fakexendit.internal.validation.CreateSessionValidator;
import io.github.fakexendit.internal.validation.RuleContext;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Xendit's sessions endpoints: create, get, cancel. Authentication first, then the rate limit (if emulated),
 * then the body, then the domain.
 */
final class SessionRoutes {

    private final Engine engine;
    private final CreateSessionValidator validator;
    private final Authenticator authenticator;

    SessionRoutes(Engine engine, CreateSessionValidator validator, Authenticator authenticator) {
        this.engine = engine;
        this.validator = validator;
        this.authenticator = authenticator;
    }

    /** {@code path} starts with {@code sessions}. */
    Response route(Request request, List<String> path) {
        return switch (path.size()) {
            case 1 -> Router.only(request, "POST",
                    () -> limited(request, "POST /sessions", business -> create(request, business)));
            case 2 -> Router.only(request, "GET",
                    () -> limited(request, "GET /sessions/{id}", business -> get(business, path.get(1))));
            case 3 -> path.get(2).equals("cancel")
                    ? Router.only(request, "POST", () -> limited(request, "POST /sessions/{id}/cancel",
                            business -> cancel(business, path.get(1))))
                    : Router.notFound(request);
            default -> Router.notFound(request);
        };
    }

    /**
     * Authenticates the caller, then, if rate limits are emulated, counts the request against its account's
     * quota for the endpoint: over it, 429; otherwise the answer, with the quota in {@code Rate-Limit-*}
     * headers as Xendit sends them.
     */
    private Response limited(Request request, String endpoint, Function<Business, Response> handler) {
        Business business = authenticator.authenticate(request.header("Authorization"), request.header("for-user-id"));
        RateLimiter limiter = engine.rateLimiter();
        if (limiter == null) {
            return handler.apply(business);
        }
        RateLimiter.Quota quota = limiter.acquire(business, endpoint);
        Response response;
        if (!quota.allowed()) {
            response = Response.error(ApiError.rateLimitExceeded());
        } else {
            try {
                response = handler.apply(business);
            } catch (ApiException e) {
                response = Response.error(e.error());
            }
        }
        return response.withHeaders(quota.headers());
    }

    private Response create(Request request, Business business) {
        JsonNode body = parseBody(request);
        RuleContext context = new RuleContext(engine.clock().instant(), engine.channels());
        Optional<ApiError> invalid = validator.validate(body, context);
        if (invalid.isPresent()) {
            return Response.error(invalid.get());
        }
        Session session = engine.sessions().create(business, (ObjectNode) body,
                engine.paymentLinkBase(request.baseUrl()));
        return Response.json(201, SessionJson.render(session));
    }

    private Response get(Business business, String id) {
        return engine.sessions().find(business, id)
                .map(session -> Response.json(200, SessionJson.render(session)))
                .orElseGet(() -> Response.error(ApiError.sessionNotFound()));
    }

    private Response cancel(Business business, String id) {
        try {
            return Response.json(200, SessionJson.render(engine.sessions().cancel(business, id)));
        } catch (IllegalTransitionException e) {
            return Response.error(ApiError.of(422, "INVALID_SESSION_STATUS",
                    "Session status is " + e.current() + ", expecting ACTIVE"));
        }
    }

    /**
     * The body as JSON. Only JSON in UTF-8 is read; an empty body is an empty object, which the schema then
     * answers with the first missing property.
     */
    static JsonNode parseBody(Request request) {
        String contentType = request.header("Content-Type");
        if (contentType == null && request.body().length > 0) {
            throw invalidBody("request has a body but no Content-Type: send the body as application/json");
        }
        if (contentType != null) {
            String mediaType = Request.mediaType(contentType);
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
        if (request.body().length == 0) {
            return Json.object();
        }
        try {
            return Json.parse(request.body());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw invalidBody("request/body must be valid JSON: " + e.getOriginalMessage() + where);
        } catch (IOException e) {
            throw invalidBody("request/body could not be read: " + e.getMessage());
        }
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
