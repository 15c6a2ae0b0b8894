package io.github.fakexendit.internal.http;

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
import java.util.List;

/**
 * The fake's own control surface under {@code /_fake}, for tests that drive the fake over HTTP. It needs no
 * API key (it is on the same bind as the API), acts on the sessions of every business, ignores request
 * bodies, and is not recorded in the request journal.
 */
final class AdminRoutes {

    static final String PREFIX = "_fake";

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
}
