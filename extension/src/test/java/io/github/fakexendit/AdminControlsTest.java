package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.WebhookReceiver;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The admin API's forms of what the handle scripts beyond a session's moves: faults, webhook redelivery and
 * ordering, channels and customers, driven over HTTP without a key as a test in another language would.
 */
@FakeXendit
class AdminControlsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeXenditServer server;
    private final XenditHttp xendit;
    private final XenditHttp admin;

    AdminControlsTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
        this.admin = new XenditHttp(server.baseUrl(), null);
    }

    @Test
    void aFaultPostedOverHttpIsTheFaultTheHandleInjects() {
        Reply injected = admin.post("/_fake/faults",
                "{\"kind\": \"SERVER_ERROR\", \"times\": 2, \"method\": \"post\", \"path\": \"/sessions\"}");

        Reply read = xendit.getSession("ps-000000000000000000000000");
        List<Integer> creates = List.of(xendit.createSession(order()).status(), xendit.createSession(order()).status(),
                xendit.createSession(order()).status());

        assertThat(injected.status()).as(injected.toString()).isEqualTo(200);
        assertThat(injected.json()).isEqualTo(XenditHttp.parse(
                "{\"kind\": \"SERVER_ERROR\", \"times\": 2, \"method\": \"POST\", \"path\": \"/sessions\"}"));
        assertThat(read.status()).isEqualTo(404);
        assertThat(creates).containsExactly(500, 500, 201);
        assertThat(server.requests().get(1).fault())
                .isEqualTo(Fault.serverError().times(2).on("POST", "/sessions"));
    }

    @Test
    void deleteDropsTheFaultsNotYetUsed() {
        admin.post("/_fake/faults", "{\"kind\": \"SERVICE_UNAVAILABLE\", \"always\": true}");
        int during = xendit.createSession(order()).status();

        Reply cleared = admin.delete("/_fake/faults");

        assertThat(during).isEqualTo(503);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("status").asText()).isEqualTo("CLEARED");
        assertThat(xendit.createSession(order()).status()).isEqualTo(201);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}                                                   | request/body must have required property 'kind'",
            "{\"kind\": 500}                                      | request/body/kind must be string",
            "{\"kind\": \"DELAY\"}                                | request/body must have required property 'seconds'",
            "{\"kind\": \"DELAY\", \"seconds\": -1}               | request/body/seconds must be >= 0",
            "{\"kind\": \"DELAY\", \"seconds\": \"2\"}            | request/body/seconds must be number",
            "{\"kind\": \"SERVER_ERROR\", \"seconds\": 1}         | request/body/seconds must NOT be given for kind SERVER_ERROR: only DELAY (how long) and RATE_LIMITED (its Rate-Limit-Reset) take seconds",
            "{\"kind\": \"SERVER_ERROR\", \"times\": 0}           | request/body/times must be >= 1",
            "{\"kind\": \"SERVER_ERROR\", \"times\": 1.5}         | request/body/times must be integer",
            "{\"kind\": \"SERVER_ERROR\", \"times\": 2, \"always\": true} | request/body/times must NOT be given with always: true",
            "{\"kind\": \"SERVER_ERROR\", \"method\": \"POST\"}   | request/body must have required property 'path'",
            "{\"kind\": \"SERVER_ERROR\", \"path\": \"sessions\"} | request/body/path must match pattern \"^/\"",
            "{\"kind\": \"SERVER_ERROR\", \"time\": 2}            | request/body must NOT have additional properties",
            "{\"kind\": \"SERVER_ERROR\", \"method\": \" \", \"path\": \"/sessions\"} | method must be an HTTP method such as POST, or *, got ' '",
            "\"SERVER_ERROR\"                                     | request/body must be object"})
    void aBadFaultIs400SayingWhatToFixAndScriptsNothing(String body, String message) {
        Reply reply = admin.post("/_fake/faults", body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("API_VALIDATION_ERROR");
        assertThat(reply.json().get("message").asText()).isEqualTo(message);
        assertThat(xendit.createSession(order()).status()).isEqualTo(201);
    }

    @Test
    void anUnknownKindIs400ListingEveryKind() {
        Reply reply = admin.post("/_fake/faults", "{\"kind\": \"TEAPOT\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).isEqualTo(
                "request/body/kind must be equal to one of the allowed values: "
                        + Arrays.stream(Fault.Kind.values()).map(Enum::name).collect(Collectors.joining(", ")));
        assertThat(reply.json().get("errors").get(0).get("path").asText()).isEqualTo("/body/kind");
    }

    @Test
    void redeliverSendsTheWebhookOfTheSessionAgainAsANewDelivery() {
        String id = created();
        admin.post("/_fake/sessions/" + id + "/complete");

        Reply reply = admin.post("/_fake/webhooks/redeliver", "{\"payment_session_id\": \"" + id + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(XenditHttp.parse(
                "{\"event\": \"payment_session.completed\", \"payment_session_id\": \"" + id + "\"}"));
        assertThat(server.webhooks().await(3, WAIT)).filteredOn(w -> w.sessionId() != null)
                .extracting(WebhookAttempt::delivery, WebhookAttempt::sessionId)
                .containsExactly(tuple(2L, id), tuple(3L, id));
    }

    @Test
    void redeliverRefusesWhatTheHandleRefuses() {
        String active = created();

        Reply noWebhook = admin.post("/_fake/webhooks/redeliver", "{\"payment_session_id\": \"" + active + "\"}");
        Reply unknown = admin.post("/_fake/webhooks/redeliver",
                "{\"payment_session_id\": \"ps-000000000000000000000000\"}");
        Reply noId = admin.post("/_fake/webhooks/redeliver");

        assertThat(noWebhook.status()).isEqualTo(409);
        assertThat(noWebhook.json().get("error_code").asText()).isEqualTo("INVALID_SESSION_STATUS");
        assertThat(noWebhook.json().get("message").asText())
                .isEqualTo("Session " + active + " is ACTIVE: only COMPLETED and EXPIRED sessions have a webhook to send");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).isEqualTo("No session ps-000000000000000000000000 in this fake");
        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.json().get("message").asText())
                .isEqualTo("request/body must have required property 'payment_session_id'");
        assertThat(server.webhooks().attempts()).isEmpty();
    }

    @Test
    void heldWebhooksAreReleasedInTheOrderAsked() {
        String older = created();
        String newer = created();

        Reply hold = admin.post("/_fake/webhooks/hold");
        admin.post("/_fake/sessions/" + older + "/expire");
        admin.post("/_fake/sessions/" + newer + "/complete");
        JsonNode whileHeld = admin.get("/_fake/webhooks").json().get("webhooks");
        Reply released = admin.post("/_fake/webhooks/release", "{\"payment_session_ids\": [\"" + newer + "\"]}");

        assertThat(hold.status()).isEqualTo(200);
        assertThat(hold.json().get("holding").asBoolean()).isTrue();
        assertThat(whileHeld).isEmpty();
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().get("released").asInt()).isEqualTo(3);
        assertThat(server.webhooks().await(3, WAIT)).extracting(WebhookAttempt::event, WebhookAttempt::sessionId)
                .containsExactly(tuple(Webhooks.COMPLETED, newer), tuple(Webhooks.EXPIRED, older),
                        tuple(Webhooks.PAYMENT_CAPTURE, null));
    }

    @Test
    void releasingASessionWithNothingHeldIs400AndKeepsHolding() {
        String id = created();
        admin.post("/_fake/webhooks/hold");

        Reply reply = admin.post("/_fake/webhooks/release", "{\"payment_session_ids\": [\"" + id + "\"]}");
        admin.post("/_fake/sessions/" + id + "/complete");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).startsWith("No webhook of object " + id + " is held");
        assertThat(server.webhooks().attempts()).isEmpty();
        assertThat(admin.post("/_fake/webhooks/release").json().get("released").asInt()).isEqualTo(2);
        assertThat(server.webhooks().await(2, WAIT)).extracting(WebhookAttempt::event, WebhookAttempt::sessionId)
                .containsExactly(tuple(Webhooks.PAYMENT_CAPTURE, null), tuple(Webhooks.COMPLETED, id));
    }

    @Test
    void deactivatedChannelsAreRefusedUntilActivatedAgain() {
        Reply deactivated = admin.post("/_fake/channels/deactivate", "{\"channels\": [\"OVO\", \"DANA\"]}");
        Reply offered = admin.get("/_fake/channels/ID");
        List<String> offeredByTheHandle = server.activatedChannels("ID");
        Reply refused = xendit.createSession(SessionsApiTest.minimal("PAY", 10_000)
                .set("allowed_payment_channels", XenditHttp.parse("[\"OVO\"]")));
        Reply activated = admin.post("/_fake/channels/activate", "{\"channels\": [\"DANA\"]}");

        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().get("deactivated")).extracting(JsonNode::asText).containsExactly("DANA", "OVO");
        assertThat(offered.json().get("country").asText()).isEqualTo("ID");
        assertThat(offered.json().get("activated")).extracting(JsonNode::asText)
                .doesNotContain("OVO", "DANA").contains("CARDS")
                .containsExactlyElementsOf(offeredByTheHandle);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error_code").asText()).isEqualTo("INVALID_PAYMENT_CHANNEL");
        assertThat(activated.json().get("deactivated")).extracting(JsonNode::asText).containsExactly("OVO");
        assertThat(server.activatedChannels("ID")).contains("DANA").doesNotContain("OVO");
    }

    @Test
    void anUnknownChannelCodeIs400AndChangesNothing() {
        Reply unknown = admin.post("/_fake/channels/deactivate", "{\"channels\": [\"OVO\", \"NOPE\"]}");
        Reply empty = admin.post("/_fake/channels/deactivate", "{\"channels\": []}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("message").asText()).startsWith("Unknown channel code(s) NOPE; the catalog has CARDS");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("message").asText()).isEqualTo("request/body/channels must NOT have fewer than 1 items");
        assertThat(server.activatedChannels("ID")).contains("OVO");
    }

    @Test
    void aCustomerIsRegisteredForTheAccountOfTheKeyAndASessionMayNameIt() {
        XenditHttp account = new XenditHttp(server.baseUrl(), "xnd_development_customer_account");

        Reply registered = account.post("/_fake/customers", "{\"reference_id\": \"alice\"}");
        String customerId = registered.json().get("id").asText();
        Reply session = account.createSession(SessionsApiTest.minimal("SAVE", 0).put("customer_id", customerId));
        Reply otherAccount = xendit.createSession(SessionsApiTest.minimal("SAVE", 0).put("customer_id", customerId));
        Reply listed = admin.get("/_fake/customers");

        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(customerId).startsWith("cust-");
        assertThat(registered.json().get("reference_id").asText()).isEqualTo("alice");
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        assertThat(registered.json().get("business_id").asText()).isEqualTo(session.json().get("business_id").asText());
        assertThat(otherAccount.status()).isEqualTo(404);
        assertThat(listed.json().get("customers")).containsExactly(registered.json());
        assertThat(server.customers()).extracting(Customer::id, Customer::businessId)
                .containsExactly(tuple(customerId,
                        registered.json().get("business_id").asText()));
    }

    @Test
    void aCustomerTakesTheIdTheMerchantStoresAndRefusalsAreWorded() {
        String aliceId = "cust-b98d6f63-d240-44ec-9bd5-aa42954c4f48";

        Reply withId = xendit.post("/_fake/customers",
                "{\"reference_id\": \"alice\", \"customer_id\": \"" + aliceId + "\"}");
        Reply malformed = xendit.post("/_fake/customers", "{\"reference_id\": \"bob\", \"customer_id\": \"bob-1\"}");
        Reply takenElsewhere = new XenditHttp(server.baseUrl(), "xnd_development_other")
                .post("/_fake/customers", "{\"reference_id\": \"alice\"}");
        Reply noKey = admin.post("/_fake/customers", "{\"reference_id\": \"carol\"}");
        Reply noReference = xendit.post("/_fake/customers", "{}");

        assertThat(withId.json().get("id").asText()).isEqualTo(aliceId);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("message").asText()).startsWith("a customer id is cust- and a lowercase UUID");
        assertThat(takenElsewhere.status()).isEqualTo(400);
        assertThat(takenElsewhere.json().get("message").asText()).startsWith("Customer reference alice belongs to another business");
        assertThat(noKey.status()).isEqualTo(401);
        assertThat(noKey.json().get("error_code").asText()).isEqualTo("INVALID_API_KEY");
        assertThat(noKey.json().get("message").asText()).contains("send the account's secret key");
        assertThat(noReference.status()).isEqualTo(400);
        assertThat(noReference.json().get("message").asText())
                .isEqualTo("request/body must have required property 'reference_id'");
        assertThat(server.customers()).extracting(Customer::referenceId).containsExactly("alice");
    }

    @Test
    void webhooksGoWhereTheUrlEndpointSaysFromThenOn() {
        try (WebhookReceiver shop = WebhookReceiver.start()) {
            Reply both = admin.post("/_fake/webhooks/url", "{\"url\": \"" + shop.url() + "\"}");
            String paid = created();
            admin.post("/_fake/sessions/" + paid + "/complete", "");

            assertThat(both.status()).as(both.toString()).isEqualTo(200);
            assertThat(both.json().get("payment_session.completed").asText()).isEqualTo(shop.url());
            assertThat(both.json().get("payment_session.expired").asText()).isEqualTo(shop.url());
            assertThat(both.json().get("payment.capture").asText()).isEqualTo(shop.url());
            assertThat(both.json().get("payment_token.activation").asText()).isEqualTo(shop.url());
            assertThat(shop.take(WAIT).json().get("event").asText()).isEqualTo(Webhooks.PAYMENT_CAPTURE);
            assertThat(shop.take(WAIT).json().get("data").get("payment_session_id").asText()).isEqualTo(paid);

            Reply oneOff = admin.post("/_fake/webhooks/url", "{\"url\": null, \"event\": \"payment_session.expired\"}");
            String abandoned = created();
            admin.post("/_fake/sessions/" + abandoned + "/expire", "");

            assertThat(oneOff.json().get("payment_session.expired").isNull()).isTrue();
            assertThat(oneOff.json().get("payment_session.completed").asText()).isEqualTo(shop.url());
            assertThat(server.webhooks().await(3, WAIT).get(2).url()).as(server.webhooks().attempts().toString()).isNull();
            assertThat(shop.all()).hasSize(2);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}                                     | request/body must have required property 'url'",
            "{\"url\": \"ftp://shop.example/hooks\"} | A webhook URL must be an absolute http or https URL",
            "{\"url\": null, \"event\": \"invoice.paid\"} | Unknown webhook event 'invoice.paid': payment sessions send "
                    + "payment_session.completed and payment_session.expired; payments send payment.capture and ",
            "{\"url\": null, \"retries\": 3}       | request/body must NOT have additional properties"})
    void aWebhookUrlThatCannotBeUsedIsRefusedAndChangesNothing(String body, String message) {
        Reply reply = admin.post("/_fake/webhooks/url", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("API_VALIDATION_ERROR");
        assertThat(reply.json().get("message").asText()).startsWith(message);
    }

    /** The create page's one-time payment, with a customer of its own. */
    private static String order() {
        return XenditHttp.resource("requests/one-time-payment.json");
    }

    private String created() {
        return AdminApiTest.created(xendit, XenditHttp.resource("requests/one-time-payment.json")
                .replace("order_12345_PAY", "order-" + System.nanoTime()));
    }
}
