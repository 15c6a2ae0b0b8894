package io.github.fakexendit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.ApiError;
import io.github.fakexendit.internal.Engine;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.sessions.IllegalTransitionException;
import io.github.fakexendit.internal.sessions.Session;
import io.github.fakexendit.internal.sessions.SessionJson;
import io.github.fakexendit.internal.store.JournalJson;
import io.github.fakexendit.internal.validation.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

/**
 * The fake's own control surface under {@code /_fake}, for tests that drive the fake over HTTP. It needs no
 * API key (it is on the same bind as the API), acts on the sessions of every business, ignores request
 * bodies (but for the clock's), and is not recorded in the request journal.
 */
final class AdminRoutes {

    static final String PREFIX = "_fake";
    /** Ten years: far beyond any expiry or retry, and far from overflowing the clock. */
    private static final BigDecimal MAX_ADVANCE_SECONDS = BigDecimal.valueOf(10L * 366 * 24 * 60 * 60);

    private final Engine engine;

    AdminRoutes(Engine engine) {
        this.engine = engine;
    }

    /** Whether the router sends {@code path} here: its first non-empty segment is {@link #PREFIX}. */
    static boolean owns(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        int end = start + PREFIX.length();
        return path.startsWith(PREFIX, start) && (path.length() == end || path.charAt(end) == '/');
    }

    /** {@code path} starts with {@link #PREFIX}. */
    Response route(Request request, List<String> path) {
        if (path.size() < 2) {
            return Router.notFound(request);
        }
        return switch (path.get(1)) {
            case "health" -> path.size() == 2
                    ? Router.only(request, "GET", () -> Response.json(200, Json.object().put("status", "UP")))
                    : Router.notFound(request);
            case "reset" -> path.size() == 2 ? Router.only(request, "POST", this::reset) : Router.notFound(request);
            case "requests" -> path.size() == 2
                    ? Router.only(request, "GET", () -> Response.json(200, JournalJson.render(engine.journal())))
                    : Router.notFound(request);
            case "sessions" -> sessions(request, path);
            case "webhooks" -> path.size() == 2
                    ? Router.only(request, "GET", this::webhooks)
                    : Router.notFound(request);
            case "clock" -> path.size() == 3 && path.get(2).equals("advance")
                    ? Router.only(request, "POST", () -> advanceClock(request))
                    : Router.notFound(request);
            default -> Router.notFound(request);
        };
    }

    private Response sessions(Request request, List<String> path) {
        return switch (path.size()) {
            case 2 -> Router.only(request, "GET", this::allSessions);
            case 3 -> Router.only(request, "GET", () -> engine.sessions().find(path.get(2))
                    .map(session -> Response.json(200, SessionJson.render(session)))
                    .orElseGet(() -> noSuchSession(path.get(2))));
            case 4 -> switch (path.get(3)) {
                case "complete" -> Router.only(request, "POST", () -> move(path.get(2), SessionStatus.COMPLETED));
                case "expire" -> Router.only(request, "POST", () -> move(path.get(2), SessionStatus.EXPIRED));
                default -> Router.notFound(request);
            };
            default -> Router.notFound(request);
        };
    }

    private Response allSessions() {
        ObjectNode json = Json.object();
        ArrayNode sessions = json.putArray("sessions");
        for (Session session : engine.sessions().all()) {
            sessions.add(SessionJson.render(session));
        }
        return Response.json(200, json);
    }

    /** As the customer or the clock would; the answer is the session as {@code GET /sessions/{id}} shows it. */
    private Response move(String id, SessionStatus target) {
        try {
            return Response.json(200, SessionJson.render(engine.sessions().move(id, target)));
        } catch (IllegalTransitionException e) {
            return Response.error(ApiError.of(409, "INVALID_SESSION_STATUS", e.getMessage()));
        } catch (IllegalArgumentException unknown) {
            return noSuchSession(id);
        }
    }

    private Response reset() {
        engine.reset();
        return Response.json(200, Json.object().put("status", "RESET"));
    }

    private static Response noSuchSession(String id) {
        return Response.error(ApiError.of(404, "NOT_FOUND", "No session " + id + " in this fake"));
    }

    /** {@code GET /_fake/webhooks}: every delivery attempt since the last reset, oldest first. */
    private Response webhooks() {
        ObjectNode body = Json.object();
        ArrayNode attempts = body.putArray("webhooks");
        engine.webhooks().attempts().forEach(attempt -> attempts.add(attempt.toJson()));
        return Response.json(200, body);
    }

    /**
     * {@code POST /_fake/clock/advance} with {@code {"seconds": N}}: moves the clock as the handle's
     * {@code clock().advance()} does, but answers without waiting for synchronous webhooks, since it runs on an
     * I/O thread.
     */
    private Response advanceClock(Request request) {
        JsonNode body = SessionRoutes.parseBody(request);
        if (!body.isObject()) {
            return invalid("/body", "must be object");
        }
        JsonNode seconds = body.get("seconds");
        if (seconds == null) {
            return Response.error(ApiError.validation(List.of(Violation.missing("/body", "seconds"))));
        }
        if (!seconds.isNumber()) {
            return invalid("/body/seconds", "must be number");
        }
        BigDecimal value = seconds.decimalValue();
        if (value.signum() < 0) {
            return invalid("/body/seconds", "must be >= 0");
        }
        if (value.compareTo(MAX_ADVANCE_SECONDS) > 0) {
            return invalid("/body/seconds", "must be <= " + MAX_ADVANCE_SECONDS);
        }
        long nanos = value.movePointRight(9).setScale(0, RoundingMode.DOWN).longValueExact();
        engine.advanceClock(Duration.ofNanos(nanos), false);
        return Response.json(200, Json.object().put("now", engine.clock().instant().toString()));
    }

    private static Response invalid(String where, String message) {
        return Response.error(ApiError.validation(List.of(Violation.at(where, message))));
    }
}
