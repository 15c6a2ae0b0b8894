package io.github.fakexendit.assertj;

import static io.github.fakexendit.assertj.FakeXenditAssertions.assertThat;
import static io.github.fakexendit.testing.XenditHttp.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.Fault;
import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.RecordedRequest;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import java.net.http.HttpRequest;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each assertion passes on what happened, and fails with a message that says what and shows the evidence. */
@FakeXendit
class FakeXenditAssertionsTest {

    private static final String UNKNOWN = "ps-000000000000000000000000";
    private static final String SUB_ACCOUNT = "5f9a3c1e8b7d6a4c2e1f0a9b";

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    FakeXenditAssertionsTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    // what arrived

    @Test
    void hasReceivedRequestsCountsEveryRequestAndListsThemWhenTheCountIsWrong() {
        xendit.getSession(UNKNOWN);
        xendit.createSession(order());

        assertThat(server).hasReceivedRequests(2);
        assertFails(() -> assertThat(server).hasReceivedRequests(3))
                .hasMessageStartingWith("Expected 3 requests but found 2.\n\n2 requests were received:\n\n"
                        + "1. GET /sessions/" + UNKNOWN + " -> 404 NOT_FOUND: Session not found\n   ")
                .hasMessageContaining("\n\n2. POST /sessions -> 201\n")
                .hasMessageContaining("   {\n     \"reference_id\" : \"order_12345_PAY\",");
    }

    @Test
    void aLongListingShowsTheFirstTenRequests() {
        for (int i = 0; i < 12; i++) {
            xendit.getSession("ps-" + i);
        }

        assertFails(() -> assertThat(server).hasReceivedRequests(1))
                .hasMessageContaining("\n\n10. GET /sessions/ps-9 -> 404")
                .hasMessageNotContaining("11. GET")
                .hasMessageEndingWith("\n\n(and 2 more)");
    }

    @Test
    void hasReceivedNoRequestsFailsShowingTheRequest() {
        assertThat(server).hasReceivedNoRequests();

        xendit.getSession(UNKNOWN);

        assertFails(() -> assertThat(server).hasReceivedNoRequests())
                .hasMessageStartingWith("Expected no requests but found 1.\n\n1 request was received:\n\n1. GET /sessions/");
    }

    @Test
    void hasReceivedRequestsWithAMethodAndPathGoesOnToThoseRequests() {
        xendit.getSession(UNKNOWN);
        xendit.getSession("ps-111111111111111111111111");
        xendit.createSession(order());

        assertThat(server).hasReceivedRequests(2, "GET", "/sessions/*")
                .extracting(RecordedRequest::path).containsExactly("/sessions/" + UNKNOWN, "/sessions/ps-111111111111111111111111");
        assertThat(server).hasReceivedRequests(2, "GET", "/sessions/*").last().hasPath("/sessions/ps-111111111111111111111111");
        assertFails(() -> assertThat(server).hasReceivedRequests(1, "POST", "/sessions/*/cancel"))
                .hasMessageStartingWith("Expected 1 request matching POST /sessions/*/cancel but found 0.\n\n"
                        + "3 requests were received:\n\n1. GET /sessions/" + UNKNOWN);
    }

    @Test
    void hasReceivedRequestWantsExactlyOne() {
        xendit.getSession(UNKNOWN);
        xendit.getSession(UNKNOWN);
        xendit.createSession(order());

        assertThat(server).hasReceivedRequest("POST", "/sessions").hasStatus(201);
        assertFails(() -> assertThat(server).hasReceivedRequest("GET", "/sessions/*"))
                .hasMessageStartingWith("Expected 1 request matching GET /sessions/* but found 2.\n\n3 requests were received:");
    }

    // what was created

    @Test
    void hasCreatedSessionsCountsCreatesAnswered201() {
        xendit.createSession(order());
        xendit.createSession("{}");

        assertThat(server).hasCreatedSessions(1).first().hasReferenceId("order_12345_PAY");
        assertFails(() -> assertThat(server).hasCreatedSessions(2))
                .hasMessageStartingWith("Expected 2 created sessions but found 1.\n\n2 requests were received:\n\n"
                        + "1. POST /sessions -> 201\n")
                .hasMessageContaining("2. POST /sessions -> 400 API_VALIDATION_ERROR: "
                        + "request/body must have required property 'reference_id'");
    }

    @Test
    void withReferenceIdGoesOnToThatSession() {
        xendit.createSession(order());
        ObjectNode second = order().put("reference_id", "order-2").put("amount", 20000);
        ((ObjectNode) second.get("customer")).put("reference_id", "cust_Lorem_Ipsum-2");
        xendit.createSession(second);

        assertThat(server).hasCreatedSessions(2).withReferenceId("order-2").hasAmount(20000);
        assertFails(() -> assertThat(server).hasCreatedSessions(2).withReferenceId("order-3"))
                .hasMessageStartingWith("Expected 1 created session with reference_id \"order-3\" but found 0.\n\n"
                        + "1. POST /sessions -> 201\n")
                .hasMessageContaining("\"reference_id\" : \"order-2\"");
    }

    static Stream<Arguments> createdSessionAssertions() {
        return Stream.of(
                created("hasReferenceId", a -> a.hasReferenceId("order_12345_PAY"), a -> a.hasReferenceId("order-9"),
                        "Expected reference_id of %s to be \"order-9\" but it was \"order_12345_PAY\"."),
                created("hasAmount", a -> a.hasAmount(10000.00), a -> a.hasAmount(20000),
                        "Expected amount of %s to be 20000 but it was 10000."),
                created("hasCurrency", a -> a.hasCurrency("PHP"), a -> a.hasCurrency("USD"),
                        "Expected currency of %s to be \"USD\" but it was \"PHP\"."),
                created("hasCountry", a -> a.hasCountry("PH"), a -> a.hasCountry("ID"),
                        "Expected country of %s to be \"ID\" but it was \"PH\"."),
                created("hasSessionType", a -> a.hasSessionType("PAY"), a -> a.hasSessionType("SAVE"),
                        "Expected session_type of %s to be \"SAVE\" but it was \"PAY\"."),
                created("hasMode", a -> a.hasMode("PAYMENT_LINK"), a -> a.hasMode("COMPONENTS"),
                        "Expected mode of %s to be \"COMPONENTS\" but it was \"PAYMENT_LINK\"."),
                created("hasDescription", a -> a.hasDescription("Sample one-time payment using Payment Session"),
                        a -> a.hasDescription("Order 1"), "Expected description of %s to be \"Order 1\" but it was "
                                + "\"Sample one-time payment using Payment Session\"."),
                created("hasCustomerEmail", a -> a.hasCustomerEmail("test@yourdomain.com"),
                        a -> a.hasCustomerEmail("ayu@example.com"),
                        "Expected customer.email of %s to be \"ayu@example.com\" but it was \"test@yourdomain.com\"."),
                created("hasCustomerReferenceId", a -> a.hasCustomerReferenceId("cust_Lorem_Ipsum"),
                        a -> a.hasCustomerReferenceId("customer-42"),
                        "Expected customer.reference_id of %s to be \"customer-42\" but it was \"cust_Lorem_Ipsum\"."),
                created("hasMetadata", a -> a.hasMetadata("order_channel", "web"), a -> a.hasMetadata("campaign", "x"),
                        "Expected metadata.campaign of %s to be \"x\" but it was absent."),
                created("hasItemCount", a -> a.hasItemCount(2), a -> a.hasItemCount(3),
                        "Expected the number of items of %s to be 3 but it was 2."),
                created("hasItem", a -> a.hasItem("item_002", 1, 5000), a -> a.hasItem("item_002", 2, 5000),
                        "Expected an item with reference_id \"item_002\", quantity 2 and net_unit_amount 5000."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("createdSessionAssertions")
    void createdSessionAssertion(String name, Consumer<CreatedSessionAssert> passing,
                                 Consumer<CreatedSessionAssert> failing, String expected) {
        xendit.createSession(order());
        String subject = "the request that created session " + server.sessions().get(0).id();

        passing.accept(assertThat(server).hasCreatedSessions(1).first());
        assertFails(() -> failing.accept(assertThat(server).hasCreatedSessions(1).first()))
                .hasMessageStartingWith(expected.formatted(subject) + "\n\nT" + subject.substring(1) + ":\n"
                        + "POST /sessions -> 201\n")
                .hasMessageContaining("\"order_channel\" : \"web\"");
    }

    @Test
    void hasSessionStatusReadsTheSessionNowAndShowsIt() {
        xendit.createSession(order());
        String id = server.sessions().get(0).id();
        server.session(id).complete();

        assertThat(server).hasCreatedSessions(1).first().hasSessionStatus(SessionStatus.COMPLETED);
        assertFails(() -> assertThat(server).hasCreatedSessions(1).first().hasSessionStatus(SessionStatus.ACTIVE))
                .hasMessageStartingWith("Expected the status of session " + id + " to be ACTIVE but it was COMPLETED.\n\n"
                        + "Session " + id + ":\n{\n  \"payment_session_id\" : \"" + id + "\"");
    }

    // what was rejected and why

    @Test
    void hasRejectedRequestGoesOnToTheRejectionToSayWhy() {
        xendit.createSession(order());
        xendit.createSession(order().put("amount", -1));

        assertThat(server).hasRejectedRequest().hasStatus(400).hasErrorCode("API_VALIDATION_ERROR")
                .hasErrorMessage("request/body/amount must be >= 0");
        assertThat(server).hasRejectedRequests(1).extracting(RecordedRequest::errorCode)
                .containsExactly("API_VALIDATION_ERROR");
        assertFails(() -> assertThat(server).hasRejectedRequests(2))
                .hasMessageStartingWith("Expected 2 rejected requests but found 1.\n\n2 requests were received:");
    }

    @Test
    void hasRejectedNoRequestsShowsEachRejectionWithXenditsError() {
        xendit.createSession(order());
        server.inject(Fault.serverError());
        xendit.createSession(order());
        assertThat(server).as("a scripted fault is not a rejection").hasRejectedNoRequests();

        xendit.createSession(order().put("currency", "EUR"));

        assertFails(() -> assertThat(server).hasRejectedNoRequests())
                .hasMessageStartingWith("Expected no rejected requests but found 1.\n\n1. POST /sessions -> 400 "
                        + "API_VALIDATION_ERROR: request/body/currency must be equal to one of the allowed values: "
                        + "IDR, PHP, VND, THB, SGD, MYR, USD\n")
                .hasMessageContaining("\"currency\" : \"EUR\"");
    }

    // one request

    static Stream<Arguments> requestAssertions() {
        return Stream.of(
                request("hasMethod", a -> a.hasMethod("GET"), a -> a.hasMethod("POST"),
                        "Expected the method of the request to be \"POST\" but it was \"GET\"."),
                request("hasPath", a -> a.hasPath("/sessions/" + UNKNOWN), a -> a.hasPath("/sessions"),
                        "Expected the path of the request to be \"/sessions\" but it was \"/sessions/" + UNKNOWN + "\"."),
                request("hasHeader", a -> a.hasHeader("X-Request-Id", "r-1"), a -> a.hasHeader("x-request-id", "r-2"),
                        "Expected header x-request-id of the request to be \"r-2\" but it was \"r-1\"."),
                request("doesNotHaveHeader", a -> a.doesNotHaveHeader("with-split-rule"),
                        a -> a.doesNotHaveHeader("for-user-id"),
                        "Expected header for-user-id of the request to be absent but it was \"" + SUB_ACCOUNT + "\"."),
                request("hasForUserId", a -> a.hasForUserId(SUB_ACCOUNT), a -> a.hasForUserId("other"),
                        "Expected header for-user-id of the request to be \"other\" but it was \"" + SUB_ACCOUNT + "\"."),
                request("hasApiKey", a -> a.hasApiKey("xnd_development_merchant"),
                        a -> a.hasApiKey("xnd_development_another"), "Expected the API key of the request to be "
                                + "\"xnd_development_anot****\" but it was \"xnd_development_merc****\"."),
                request("hasApiKey, keys alike in what is shown", a -> a.hasApiKey("xnd_development_merchant"),
                        a -> a.hasApiKey("xnd_development_merchant2"), "Expected the API key of the request to be "
                                + "\"xnd_development_merc**** (they differ past the characters shown)\" but it was "
                                + "\"xnd_development_merc****\"."),
                request("hasStatus", a -> a.hasStatus(404), a -> a.hasStatus(200),
                        "Expected the status of the request to be 200 but it was 404."),
                request("hasErrorCode", a -> a.hasErrorCode("NOT_FOUND"), a -> a.hasErrorCode("INVALID_API_KEY"),
                        "Expected the error_code of the request to be \"INVALID_API_KEY\" but it was \"NOT_FOUND\"."),
                request("hasErrorMessage", a -> a.hasErrorMessage("Session not found"), a -> a.hasErrorMessage("Gone"),
                        "Expected the error message of the request to be \"Gone\" but it was \"Session not found\"."),
                request("hasFault", a -> a.hasFault(Fault.Kind.DELAY), a -> a.hasFault(Fault.Kind.SERVER_ERROR),
                        "Expected the scripted fault of the request to be SERVER_ERROR but it was DELAY."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestAssertions")
    void requestAssertion(String name, Consumer<RecordedRequestAssert> passing, Consumer<RecordedRequestAssert> failing,
                          String expected) {
        server.inject(Fault.delay(java.time.Duration.ZERO));
        XenditHttp.send(new XenditHttp(server.baseUrl(), "xnd_development_merchant").request("/sessions/" + UNKNOWN)
                .header("for-user-id", SUB_ACCOUNT).header("X-Request-Id", "r-1").GET().build());

        passing.accept(assertThat(server).hasReceivedRequest("GET", "/sessions/*"));
        assertFails(() -> failing.accept(assertThat(server).hasReceivedRequest("GET", "/sessions/*")))
                .hasMessageStartingWith(expected + "\n\nThe request:\nGET /sessions/" + UNKNOWN
                        + " -> 404 NOT_FOUND: Session not found [scripted fault: DELAY]\n")
                .hasMessageContaining("Authorization: Basic [xnd_development_merc****]")
                .hasMessageNotContaining("xnd_development_merchant");
    }

    @Test
    void assertThatARecordedRequestWorksOnItsOwn() {
        xendit.getSession(UNKNOWN);

        assertThat(server.requests().get(0)).hasMethod("GET").hasStatus(404);
        assertFails(() -> assertThat(server.requests().get(0)).hasStatus(200))
                .hasMessageStartingWith("Expected the status of the request to be 200 but it was 404.");
    }

    // the body as JSON

    @Test
    void hasBodyMatchingIgnoresFieldsLeftOutAndArrayOrderAndTakesPlaceholders() {
        xendit.createSession(order());

        assertThat(server).hasCreatedSessions(1).first().hasBodyMatching("""
                {"reference_id": "${json-unit.any-string}", "amount": 10000,
                 "customer": {"email": "test@yourdomain.com"},
                 "items": [{"reference_id": "item_002"}, {"reference_id": "item_001"}]}""");
        assertFails(() -> assertThat(server).hasCreatedSessions(1).first().hasBodyMatching("""
                {"amount": 20000, "items": [{"reference_id": "item_003"}, {"reference_id": "item_001"}]}"""))
                .hasMessageStartingWith("Expected the body of the request that created session "
                        + server.sessions().get(0).id() + " to match the expected JSON. JSON documents are different:")
                .hasMessageContaining("Different value found in node \"amount\", expected: <20000> but was: <10000>.")
                .hasMessageContaining("\n\nThe request that created session " + server.sessions().get(0).id()
                        + ":\nPOST /sessions -> 201\n");
    }

    @Test
    void hasBodyEqualToComparesEveryField() {
        String body = "{\"reference_id\": \"order-1\", \"session_type\": \"PAY\", \"mode\": \"PAYMENT_LINK\", "
                + "\"amount\": 10000, \"currency\": \"IDR\", \"country\": \"ID\"}";
        xendit.createSession(body);

        assertThat(server).hasCreatedSessions(1).first().hasBodyEqualTo(body.replace("order-1", "${json-unit.any-string}"));
        assertFails(() -> assertThat(server).hasCreatedSessions(1).first().hasBodyEqualTo("{\"reference_id\": \"order-1\"}"))
                .hasMessageContaining("JSON documents are different:")
                .hasMessageContaining("Different keys found in node \"\"");
    }

    @Test
    void bodyJsonHandsOverToJsonUnitDescribingTheRequest() {
        xendit.createSession(order());

        assertThat(server).hasCreatedSessions(1).first().bodyJson().inPath("$.items[0].quantity").isEqualTo(1);
        assertFails(() -> assertThat(server).hasCreatedSessions(1).first().bodyJson().isArray())
                .hasMessageStartingWith("the body of the request that created session " + server.sessions().get(0).id()
                        + " has invalid type, expected: <array> but was: <{");
    }

    @Test
    void aBodyThatIsNotJsonFailsSayingSo() {
        XenditHttp.send(xendit.request("/sessions").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("amount=10000")).build());

        assertFails(() -> assertThat(server).hasRejectedRequest().hasBodyMatching("{}"))
                .hasMessageStartingWith("Expected a JSON body.\n\nThe request:\nPOST /sessions -> 400 API_VALIDATION_ERROR")
                .hasMessageContaining("\n\namount=10000");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertFails(ThrowingCallable assertion) {
        return assertThatThrownBy(assertion).isInstanceOf(AssertionError.class);
    }

    /** The create page's one-time payment, with metadata. */
    private static ObjectNode order() {
        ObjectNode order = (ObjectNode) XenditHttp.parse(resource("requests/one-time-payment.json"));
        order.putObject("metadata").put("order_channel", "web");
        ((ObjectNode) order.get("customer")).put("reference_id", "cust_Lorem_Ipsum");
        return order;
    }

    private static Arguments created(String name, Consumer<CreatedSessionAssert> passing,
                                     Consumer<CreatedSessionAssert> failing, String expected) {
        return arguments(name, passing, failing, expected);
    }

    private static Arguments request(String name, Consumer<RecordedRequestAssert> passing,
                                     Consumer<RecordedRequestAssert> failing, String expected) {
        return arguments(name, passing, failing, expected);
    }
}
