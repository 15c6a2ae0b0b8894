package io.github.fakexendit;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
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
    void theSchemaIsCheckedBeforeTheBusinessRules() {
        Reply reply = xendit.createSession(SessionsApiTest.minimal("AUTHORIZATION", 10000).put("currency", "EUR"));

        assertThat(reply.json().get("error_code").asText()).isEqualTo("API_VALIDATION_ERROR");
    }
}
