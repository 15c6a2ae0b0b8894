package io.github.fakexendit.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.Fault;
import io.github.fakexendit.internal.faults.FaultJson;
import io.github.fakexendit.internal.faults.FaultQueue;
import io.github.fakexendit.internal.http.AdminAnswer;
import io.github.fakexendit.internal.http.Authenticator;
import io.github.fakexendit.internal.http.Request;
import io.github.fakexendit.internal.http.Response;
import io.github.fakexendit.internal.http.Routes;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.Business;
import io.github.fakexendit.internal.platform.Customers;
import io.github.fakexendit.internal.platform.FakeClock;
import io.github.fakexendit.internal.platform.PaymentChannels;
import io.github.fakexendit.internal.store.JournalJson;
import io.github.fakexendit.internal.store.RequestJournal;
import io.github.fakexendit.internal.validation.JsonSchema;
import io.github.fakexendit.internal.webhooks.WebhookDispatcher;
import io.github.fakexendit.internal.webhooks.WebhookSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The fake's own control surface under {@code /_fake}, for tests that drive the fake over HTTP: the steps the
 * JVM handle takes, each through the same operation. These are the server's own steps (health, reset, the
 * journal, webhooks, faults, channels, customers, the clock); each product adds the steps on its objects. It
 * needs no API key (it is on the same bind as the API; registering a customer takes the key of the account),
 * acts on the objects of every business, and is not recorded in the request journal. Endpoints that take input
 * read a JSON body checked against its schema in {@code admin-bodies.schema.json}; the others ignore bodies.
 * Refusals are answered as {@link AdminAnswer} says. Nothing here blocks: the I/O thread never waits for a
 * webhook.
 */
final class AdminRoutes {

    private static final Map<String, JsonSchema> BODIES =
            JsonSchema.loadEach(AdminRoutes.class, "admin-bodies.schema.json");
    /** A state conflict on the server's own steps cannot happen; the code is the one the admin API uses. */
    private static final String CONFLICT = "INVALID_SESSION_STATUS";

    /**
     * What the admin API acts on: the server's parts, and its two steps that take them all (reset, and moving the
     * clock, which runs what falls due).
     */
    record Server(RequestJournal journal, WebhookDispatcher webhooks, FaultQueue faults, PaymentChannels channels,
                  Customers customers, FakeClock clock, Authenticator authenticator, Runnable reset,
                  Consumer<Duration> advanceClockWithoutWaiting) {
    }

    private final Server server;
    private final Authenticator authenticator;

    AdminRoutes(Server server) {
        this.server = server;
        this.authenticator = server.authenticator();
    }

    void addTo(Routes routes) {
        routes.admin("GET", "/_fake/health", request -> Response.json(200, Json.object().put("status", "UP")))
                .admin("POST", "/_fake/reset", request -> reset())
                .admin("GET", "/_fake/requests", request -> Response.json(200, JournalJson.render(server.journal())))
                .admin("GET", "/_fake/webhooks", request -> webhookLog())
                .admin("POST", "/_fake/webhooks/url", this::webhookUrl)
                .admin("POST", "/_fake/webhooks/hold", request -> {
                    server.webhooks().hold();
                    return Response.json(200, Json.object().put("holding", true));
                })
                .admin("POST", "/_fake/webhooks/release", this::release)
                .admin("POST", "/_fake/faults", this::addFault)
                .admin("DELETE", "/_fake/faults", request -> {
                    server.faults().clear();
                    return Response.json(200, Json.object().put("status", "CLEARED"));
                })
                .admin("POST", "/_fake/channels/deactivate", request -> channels(request, false))
                .admin("POST", "/_fake/channels/activate", request -> channels(request, true))
                .admin("GET", "/_fake/channels/{country}", request -> Response.json(200, codes(
                        Json.object().put("country", request.param("country")), "activated",
                        server.channels().activated(request.param("country")))))
                .admin("GET", "/_fake/customers", request -> customers())
                .admin("POST", "/_fake/customers", this::registerCustomer)
                .admin("POST", "/_fake/clock/advance", this::advanceClock);
    }

    /** {@code GET /_fake/webhooks}: every delivery attempt since the last reset, oldest first. */
    private Response webhookLog() {
        ObjectNode body = Json.object();
        ArrayNode attempts = body.putArray("webhooks");
        server.webhooks().attempts().forEach(attempt -> attempts.add(attempt.toJson()));
        return Response.json(200, body);
    }

    /** Where webhooks go, for one event or all; the answer is where each event goes now. */
    private Response webhookUrl(Request request) {
        WebhookDispatcher webhooks = server.webhooks();
        JsonNode body = request.json(BODIES.get("url"));
        String url = body.get("url").textValue();
        return AdminAnswer.of(CONFLICT, () -> {
            List<String> events = body.has("event")
                    ? List.of(webhooks.catalog().named(body.get("event").textValue()).name())
                    : webhooks.catalog().names();
            URI uri = url == null ? null : WebhookSettings.parseUrl(url);
            events.forEach(event -> webhooks.sendTo(event, uri));
            ObjectNode urls = Json.object();
            for (String event : webhooks.catalog().names()) {
                URI now = webhooks.urlOf(event);
                urls.put(event, now == null ? null : now.toString());
            }
            return urls;
        });
    }

    private Response release(Request request) {
        List<String> first = new ArrayList<>();
        request.json(BODIES.get("release")).path("payment_session_ids").forEach(id -> first.add(id.textValue()));
        return AdminAnswer.of(CONFLICT,
                () -> Json.object().put("released", server.webhooks().releaseInBackground(first)));
    }

    /** {@code POST /_fake/faults} scripts a fault as {@code inject} does; {@code DELETE} drops those not yet used. */
    private Response addFault(Request request) {
        JsonNode body = request.json(BODIES.get("fault"));
        return AdminAnswer.of(CONFLICT, () -> {
            Fault fault = FaultJson.parse(body);
            server.faults().add(fault);
            return FaultJson.render(fault);
        });
    }

    /**
     * {@code POST /_fake/channels/deactivate} and {@code .../activate} as the server's methods of those names;
     * {@code GET /_fake/channels/{country}} the channels a session in that country can offer now.
     */
    private Response channels(Request request, boolean activate) {
        PaymentChannels channels = server.channels();
        List<String> codes = new ArrayList<>();
        request.json(BODIES.get("channels")).get("channels").forEach(code -> codes.add(code.textValue()));
        return AdminAnswer.of(CONFLICT, () -> {
            if (activate) {
                channels.activate(codes);
            } else {
                channels.deactivate(codes);
            }
            return codes(Json.object(), "deactivated", channels.deactivated());
        });
    }

    private static ObjectNode codes(ObjectNode json, String name, List<String> codes) {
        codes.forEach(json.putArray(name)::add);
        return json;
    }

    /** {@code GET /_fake/customers} lists every customer. */
    private Response customers() {
        ObjectNode json = Json.object();
        ArrayNode list = json.putArray("customers");
        server.customers().all().forEach(customer -> list.add(customer(customer)));
        return Response.json(200, json);
    }

    /**
     * {@code POST /_fake/customers} registers a customer of the account the request's key (and {@code for-user-id})
     * names, as the server's {@code registerCustomer} does for its own key.
     */
    private Response registerCustomer(Request request) {
        if (request.header("Authorization") == null) {
            return Response.error(ApiError.of(401, "INVALID_API_KEY", "A customer belongs to an account: send "
                    + "the account's secret key as for POST /sessions (HTTP Basic, the key as user name)"));
        }
        Business business = authenticator.authenticate(request.header("Authorization"), request.header("for-user-id"));
        JsonNode body = request.json(BODIES.get("customer"));
        return AdminAnswer.of(CONFLICT, () -> customer(server.customers().register(business,
                body.get("reference_id").textValue(), body.path("customer_id").textValue())));
    }

    private static ObjectNode customer(Customers.Customer customer) {
        return Json.object().put("id", customer.customerId()).put("reference_id", customer.referenceId())
                .put("business_id", customer.business().businessId());
    }

    private Response reset() {
        server.reset().run();
        return Response.json(200, Json.object().put("status", "RESET"));
    }

    /**
     * {@code POST /_fake/clock/advance} with {@code {"seconds": N}}: moves the clock as the handle's
     * {@code clock().advance()} does, but answers without waiting for synchronous webhooks, since it runs on an
     * I/O thread.
     */
    private Response advanceClock(Request request) {
        Duration by = Json.duration(request.json(BODIES.get("advance")).get("seconds").decimalValue());
        server.advanceClockWithoutWaiting().accept(by);
        return Response.json(200, Json.object().put("now", server.clock().instant().toString()));
    }
}
