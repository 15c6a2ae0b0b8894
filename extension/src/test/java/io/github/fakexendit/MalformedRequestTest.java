package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests that are not what the API expects get a 4xx in Xendit's envelope, never a 5xx. */
@FakeXendit
class MalformedRequestTest {

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    MalformedRequestTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"reference_id\": | request/body must be valid JSON",
            "{\"a\":1} trailing | request/body must be valid JSON",
            "[]                 | request/body must be object",
            "\"a string\"       | request/body must be object",
            "42                 | request/body must be object",
            "null               | request/body must be object"})
    void aBodyThatIsNotAJsonObjectIsAValidationError(String body, String message) {
        Reply reply = xendit.createSession(body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("API_VALIDATION_ERROR");
        assertThat(reply.json().get("message").asText()).startsWith(message);
        assertThat(server.sessions()).isEmpty();
    }

    @Test
    void anEmptyBodyLacksTheFirstRequiredProperty() {
        Reply reply = xendit.createSession("");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText())
                .isEqualTo("request/body must have required property 'reference_id'");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Reply reply = XenditHttp.send(xendit.request("/sessions").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(body)).build());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).startsWith("request/body must be valid JSON");
    }

    @ParameterizedTest
    @CsvSource({"text/plain, unsupported media type", "application/x-www-form-urlencoded, unsupported media type",
            "application/json; charset=iso-8859-1, unsupported charset"})
    void aBodyThatIsNotUtf8JsonIsRefused(String contentType, String message) {
        Reply reply = XenditHttp.send(xendit.request("/sessions").header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(SessionsApiTest.minimal("PAY", 100).toString())).build());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("API_VALIDATION_ERROR");
        assertThat(reply.json().get("message").asText()).startsWith(message);
    }

    @Test
    void aBodyWithoutAContentTypeIsRefusedWithTheReason() {
        Reply reply = XenditHttp.send(xendit.request("/sessions")
                .POST(BodyPublishers.ofString(SessionsApiTest.minimal("PAY", 100).toString())).build());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("API_VALIDATION_ERROR");
        assertThat(reply.json().get("message").asText())
                .isEqualTo("request has a body but no Content-Type: send the body as application/json");
        assertThat(server.sessions()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a lone surrogate in a string  | {"reference_id": "\\uD800"}                         | 201
            an amount of 1e400            | {"amount": 1e400}                                   | 400
            an amount of 1e-400           | {"amount": 1e-400}                                  | 400
            a scale beyond int            | {"amount": 1e-2147483649}                           | 400
            an expiry on February 30th    | {"expires_at": "2030-02-30T00:00:00Z"}              | 400
            an expiry at a leap second    | {"expires_at": "2030-06-30T23:59:60Z"}              | 400
            duplicate keys, the last wins | {"amount": "x", "amount": 5000}                     | 201
            """)
    void oddButParseableValuesGetA4xxOrAreCreatedNeverA5xx(String what, String change, int status) {
        ObjectNode body = SessionsApiTest.minimal("PAY", 100);
        String json = body.toString().replaceFirst("}$", ", " + change.substring(1));

        Reply reply = xendit.createSession(json);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(xendit.getSession(reply.json().path("payment_session_id").asText("ps-none")).status())
                .isEqualTo(status == 201 ? 200 : 404);
    }

    @Test
    void nestingBeyondTheParsersLimitIsInvalidJson() {
        String deep = "[".repeat(5000) + "]".repeat(5000);

        Reply reply = xendit.createSession("{\"metadata\": " + deep + "}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).startsWith("request/body must be valid JSON");
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsIgnored() {
        byte[] json = SessionsApiTest.minimal("PAY", 100).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[json.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(json, 0, body, 3, json.length);

        Reply reply = XenditHttp.send(xendit.request("/sessions").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(body)).build());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    @Test
    void jsonWithACharsetOfUtf8IsAccepted() {
        Reply reply = XenditHttp.send(xendit.request("/sessions").header("Content-Type", "application/json; charset=UTF-8")
                .POST(BodyPublishers.ofString(SessionsApiTest.minimal("PAY", 100).toString())).build());

        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void aBodyOverTheLimitIs413AndNothingIsStored() {
        String huge = "{\"reference_id\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        Reply reply = xendit.createSession(huge);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(server.sessions()).isEmpty();
        assertThat(xendit.createSession(SessionsApiTest.minimal("PAY", 100)).status()).isEqualTo(201);
    }

    @Test
    void anUnknownPathIs404Json() {
        Reply reply = XenditHttp.send(xendit.request("/v2/invoices").GET().build());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("NOT_FOUND");
        assertThat(reply.json().get("message").asText()).contains("GET /v2/invoices");
    }

    @Test
    void aKnownPathWithAnotherMethodIs405Json() {
        Reply reply = XenditHttp.send(xendit.request("/sessions").DELETE().build());

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).isEqualTo("POST");
        assertThat(reply.json().get("error_code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void theHealthEndpointAnswersWithoutAKey() {
        Reply reply = XenditHttp.send(new XenditHttp(server.baseUrl(), null).request("/_fake/health").GET().build());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void pathTricksInASessionIdAreJustUnknownSessions() {
        for (String id : new String[] {"..%2F..%2Fetc", "ps-%00", "%E2%80%AE", "ps-" + "a".repeat(500)}) {
            Reply reply = XenditHttp.send(xendit.request("/sessions/" + id).GET().build());

            assertThat(reply.status()).as(id).isEqualTo(404);
            assertThat(reply.json().get("error_code").asText()).isEqualTo("NOT_FOUND");
        }
    }
}
