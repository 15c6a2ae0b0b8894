package io.github.fakexendit;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Validation of {@code POST /sessions} as the merchant sees it: the error bodies of the create page. */
@FakeXendit
class CreateValidationTest {

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    CreateValidationTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    @Test
    void aMissingRequiredFieldIsTheCreatePagesExampleToTheCharacter() {
        ObjectNode body = SessionsApiTest.minimal("PAY", 10000);
        body.remove("session_type");

        Reply reply = xendit.createSession(body);

        assertThat(reply.status()).isEqualTo(400);
        assertThatJson(reply.body()).isEqualTo("""
                {
                  "error_code": "API_VALIDATION_ERROR",
                  "message": "request/body must have required property 'session_type'",
                  "errors": [
                    {
                      "message": "must have required property 'session_type'",
                      "path": "/body/session_type"
                    }
                  ]
                }""");
        assertThat(server.sessions()).isEmpty();
    }

    @Test
    void everySchemaViolationIsListed() {
        ObjectNode body = SessionsApiTest.minimal("PAY", 10000);
        body.remove("session_type");
        body.put("reference_id", "").put("amount", "lots");

        Reply reply = xendit.createSession(body);

        assertThat(reply.json().get("message").asText())
                .isEqualTo("request/body must have required property 'session_type'");
        assertThatJson(reply.body()).node("errors").isArray().hasSize(3);
        assertThatJson(reply.body()).node("errors[2]").isEqualTo("""
                {"message": "must be number", "path": "/body/amount"}""");
    }

    @Test
    void anUnsupportedSessionTypeIsTheCreatePagesExample() {
        Reply reply = xendit.createSession(SessionsApiTest.minimal("AUTHORIZATION", 10000));

        assertThat(reply.status()).isEqualTo(400);
        assertThatJson(reply.body()).isEqualTo("""
                {"error_code":"SESSION_TYPE_NOT_SUPPORTED","message":"session_type AUTHORIZATION is not supported for now"}""");
    }

    @Test
    void anUnsupportedModeIsTheCreatePagesExample() {
        Reply reply = xendit.createSession(SessionsApiTest.minimal("PAY", 10000).put("mode", "INVALID_MODE"));

        assertThat(reply.status()).isEqualTo(400);
        assertThatJson(reply.body()).isEqualTo("""
                {"error_code":"MODE_NOT_SUPPORTED","message":"mode INVALID_MODE is not supported for now"}""");
    }

    @Test
    void internalMetadataIsRejectedWithEveryOtherViolation() {
        ObjectNode body = SessionsApiTest.minimal("PAY", 10000);
        body.putObject("internal_metadata").put("risk", "low");
        body.putObject("channel_properties").putObject("cards").put("card_on_file_type", "RECURRING");

        Reply reply = xendit.createSession(body);

        assertThat(reply.status()).isEqualTo(400);
        assertThatJson(reply.body()).isEqualTo("""
                {
                  "error_code": "API_VALIDATION_ERROR",
                  "message": "request/body/channel_properties/cards must have required property 'recurring_configuration'",
                  "errors": [
                    {"message": "must have required property 'recurring_configuration'",
                     "path": "/body/channel_properties/cards/recurring_configuration"},
                    {"message": "must match \\"then\\" schema", "path": "/body/channel_properties/cards"},
                    {"message": "must NOT be valid", "path": "/body/internal_metadata"}
                  ]
                }""");
    }

    @Test
    void aSubscriptionSessionIsCreatedWithItsSchedule() {
        ObjectNode body = SessionsApiTest.minimal("SUBSCRIPTION", 50000)
                .set("customer", SessionsApiTest.customer("ana"));
        body.putObject("subscription").putObject("schedule").put("interval", "MONTH").put("interval_count", 1)
                .put("anchor_date", "2030-01-01T00:00:00Z").put("total_recurrence", 12);

        Reply reply = xendit.createSession(body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThatJson(reply.body()).node("subscription").isEqualTo(body.get("subscription"));
        assertThatJson(reply.body()).isObject().containsEntry("session_type", "SUBSCRIPTION")
                .doesNotContainKey("capture_method").doesNotContainKey("allow_save_payment_method");
        assertThat(reply.json().get("recurring_plan_id").asText())
                .matches("repl_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void aCardsSessionJsSessionIsCreatedWithItsReturnUrls() {
        ObjectNode body = SessionsApiTest.minimal("PAY", 10000).put("mode", "CARDS_SESSION_JS")
                .set("customer", SessionsApiTest.customer("ana"));
        body.putObject("cards_session_js").put("success_return_url", "https://shop.example/ok")
                .put("failure_return_url", "https://shop.example/ko");
        body.putArray("allowed_payment_channels").add("CARDS");
        body.putObject("payment_link_configuration").putArray("primary_payment_channels").add("CARDS");

        Reply reply = xendit.createSession(body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThatJson(reply.body()).node("cards_session_js").isEqualTo(body.get("cards_session_js"));
        assertThatJson(reply.body()).node("payment_link_configuration")
                .isEqualTo(body.get("payment_link_configuration"));
    }

    @Test
    void unknownPropertiesAreAcceptedAndNotEchoed() {
        ObjectNode body = SessionsApiTest.minimal("PAY", 10000).put("loyalty_points", 12);
        body.putObject("channel_properties").putObject("cards").put("skip_three_ds", true);

        Reply reply = xendit.createSession(body);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().has("loyalty_points")).isFalse();
        assertThatJson(reply.body()).node("channel_properties.cards.skip_three_ds").isEqualTo(true);
    }

    @Test
    void numbersAreWhatAJavaScriptDoubleMakesOfThemAsXenditsValidatorReadsThem() {
        String save = SessionsApiTest.minimal("SAVE", 0).set("customer", SessionsApiTest.customer("doubles"))
                .toString().replace("\"amount\":0", "\"amount\":-1e-400");
        String pay = SessionsApiTest.minimal("PAY", 0).toString()
                .replace("\"amount\":0", "\"amount\":10000.000000000000001");

        Reply underflow = xendit.createSession(save);
        Reply precision = xendit.createSession(pay);
        Reply overflow = xendit.createSession(pay.replace("10000.000000000000001", "1e400"));
        Reply exact = xendit.createSession(pay.replace("10000.000000000000001", "10000.50")
                .replace("IDR", "PHP").replace("\"ID\"", "\"PH\""));

        assertThat(underflow.status()).as(underflow.toString()).isEqualTo(201);
        assertThat(underflow.body()).contains("\"amount\":0,");
        assertThat(precision.status()).as("IDR takes no decimals, and a double has none here: %s", precision)
                .isEqualTo(201);
        assertThat(precision.body()).contains("\"amount\":10000,");
        assertThat(overflow.json().get("message").asText()).isEqualTo("request/body/amount must be number");
        assertThat(exact.body()).contains("\"amount\":10000.50,");
    }

    @Test
    void anExpiryInAnyAcceptedFormIsShownInUtc() {
        Instant inAnHour = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
        String sent = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
                .format(OffsetDateTime.ofInstant(inAnHour, ZoneOffset.ofHours(7)));

        Reply reply = xendit.createSession(SessionsApiTest.minimal("PAY", 10000).put("expires_at", sent));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("expires_at").asText()).isEqualTo(inAnHour.toString().replace("Z", ".000Z"));
    }

    @Test
    void theSchemaIsCheckedBeforeTheBusinessRules() {
        Reply reply = xendit.createSession(SessionsApiTest.minimal("AUTHORIZATION", 10000).put("currency", "EUR"));

        assertThat(reply.json().get("error_code").asText()).isEqualTo("API_VALIDATION_ERROR");
    }
}
