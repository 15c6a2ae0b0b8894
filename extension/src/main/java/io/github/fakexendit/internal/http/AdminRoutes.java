package io.github.fakexendit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.Fault;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.ApiError;
import io.github.fakexendit.internal.ApiException;
import io.github.fakexendit.internal.Engine;
import io.github.fakexendit.internal.faults.FaultJson;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.sessions.Attempt;
import io.github.fakexendit.internal.sessions.Business;
import io.github.fakexendit.internal.sessions.CheckoutChoice;
import io.github.fakexendit.internal.sessions.Customers;
import io.github.fakexendit.internal.sessions.PaymentChannels;
import io.github.fakexendit.internal.sessions.Session;
import io.github.fakexendit.internal.sessions.SessionJson;
import io.github.fakexendit.internal.sessions.SessionService;
import io.github.fakexendit.internal.sessions.UnknownSessionException;
import io.github.fakexendit.internal.store.JournalJson;
import io.github.fakexendit.internal.validation.JsonSchema;
import io.github.fakexendit.internal.validation.Violation;
import io.github.fakexendit.internal.webhooks.WebhookDispatcher;
import io.github.fakexendit.internal.webhooks.WebhookEvent;
import io.github.fakexendit.internal.webhooks.WebhookSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fake's own control surface under {@code /_fake}, for tests that drive the fake over HTTP: the steps the
 * JVM handle takes, each through the same domain operation. It needs no API key (it is on the same bind as the
 * API; registering a customer takes the key of the account), acts on the sessions of every business, and is not
 * recorded in the request journal. Endpoints that take input read a JSON body checked against its schema in
 * {@code admin-bodies.schema.json}; the others ignore bodies.
 *
 * <p>The domain's refusals are answered as the handle throws them: no such session is 404 {@code NOT_FOUND}, an
 * {@link IllegalStateException} (a session no longer ACTIVE) 409 {@code INVALID_SESSION_STATUS}, an
 * {@link IllegalArgumentException} (a channel the session does not offer, an unknown channel code) 400
 * {@code API_VALIDATION_ERROR}. Nothing here blocks: the I/O thread never waits for a webhook.
 */
final class AdminRoutes {

    static final String PREFIX = "_fake";
    private static final Map<String, JsonSchema> BODIES =
            JsonSchema.loadEach(AdminRoutes.class, "admin-bodies.schema.json");

    private final Engine engine;
    private final Authenticator authenticator;

    AdminRoutes(Engine engine) {
        this.engine = engine;
        this.authenticator = new Authenticator(engine.config().apiKey());
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
        String second = path.size() > 2 ? path.get(2) : null;
        return switch (path.get(1)) {
            case "health" -> second == null
                    ? Router.only(request, "GET", () -> Response.json(200, Json.object().put("status", "UP")))
                    : Router.notFound(request);
            case "reset" -> second == null ? Router.only(request, "POST", this::reset) : Router.notFound(request);
            case "requests" -> second == null
                    ? Router.only(request, "GET", () -> Response.json(200, JournalJson.render(engine.journal())))
                    : Router.notFound(request);
            case "sessions" -> sessions(request, path);
            case "webhooks" -> path.size() > 3 ? Router.notFound(request) : webhooks(request, second);
            case "faults" -> second == null ? faults(request) : Router.notFound(request);
            case "channels" -> path.size() == 3 ? channels(request, second) : Router.notFound(request);
            case "customers" -> second == null ? customers(request) : Router.notFound(request);
            case "clock" -> path.size() == 3 && second.equals("advance")
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
            case 4 -> session(request, path.get(2), path.get(3));
            default -> Router.notFound(request);
        };
    }

    /** The steps of one session, each as the handle takes it; the answer is the session as GET then shows it. */
    private Response session(Request request, String id, String step) {
        SessionService sessions = engine.sessions();
        return switch (step) {
            case "complete" -> Router.only(request, "POST", () -> {
                JsonNode how = body(request, "complete");
                CheckoutChoice choice = new CheckoutChoice(how.path("channel").textValue(),
                        how.path("save_payment_method").asBoolean(false));
                return answer(() -> SessionJson.render(sessions.complete(id, choice)));
            });
            case "expire" -> Router.only(request, "POST",
                    () -> answer(() -> SessionJson.render(sessions.move(id, SessionStatus.EXPIRED))));
            case "fail" -> Router.only(request, "POST", () -> {
                String channel = body(request, "fail").path("channel").textValue();
                return answer(() -> SessionJson.render(sessions.failPayment(id, channel)));
            });
            case "payment_attempts" -> Router.only(request, "GET", () -> sessions.find(id)
                    .map(session -> Response.json(200, attempts(session)))
                    .orElseGet(() -> noSuchSession(id)));
            default -> Router.notFound(request);
        };
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
        ArrayNode sessions = json.putArray("sessions");
        for (Session session : engine.sessions().all()) {
            sessions.add(SessionJson.render(session));
        }
        return Response.json(200, json);
    }

    /**
     * {@code GET /_fake/webhooks}: every delivery attempt since the last reset, oldest first; and the controls
     * of {@code Webhooks}: where they go (url), redeliver, hold, release.
     */
    private Response webhooks(Request request, String control) {
        WebhookDispatcher webhooks = engine.webhooks();
        if (control == null) {
            return Router.only(request, "GET", () -> {
                ObjectNode body = Json.object();
                ArrayNode attempts = body.putArray("webhooks");
                webhooks.attempts().forEach(attempt -> attempts.add(attempt.toJson()));
                return Response.json(200, body);
            });
        }
        return switch (control) {
            case "url" -> Router.only(request, "POST", () -> {
                JsonNode body = body(request, "url");
                String url = body.get("url").textValue();
                return answer(() -> {
                    List<WebhookEvent> events = body.has("event")
                            ? List.of(WebhookEvent.named(body.get("event").textValue()))
                            : List.of(WebhookEvent.values());
                    URI uri = url == null ? null : WebhookSettings.parseUrl(url);
                    events.forEach(event -> webhooks.sendTo(event, uri));
                    ObjectNode urls = Json.object();
                    for (WebhookEvent event : WebhookEvent.values()) {
                        URI now = webhooks.urlOf(event);
                        urls.put(event.wireName(), now == null ? null : now.toString());
                    }
                    return urls;
                });
            });
            case "redeliver" -> Router.only(request, "POST", () -> {
                String id = body(request, "redeliver").get("payment_session_id").textValue();
                return engine.sessions().find(id)
                        .map(session -> answer(() -> Json.object()
                                .put("event", webhooks.redeliver(session).wireName())
                                .put("payment_session_id", id)))
                        .orElseGet(() -> noSuchSession(id));
            });
            case "hold" -> Router.only(request, "POST", () -> {
                webhooks.hold();
                return Response.json(200, Json.object().put("holding", true));
            });
            case "release" -> Router.only(request, "POST", () -> {
                List<String> first = new ArrayList<>();
                body(request, "release").path("payment_session_ids").forEach(id -> first.add(id.textValue()));
                return answer(() -> Json.object().put("released", webhooks.releaseInBackground(first)));
            });
            default -> Router.notFound(request);
        };
    }

    /** {@code POST /_fake/faults} scripts a fault as {@code inject} does; {@code DELETE} drops those not yet used. */
    private Response faults(Request request) {
        return switch (request.method()) {
            case "POST" -> {
                JsonNode body = body(request, "fault");
                yield answer(() -> {
                    Fault fault = FaultJson.parse(body);
                    engine.faults().add(fault);
                    return FaultJson.render(fault);
                });
            }
            case "DELETE" -> {
                engine.faults().clear();
                yield Response.json(200, Json.object().put("status", "CLEARED"));
            }
            default -> Router.methodNotAllowed(request, "POST, DELETE");
        };
    }

    /**
     * {@code POST /_fake/channels/deactivate} and {@code .../activate} as the server's methods of those names;
     * {@code GET /_fake/channels/{country}} the channels a session in that country can offer now.
     */
    private Response channels(Request request, String step) {
        PaymentChannels channels = engine.channels();
        return switch (step) {
            case "deactivate", "activate" -> Router.only(request, "POST", () -> {
                List<String> codes = new ArrayList<>();
                body(request, "channels").get("channels").forEach(code -> codes.add(code.textValue()));
                return answer(() -> {
                    if (step.equals("deactivate")) {
                        channels.deactivate(codes);
                    } else {
                        channels.activate(codes);
                    }
                    return codes(Json.object(), "deactivated", channels.deactivated());
                });
            });
            default -> Router.only(request, "GET", () -> Response.json(200,
                    codes(Json.object().put("country", step), "activated", channels.activated(step))));
        };
    }

    private static ObjectNode codes(ObjectNode json, String name, List<String> codes) {
        codes.forEach(json.putArray(name)::add);
        return json;
    }

    /**
     * {@code POST /_fake/customers} registers a customer of the account the request's key (and {@code for-user-id})
     * names, as the server's {@code registerCustomer} does for its own key; {@code GET} lists every customer.
     */
    private Response customers(Request request) {
        return switch (request.method()) {
            case "GET" -> {
                ObjectNode json = Json.object();
                ArrayNode list = json.putArray("customers");
                engine.sessions().customers().forEach(customer -> list.add(customer(customer)));
                yield Response.json(200, json);
            }
            case "POST" -> {
                if (request.header("Authorization") == null) {
                    yield Response.error(ApiError.of(401, "INVALID_API_KEY", "A customer belongs to an account: send "
                            + "the account's secret key as for POST /sessions (HTTP Basic, the key as user name)"));
                }
                Business business = authenticator.authenticate(request.header("Authorization"),
                        request.header("for-user-id"));
                JsonNode body = body(request, "customer");
                yield answer(() -> customer(engine.sessions().registerCustomer(business,
                        body.get("reference_id").textValue(), body.path("customer_id").textValue())));
            }
            default -> Router.methodNotAllowed(request, "GET, POST");
        };
    }

    private static ObjectNode customer(Customers.Customer customer) {
        return Json.object().put("id", customer.customerId()).put("reference_id", customer.referenceId())
                .put("business_id", customer.business().businessId());
    }

    private Response reset() {
        engine.reset();
        return Response.json(200, Json.object().put("status", "RESET"));
    }

    /**
     * {@code POST /_fake/clock/advance} with {@code {"seconds": N}}: moves the clock as the handle's
     * {@code clock().advance()} does, but answers without waiting for synchronous webhooks, since it runs on an
     * I/O thread.
     */
    private Response advanceClock(Request request) {
        Duration by = Json.duration(body(request, "advance").get("seconds").decimalValue());
        engine.advanceClock(by, false);
        return Response.json(200, Json.object().put("now", engine.clock().instant().toString()));
    }

    /**
     * The request's JSON body (none is an empty object), checked against the schema of {@code endpoint}.
     *
     * @throws ApiException 400 {@code API_VALIDATION_ERROR} worded as the API's validator words it
     */
    private static JsonNode body(Request request, String endpoint) {
        JsonNode body = SessionRoutes.parseBody(request);
        List<Violation> violations = BODIES.get(endpoint).validate(body, "/body");
        if (!violations.isEmpty()) {
            throw new ApiException(ApiError.validation(violations));
        }
        return body;
    }

    /** A step of the domain, answered 200 with {@code step}'s JSON, or its refusal as the class comment says. */
    private static Response answer(Supplier<JsonNode> step) {
        try {
            return Response.json(200, step.get());
        } catch (UnknownSessionException e) {
            return noSuchSession(e.sessionId());
        } catch (IllegalStateException e) {
            return Response.error(ApiError.of(409, "INVALID_SESSION_STATUS", e.getMessage()));
        } catch (IllegalArgumentException e) {
            return Response.error(ApiError.badRequest("API_VALIDATION_ERROR", e.getMessage()));
        }
    }

    private static Response noSuchSession(String id) {
        return Response.error(ApiError.of(404, "NOT_FOUND", "No session " + id + " in this fake"));
    }
}
