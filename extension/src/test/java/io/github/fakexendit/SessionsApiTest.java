package io.github.fakexendit;

import static io.github.fakexendit.testing.XenditHttp.resource;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sessions endpoints over HTTP: create, get, cancel, and what a session looks like. */
@FakeXendit
class SessionsApiTest {

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    SessionsApiTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"one-time-payment.json", "pay-and-save.json", "save-payment-method.json"})
    void theCreatePageExamplesAreCreatedWithTheFieldsXenditSends(String example) {
        String request = resource("requests/" + example);
        Instant before = Instant.now().minusSeconds(1);

        Reply reply = xendit.createSession(request);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode session = reply.json();
        JsonNode sent = XenditHttp.parse(request);
        List<String> fields = new ArrayList<>();
        session.fieldNames().forEachRemaining(fields::add);
        List<String> schemaFields = new ArrayList<>();
        XenditHttp.parse(resource("create-response-example.json")).fieldNames()
                .forEachRemaining(schemaFields::add);
        schemaFields.addAll(List.of("allow_save_payment_method", "capture_method", "payment_id"));
        assertThat(schemaFields).containsAll(fields);
        assertThat(fields).startsWith("payment_session_id", "created", "updated", "status", "reference_id",
                "currency", "amount", "country");
        assertThat(reply.body()).doesNotContain("null");

        assertThat(session.get("payment_session_id").asText()).matches("ps-[0-9a-f]{24}");
        assertThat(session.get("business_id").asText()).matches("[0-9a-f]{24}");
        assertThat(session.get("customer_id").asText())
                .matches("cust-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        Instant created = Instant.parse(session.get("created").asText());
        assertThat(session.get("created").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(created).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(session.get("updated").asText()).isEqualTo(session.get("created").asText());
        assertThat(Instant.parse(session.get("expires_at").asText())).isEqualTo(created.plus(Duration.ofMinutes(30)));
        assertThat(session.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(session.get("locale").asText()).isEqualTo("en");
        assertThat(session.get("payment_link_url").asText())
                .isEqualTo(server.baseUrl() + "/checkout/" + session.get("payment_session_id").asText());
        for (String echoed : List.of("reference_id", "session_type", "currency", "amount", "country", "mode",
                "description", "success_return_url", "cancel_return_url", "items", "metadata",
                "allowed_payment_channels", "channel_properties", "allow_save_payment_method")) {
            assertThat(session.get(echoed)).as(echoed).isEqualTo(sent.get(echoed));
        }
        assertThat(fields).doesNotContain("payment_token_id", "payment_id", "payment_request_id");
    }

    @Test
    void optionalFieldsNotSentAreLeftOutAndOnlyXenditsDefaultsAreAdded() {
        JsonNode pay = xendit.createSession(minimal("PAY", 10000)).json();
        JsonNode save = xendit.createSession(minimal("SAVE", 0)
                .set("customer", customer("cust-ref-1"))).json();

        assertThatJson(pay).isObject().containsEntry("capture_method", "AUTOMATIC").containsEntry("locale", "en")
                .doesNotContainKey("allow_save_payment_method").doesNotContainKey("customer_id")
                .doesNotContainKey("items").doesNotContainKey("metadata").doesNotContainKey("description")
                .doesNotContainKey("success_return_url").doesNotContainKey("cancel_return_url")
                .doesNotContainKey("allowed_payment_channels").doesNotContainKey("channel_properties")
                .doesNotContainKey("payment_token_id").doesNotContainKey("payment_id")
                .doesNotContainKey("payment_request_id").doesNotContainKey("components_sdk_key");
        assertThatJson(save).isObject().doesNotContainKey("allow_save_payment_method")
                .doesNotContainKey("capture_method").containsKey("customer_id");
    }

    @Test
    void fieldsSentAsNullAreLeftOutLikeFieldsNotSent() {
        ObjectNode request = minimal("PAY", 10000);
        request.putNull("items");
        request.putNull("metadata");

        Reply reply = xendit.createSession(request);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThatJson(reply.json()).isObject().doesNotContainKey("items").doesNotContainKey("metadata");
    }

    @Test
    void theAmountIsEchoedExactlyAsSent() {
        String body = minimal("PAY", 0).toString().replace("\"amount\":0", "\"amount\":10000.50")
                .replace("IDR", "PHP").replace("\"ID\"", "\"PH\"");

        Reply reply = xendit.createSession(body);

        assertThat(reply.body()).contains("\"amount\":10000.50");
        assertThat(xendit.getSession(reply.json().get("payment_session_id").asText()).body())
                .contains("\"amount\":10000.50");
    }

    @Test
    void anAmountWithDigitsADoubleCannotHoldIsKeptAndEchoedAsValidated() {
        String body = minimal("PAY", 0).toString().replace("\"amount\":0", "\"amount\":10000.00000000000001")
                .replace("IDR", "PHP").replace("\"ID\"", "\"PH\"");

        Reply reply = xendit.createSession(body);
        String id = reply.json().get("payment_session_id").asText();

        assertThat(reply.body()).contains("\"amount\":10000,");
        assertThat(xendit.getSession(id).body()).contains("\"amount\":10000,");
        assertThat(server.requests().get(0).body()).as("the journal keeps the body as sent")
                .contains("10000.00000000000001");
    }

    @Test
    void componentsModeGetsAnSdkKeyAndNoPaymentLink() {
        ObjectNode request = minimal("PAY", 10000).put("mode", "COMPONENTS");
        request.putObject("components_configuration").putArray("origins").add("https://shop.example");

        JsonNode session = xendit.createSession(request).json();

        assertThatJson(session).isObject().doesNotContainKey("payment_link_url");
        assertThat(session.get("components_sdk_key").asText()).startsWith("session-");
        assertThatJson(session).node("components_configuration.origins").isArray().containsExactly("https://shop.example");
    }

    @Test
    void aCustomerIdOfTheBusinessIsAcceptedAndAnUnknownOneIsNotFound() {
        String known = xendit.createSession(minimal("PAY", 100).set("customer", customer("carol"))).json()
                .get("customer_id").asText();

        Reply reused = xendit.createSession(minimal("PAY", 100).put("customer_id", known));
        Reply unknown = xendit.createSession(minimal("PAY", 100)
                .put("customer_id", "cust-00000000-0000-4000-8000-000000000000"));

        assertThat(reused.status()).isEqualTo(201);
        assertThat(reused.json().get("customer_id").asText()).isEqualTo(known);
        assertThat(unknown.status()).isEqualTo(404);
        assertThatJson(unknown.body()).isEqualTo("""
                {"error_code":"DATA_NOT_FOUND","message":"The customer ID provided in the request does not exist"}""");
    }

    @Test
    void aCustomerReferenceOfAnotherBusinessIsADuplicate() {
        xendit.createSession(minimal("PAY", 100).set("customer", customer("dave")));

        Reply other = new XenditHttp(server.baseUrl(), "xnd_development_another_business")
                .createSession(minimal("PAY", 100).set("customer", customer("dave")));

        assertThat(other.status()).isEqualTo(409);
        assertThatJson(other.body()).isEqualTo("""
                {"error_code":"DUPLICATE_ERROR",
                 "message":"customer: The reference_id entered has been used before. Please enter a unique reference_id"}""");
    }

    @Test
    void getReturnsExactlyWhatCreateReturned() {
        JsonNode created = xendit.createSession(resource("requests/one-time-payment.json")).json();

        Reply got = xendit.getSession(created.get("payment_session_id").asText());

        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json()).isEqualTo(created);
    }

    @Test
    void theJournalShowsEachAnswerAsItWasSentAfterTheSessionMovedOn() {
        Reply created = xendit.createSession(resource("requests/one-time-payment.json"));
        String id = created.json().get("payment_session_id").asText();
        Reply got = xendit.getSession(id);
        server.session(id).complete();
        Reply gotAgain = xendit.getSession(id);

        assertThat(server.requests()).extracting(RecordedRequest::responseBody)
                .containsExactly(created.body(), got.body(), gotAgain.body());
        assertThat(gotAgain.body()).isNotEqualTo(got.body());
    }

    @Test
    void getShowsTheCurrentStatus() {
        String id = createdId();
        server.session(id).complete();

        JsonNode session = xendit.getSession(id).json();

        assertThat(session.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(session.get("payment_request_id").asText()).matches("pr-[0-9a-f-]{36}");
        assertThat(session.get("payment_id").asText()).matches("py-[0-9a-f-]{36}");
        assertThat(Instant.parse(session.get("updated").asText()))
                .isAfter(Instant.parse(session.get("created").asText()));
    }

    @Test
    void anUnknownSessionIsNotFound() {
        Reply reply = xendit.getSession("ps-000000000000000000000000");

        assertThat(reply.status()).isEqualTo(404);
        assertThatJson(reply.body()).isEqualTo("{\"error_code\":\"NOT_FOUND\",\"message\":\"Session not found\"}");
    }

    @Test
    void cancelMakesTheSessionCanceled() {
        String id = createdId();

        Reply reply = xendit.cancelSession(id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("CANCELED");
        assertThat(server.session(id).status()).isEqualTo(SessionStatus.CANCELED);
        assertThat(xendit.getSession(id).json().get("status").asText()).isEqualTo("CANCELED");
    }

    @Test
    void cancellingASessionThatIsNotActiveIsRefusedWith422() {
        String id = createdId();
        server.session(id).complete();

        Reply reply = xendit.cancelSession(id);

        assertThat(reply.status()).isEqualTo(422);
        assertThatJson(reply.body()).isEqualTo("""
                {"error_code":"INVALID_SESSION_STATUS","message":"Session status is COMPLETED, expecting ACTIVE"}""");
        assertThat(server.session(id).status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void cancellingAnUnknownSessionIsNotFound() {
        Reply reply = xendit.cancelSession("ps-000000000000000000000000");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theCheckoutPageIsServedAtThePaymentLink() {
        JsonNode session = xendit.createSession(resource("requests/one-time-payment.json")).json();

        Reply page = XenditHttp.send(HttpRequest.newBuilder(
                URI.create(session.get("payment_link_url").asText())).GET().build());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Sample one-time payment using Payment Session", "PHP 10,000.00");
    }

    @Nested
    class BusinessesAreIsolated {

        @Test
        void anotherKeyDoesNotSeeTheSession() {
            String id = createdId();
            XenditHttp otherKey = new XenditHttp(server.baseUrl(), "xnd_development_someone_else");

            assertThat(otherKey.getSession(id).status()).isEqualTo(404);
            assertThat(otherKey.cancelSession(id).status()).isEqualTo(404);
            assertThat(xendit.getSession(id).status()).isEqualTo(200);
        }

        @Test
        void aSubAccountSeesOnlyItsOwnSessions() {
            String subAccount = "5f27a14a9bf05c73dd040bc8";
            JsonNode created = send(xendit.request("/sessions").header("for-user-id", subAccount)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(minimal("PAY", 100).toString()))
                    ).json();
            String id = created.get("payment_session_id").asText();

            Reply asSubAccount = send(xendit.request("/sessions/" + id).header("for-user-id", subAccount).GET());
            Reply asMaster = xendit.getSession(id);
            Reply asOtherSub = send(xendit.request("/sessions/" + id)
                    .header("for-user-id", "5f27a14a9bf05c73dd040bc9").GET());

            assertThat(created.get("business_id").asText()).isEqualTo(subAccount);
            assertThat(asSubAccount.status()).isEqualTo(200);
            assertThat(asMaster.status()).isEqualTo(404);
            assertThat(asOtherSub.status()).isEqualTo(404);
        }

        @Test
        void eachKeyIsItsOwnBusinessWithAStableBusinessId() {
            String one = xendit.createSession(minimal("PAY", 1)).json().get("business_id").asText();
            String again = xendit.createSession(minimal("PAY", 1)).json().get("business_id").asText();
            String other = new XenditHttp(server.baseUrl(), "xnd_development_other")
                    .createSession(minimal("PAY", 1)).json().get("business_id").asText();

            assertThat(again).isEqualTo(one);
            assertThat(other).isNotEqualTo(one).matches("[0-9a-f]{24}");
        }

        private Reply send(HttpRequest.Builder request) {
            return XenditHttp.send(request.build());
        }
    }

    private String createdId() {
        Reply reply = xendit.createSession(resource("requests/one-time-payment.json"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("payment_session_id").asText();
    }

    static ObjectNode minimal(String sessionType, int amount) {
        return XenditHttp.MAPPER.createObjectNode()
                .put("reference_id", "order-" + System.nanoTime())
                .put("session_type", sessionType)
                .put("currency", "IDR")
                .put("amount", amount)
                .put("mode", "PAYMENT_LINK")
                .put("country", "ID");
    }

    static ObjectNode customer(String referenceId) {
        ObjectNode customer = XenditHttp.MAPPER.createObjectNode()
                .put("type", "INDIVIDUAL")
                .put("reference_id", referenceId);
        customer.putObject("individual_detail").put("given_names", "Lorem");
        return customer;
    }
}
