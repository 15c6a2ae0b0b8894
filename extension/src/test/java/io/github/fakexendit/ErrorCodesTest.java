package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code error_code} the create page lists for {@code POST /sessions} is produced by a request over
 * HTTP, with the page's status, and with its example message wherever the page gives one.
 */
@FakeXendit
class ErrorCodesTest {

    /** The create page's enum of error codes, in its order. */
    private static final List<String> CREATE_PAGE_ERROR_CODES = List.of("API_VALIDATION_ERROR", "INVALID_AMOUNT",
            "INVALID_PAYMENT_CHANNEL", "INVALID_PRIMARY_PAYMENT_CHANNEL", "INVALID_METADATA", "INVALID_ITEM_METADATA",
            "INVALID_CURRENCY", "INVALID_COUNTRY", "INVALID_CUSTOMER_ID", "INVALID_URL", "MISSING_CUSTOMER",
            "DISALLOWED_CAPTURE_METHOD", "INVALID_EXPIRY_DATE", "ITEMS_NOT_SUPPORTED", "SESSION_TYPE_NOT_SUPPORTED",
            "MODE_NOT_SUPPORTED", "INVALID_API_KEY", "DATA_NOT_FOUND", "DUPLICATE_ERROR");

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    ErrorCodesTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    /**
     * A request that gets {@code errorCode}; {@code example} is the create page's example message, or
     * {@code null} where the page gives none.
     */
    record Scenario(String errorCode, int status, String example, Function<ErrorCodesTest, Reply> request) {
        @Override
        public String toString() {
            return errorCode;
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                new Scenario("API_VALIDATION_ERROR", 400, "request/body must have required property 'session_type'",
                        t -> t.create(pay().without("session_type"))),
                new Scenario("INVALID_AMOUNT", 400, "Amount must be greater than zero",
                        t -> t.create(pay().put("amount", 0))),
                new Scenario("INVALID_PAYMENT_CHANNEL", 400,
                        "Channel(s) INVALID_CHANNEL are not available. Please ensure that you have activated the necessary channels",
                        t -> t.create(pay().channels("INVALID_CHANNEL"))),
                new Scenario("INVALID_PRIMARY_PAYMENT_CHANNEL", 400,
                        "Primary channel BPI_DIRECT_DEBIT is not included in the requested channels",
                        t -> t.create(pay().put("country", "PH").put("currency", "PHP").channels("GCASH")
                                .primaryChannels("BPI_DIRECT_DEBIT"))),
                new Scenario("INVALID_METADATA", 400, "Metadata value must have at most 80 characters",
                        t -> t.create(pay().metadata("x".repeat(81)))),
                new Scenario("INVALID_ITEM_METADATA", 400, "Metadata value must have at most 80 characters",
                        t -> t.create(pay().itemWithMetadata("x".repeat(81)))),
                new Scenario("INVALID_CURRENCY", 400, null,
                        t -> t.create(pay().put("currency", "PHP"))),
                new Scenario("INVALID_COUNTRY", 400, null, t -> {
                    t.server.deactivateChannels(t.server.activatedChannels("SG").toArray(String[]::new));
                    return t.create(pay().put("country", "SG").put("currency", "SGD"));
                }),
                new Scenario("INVALID_CUSTOMER_ID", 400, "Customer ID must start with \"cust-\"",
                        t -> t.create(pay().put("customer_id", "x".repeat(41)))),
                new Scenario("INVALID_URL", 400, "Please provide a valid HTTPS URL",
                        t -> t.create(pay().put("success_return_url", "http://shop.example/paid"))),
                new Scenario("MISSING_CUSTOMER", 400, "Customer object or customer_id is required",
                        t -> t.create(save())),
                new Scenario("DISALLOWED_CAPTURE_METHOD", 400, "Capture method is not supported for session type SAVE",
                        t -> t.create(save().customer("alice").put("capture_method", "AUTOMATIC"))),
                new Scenario("INVALID_EXPIRY_DATE", 400, "expires_at must be at least 10 minutes in the future",
                        t -> t.create(pay().put("expires_at", Instant.now().plusSeconds(60).toString()))),
                new Scenario("ITEMS_NOT_SUPPORTED", 400, "Items are allowed for session type PAY only",
                        t -> t.create(save().customer("alice").itemWithMetadata("a"))),
                new Scenario("SESSION_TYPE_NOT_SUPPORTED", 400, "session_type AUTHORIZATION is not supported for now",
                        t -> t.create(pay().put("session_type", "AUTHORIZATION"))),
                new Scenario("MODE_NOT_SUPPORTED", 400, "mode INVALID_MODE is not supported for now",
                        t -> t.create(pay().put("mode", "INVALID_MODE"))),
                new Scenario("INVALID_API_KEY", 401, "API key is not authorized for this API",
                        t -> new XenditHttp(t.server.baseUrl(), "xnd_public_development_key")
                                .createSession(pay().json)),
                new Scenario("DATA_NOT_FOUND", 404, "The customer ID provided in the request does not exist",
                        t -> t.create(pay().put("customer_id", "cust-b98d6f63-d240-44ec-9bd5-aa42954c4f48"))),
                new Scenario("DUPLICATE_ERROR", 409,
                        "customer: The reference_id entered has been used before. Please enter a unique reference_id",
                        t -> {
                            t.create(pay().customer("alice"));
                            return new XenditHttp(t.server.baseUrl(), "xnd_development_another_business")
                                    .createSession(pay().customer("alice").json);
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theCodeIsProducedWithTheCreatePagesStatusAndExample(Scenario scenario) {
        int before = server.sessions().size();

        Reply reply = scenario.request().apply(this);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(scenario.status());
        assertThat(reply.json().get("error_code").asText()).isEqualTo(scenario.errorCode());
        assertThat(reply.json().get("message").asText()).isNotBlank();
        if (scenario.example() != null) {
            assertThat(reply.json().get("message").asText()).isEqualTo(scenario.example());
        }
        assertThat(server.sessions()).hasSize(scenario.errorCode().equals("DUPLICATE_ERROR") ? before + 1 : before);
    }

    @Test
    void theScenariosCoverEveryCodeOfTheCreatePage() {
        assertThat(scenarios().map(Scenario::errorCode)).containsExactlyElementsOf(CREATE_PAGE_ERROR_CODES);
    }

    private Reply create(Body body) {
        return xendit.createSession(body.json);
    }

    private static Body pay() {
        return new Body(SessionsApiTest.minimal("PAY", 10000));
    }

    private static Body save() {
        return new Body(SessionsApiTest.minimal("SAVE", 0));
    }

    /** A request body being written, in the words of the scenarios. */
    private record Body(ObjectNode json) {
        Body put(String field, String value) {
            json.put(field, value);
            return this;
        }

        Body put(String field, int value) {
            json.put(field, value);
            return this;
        }

        Body without(String field) {
            json.remove(field);
            return this;
        }

        Body customer(String referenceId) {
            json.set("customer", SessionsApiTest.customer(referenceId));
            return this;
        }

        Body channels(String... codes) {
            ArrayNode allowed = json.putArray("allowed_payment_channels");
            List.of(codes).forEach(allowed::add);
            return this;
        }

        Body primaryChannels(String... codes) {
            ArrayNode primary = json.putObject("payment_link_configuration").putArray("primary_payment_channels");
            List.of(codes).forEach(primary::add);
            return this;
        }

        Body metadata(String value) {
            json.putObject("metadata").put("note", value);
            return this;
        }

        Body itemWithMetadata(String value) {
            ObjectNode item = json.putArray("items").addObject().put("reference_id", "i-1").put("type", "PHYSICAL_PRODUCT").put("name", "Shirt")
                    .put("net_unit_amount", 10000).put("quantity", 1).put("category", "CLOTHES");
            item.putObject("metadata").put("note", value);
            return this;
        }
    }
}
