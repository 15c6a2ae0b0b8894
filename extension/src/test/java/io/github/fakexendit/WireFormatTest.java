package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The session object as Xendit's captured test-mode responses show it, in every view the fake has: create, get,
 * cancel, webhook {@code data}, the admin API and the JVM handle. No view may print {@code null}, a timestamp
 * without milliseconds, a default Xendit does not print, or an id in another form.
 */
@FakeXendit
class WireFormatTest {

    private static final Pattern MILLIS = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final List<String> XENDIT_ORDER = List.of("payment_session_id", "created", "updated", "status",
            "reference_id", "currency", "amount", "country");

    private final FakeXenditServer server;
    private final XenditHttp xendit;
    private final XenditHttp admin;
    private int batches;

    WireFormatTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
        this.admin = new XenditHttp(server.baseUrl(), null);
    }

    /** One session of each mode and type, by name, created over HTTP; the values are the create replies. */
    private Map<String, JsonNode> createOfEachKind() {
        int batch = ++batches; // each batch its own customers
        Map<String, JsonNode> created = new LinkedHashMap<>();
        created.put("pay link", create(SessionsApiTest.minimal("PAY", 10000)));
        created.put("save link", create(SessionsApiTest.minimal("SAVE", 0)
                .set("customer", SessionsApiTest.customer("save-" + batch))));
        ObjectNode components = SessionsApiTest.minimal("PAY", 10000).put("mode", "COMPONENTS")
                .put("allow_save_payment_method", "OPTIONAL");
        components.set("customer", SessionsApiTest.customer("components-" + batch));
        components.putObject("components_configuration").putArray("origins").add("https://shop.example");
        created.put("components", create(components));
        ObjectNode cards = SessionsApiTest.minimal("PAY", 10000).put("mode", "CARDS_SESSION_JS")
                .set("customer", SessionsApiTest.customer("cards-" + batch));
        cards.putObject("cards_session_js").put("success_return_url", "https://shop.example/ok")
                .put("failure_return_url", "https://shop.example/ko");
        created.put("cards session js", create(cards));
        ObjectNode subscription = SessionsApiTest.minimal("SUBSCRIPTION", 50000)
                .set("customer", SessionsApiTest.customer("sub-" + batch));
        subscription.putObject("subscription").putObject("schedule").put("interval", "MONTH")
                .put("interval_count", 1).put("anchor_date", "2030-01-01T00:00:00Z");
        created.put("subscription", create(subscription));
        return created;
    }

    private JsonNode create(JsonNode body) {
        Reply reply = xendit.createSession(body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    @Test
    void noViewOfAnyKindOfSessionPrintsNullOrATimestampWithoutMilliseconds() {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        createOfEachKind().forEach((kind, session) -> {
            String id = session.get("payment_session_id").asText();
            views.put(kind + ": create", session);
            views.put(kind + ": get", xendit.getSession(id).json());
            views.put(kind + ": handle", XenditHttp.parse(server.session(id).json()));
            views.put(kind + ": handle toString", XenditHttp.parse(server.session(id).toString()));
            views.put(kind + ": admin get", admin.get("/_fake/sessions/" + id).json());
        });
        List<String> ids = new ArrayList<>();
        admin.get("/_fake/sessions").json().get("sessions")
                .forEach(s -> ids.add(s.get("payment_session_id").asText()));
        views.put("cancel", xendit.cancelSession(ids.get(0)).json());
        views.put("admin complete", admin.post("/_fake/sessions/" + ids.get(1) + "/complete").json());
        views.put("admin expire", admin.post("/_fake/sessions/" + ids.get(2) + "/expire").json());
        server.session(ids.get(4)).complete();
        admin.get("/_fake/sessions").json().get("sessions").forEach(s -> views.put("admin list " + s, s));
        server.webhooks().attempts().forEach(attempt -> {
            JsonNode envelope = XenditHttp.parse(attempt.body());
            if (attempt.sessionId() != null) {
                views.put("webhook " + attempt.event(), envelope.get("data"));
            } else {
                // the payment or token the completion left behind: no nulls either, and its own timestamps
                assertThat(nullsIn(envelope, "")).as(attempt.toString()).isEmpty();
                assertThat(envelope.at("/data/updated").asText()).matches(MILLIS);
            }
            assertThat(envelope.get("created").asText()).matches(MILLIS);
            assertThat(Instant.parse(envelope.get("created").asText()))
                    .isAfterOrEqualTo(Instant.parse(envelope.get("data").get("updated").asText()));
        });
        assertThat(server.webhooks().attempts()).filteredOn(attempt -> attempt.sessionId() != null).hasSize(3);
        assertThat(server.webhooks().attempts()).hasSize(5);

        views.forEach((view, session) -> {
            assertThat(nullsIn(session, "")).as(view + ": %s", session).isEmpty();
            for (String time : List.of("created", "updated", "expires_at")) {
                assertThat(session.get(time).asText()).as(view + " " + time).matches(MILLIS);
            }
            List<String> fields = new ArrayList<>();
            session.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(view).startsWith(XENDIT_ORDER.toArray(String[]::new));
        });
    }

    private static List<String> nullsIn(JsonNode node, String path) {
        List<String> found = new ArrayList<>();
        if (node.isNull()) {
            found.add(path);
        }
        node.fields().forEachRemaining(e -> found.addAll(nullsIn(e.getValue(), path + "/" + e.getKey())));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            found.addAll(nullsIn(node.get(i), path + "/" + i));
        }
        return found;
    }

    @Test
    void eachModeAndTypeCarriesWhatXenditAddsAndNothingItDoesNot() {
        Map<String, JsonNode> created = createOfEachKind();

        assertThat(created.get("pay link").get("payment_link_url").asText()).contains("/checkout/ps-");
        assertThat(created.get("save link").get("payment_link_url").asText()).contains("/checkout/ps-");
        assertThat(created.get("components").has("payment_link_url")).isFalse();
        assertThat(created.get("components").get("components_sdk_key").asText())
                .matches("session-[0-9a-f]{32}-pd-[A-Za-z0-9+/=]+-[A-Za-z0-9+/=]+");
        assertThat(created.get("cards session js").has("payment_link_url")).isFalse();
        assertThat(created.get("cards session js").has("components_sdk_key")).isFalse();
        assertThat(created.get("subscription").get("recurring_plan_id").asText()).matches("repl_" + UUID_V4);
        created.forEach((kind, session) -> {
            assertThat(session.has("recurring_plan_id")).as(kind).isEqualTo(kind.equals("subscription"));
            assertThat(session.has("capture_method")).as(kind).isEqualTo(session.get("session_type").asText()
                    .equals("PAY"));
            if (session.has("customer_id")) {
                assertThat(session.get("customer_id").asText()).as(kind).matches("cust-" + UUID_V4);
            }
            for (String unsent : List.of("channel_properties", "allowed_payment_channels", "items", "metadata",
                    "description", "success_return_url", "cancel_return_url")) {
                assertThat(session.has(unsent)).as(kind + " " + unsent).isFalse();
            }
        });
        assertThat(created.get("components").get("allow_save_payment_method").asText()).isEqualTo("OPTIONAL");
        assertThat(created.get("pay link").has("allow_save_payment_method")).isFalse();
    }

    @Test
    void theRecurringPlanIdStaysWithTheSubscriptionAndEachSessionGetsItsOwn() {
        Map<String, JsonNode> first = createOfEachKind();
        Map<String, JsonNode> second = createOfEachKind();
        String plan = first.get("subscription").get("recurring_plan_id").asText();

        assertThat(xendit.getSession(first.get("subscription").get("payment_session_id").asText()).json()
                .get("recurring_plan_id").asText()).isEqualTo(plan);
        assertThat(second.get("subscription").get("recurring_plan_id").asText()).isNotEqualTo(plan);
    }

    @Test
    void paymentTokensArePtAndAVersionFourUuidThirtyNineCharactersLong() {
        String id = create(SessionsApiTest.minimal("SAVE", 0).set("customer", SessionsApiTest.customer("tok-1")))
                .get("payment_session_id").asText();

        server.session(id).complete();

        String token = xendit.getSession(id).json().get("payment_token_id").asText();
        assertThat(token).matches("pt-" + UUID_V4).hasSize(39);
    }

    @Test
    void customerIdsAreVersionFourUuids() {
        List<String> ids = new ArrayList<>();
        for (String reference : List.of("v4-a", "v4-b", "v4-c")) {
            ids.add(create(SessionsApiTest.minimal("PAY", 100).set("customer", SessionsApiTest.customer(reference)))
                    .get("customer_id").asText());
        }
        ids.add(server.registerCustomer("v4-d").id());

        assertThat(ids).allSatisfy(id -> assertThat(id).matches("cust-" + UUID_V4)).doesNotHaveDuplicates();
    }
}
