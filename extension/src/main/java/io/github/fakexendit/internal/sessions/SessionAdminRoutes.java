package io.github.fakexendit.internal.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.http.AdminAnswer;
import io.github.fakexendit.internal.http.Request;
import io.github.fakexendit.internal.http.Response;
import io.github.fakexendit.internal.http.Routes;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.validation.JsonSchema;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The admin API's steps on sessions, each the operation the JVM handle takes: list and read sessions, complete,
 * expire, fail a payment, read the payment attempts, redeliver a webhook. Bodies are checked against their schema
 * in {@code admin-bodies.schema.json} next to this class; refusals are answered as {@link AdminAnswer} says, a
 * session no longer ACTIVE with 409 {@code INVALID_SESSION_STATUS}.
 */
final class SessionAdminRoutes {

    private static final Map<String, JsonSchema> BODIES =
            JsonSchema.loadEach(SessionAdminRoutes.class, "admin-bodies.schema.json");
    private static final String CONFLICT = "INVALID_SESSION_STATUS";

    private final SessionService sessions;
    private final SessionEvents events;

    SessionAdminRoutes(SessionService sessions, SessionEvents events) {
        this.sessions = sessions;
        this.events = events;
    }

    void addTo(Routes routes) {
        routes.admin("GET", "/_fake/sessions", request -> allSessions())
                .admin("GET", "/_fake/sessions/{id}", request -> sessions.find(request.param("id"))
                        .map(session -> Response.json(200, SessionJson.render(session)))
                        .orElseGet(() -> noSuchSession(request.param("id"))))
                .admin("POST", "/_fake/sessions/{id}/complete", this::complete)
                .admin("POST", "/_fake/sessions/{id}/expire", request -> answer(
                        () -> sessions.move(request.param("id"), SessionStatus.EXPIRED)))
                .admin("POST", "/_fake/sessions/{id}/fail", request -> {
                    JsonNode how = request.json(BODIES.get("fail"));
                    CheckoutChoice choice = new CheckoutChoice(how.path("channel").textValue(), false);
                    return answer(() -> sessions.failPayment(request.param("id"), choice,
                            how.path("failure_code").textValue()));
                })
                .admin("GET", "/_fake/sessions/{id}/payment_attempts", request -> sessions.find(request.param("id"))
                        .map(session -> Response.json(200, attempts(session)))
                        .orElseGet(() -> noSuchSession(request.param("id"))))
                .admin("POST", "/_fake/webhooks/redeliver", this::redeliver);
    }

    private Response complete(Request request) {
        JsonNode how = request.json(BODIES.get("complete"));
        CheckoutChoice choice = new CheckoutChoice(how.path("channel").textValue(),
                how.path("save_payment_method").asBoolean(false));
        return answer(() -> sessions.complete(request.param("id"), choice));
    }

    private Response redeliver(Request request) {
        String id = request.json(BODIES.get("redeliver")).get("payment_session_id").textValue();
        return sessions.find(id)
                .map(session -> AdminAnswer.of(CONFLICT, () -> Json.object()
                        .put("event", events.redeliver(session))
                        .put("payment_session_id", id)))
                .orElseGet(() -> noSuchSession(id));
    }

    private static ObjectNode attempts(Session session) {
        ObjectNode json = Json.object();
        ArrayNode list = json.putArray("payment_attempts");
        for (Attempt attempt : session.attempts()) {
            list.addObject().put("channel", attempt.channel()).put("status", attempt.status().name())
                    .put("time", attempt.time().toString());
        }
        return json;
    }

    private Response allSessions() {
        ObjectNode json = Json.object();
        ArrayNode list = json.putArray("sessions");
        for (Session session : sessions.all()) {
            list.add(SessionJson.render(session));
        }
        return Response.json(200, json);
    }

    /** A step of one session; the answer is the session as GET then shows it. */
    private static Response answer(Supplier<Session> step) {
        return AdminAnswer.of(CONFLICT, () -> SessionJson.render(step.get()));
    }

    private static Response noSuchSession(String id) {
        return AdminAnswer.notFound(new UnknownSessionException(id).adminMessage());
    }
}
