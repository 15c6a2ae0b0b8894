package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.Bytes;
import io.github.fakexendit.testing.RawHttp;
import io.github.fakexendit.testing.XenditEnvelope;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input meant to break a server: bodies past the limit however they are framed, nesting, huge strings, broken
 * UTF-8, numbers no machine type holds, header blocks of every size, escapes and methods on the admin API.
 * Each gets a 4xx in Xendit's envelope (or, for what is not HTTP at all, the HTTP parser's bare 400) and
 * leaves the server serving, with what it stored before intact.
 */
@FakeXendit
class HostileInputTest {

    private final FakeXenditServer server;
    private final XenditHttp xendit;
    /** A session made before each attack, which must read back unchanged after it. */
    private String witness;
    private JsonNode witnessJson;

    HostileInputTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    @BeforeEach
    void createAWitness() {
        Reply created = xendit.createSession(SessionsApiTest.minimal("PAY", 100));
        witness = created.json().get("payment_session_id").asText();
        witnessJson = created.json();
    }

    @AfterEach
    void theServerStillServesAndHasLostNothing() {
        Reply read = xendit.getSession(witness);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(witnessJson);
        assertThat(xendit.createSession(SessionsApiTest.minimal("PAY", 100)).status()).isEqualTo(201);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413InTheEnvelope() {
        byte[] huge = ("{\"reference_id\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        Reply reply = XenditHttp.send(xendit.request("/sessions").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build());

        assertThat(reply.status()).isEqualTo(413);
        XenditEnvelope.assertWellFormed(reply.body());
        assertThat(reply.json().get("error_code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @ParameterizedTest(name = "Content-Length {0}")
    @CsvSource({"8388609", "2147483648", "999999999999"})
    void aContentLengthFarPastTheLimitIs413BeforeAnyBodyIsRead(String contentLength) {
        try (RawHttp http = RawHttp.connect(server.port(), Duration.ofSeconds(10))) {
            http.send("POST /sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + XenditHttp.basic(server.apiKey()) + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + contentLength + "\r\n\r\n{");

            RawHttp.Reply reply = http.readUntilClosed();

            assertThat(reply.status()).isEqualTo(413);
            XenditEnvelope.assertWellFormed(reply.body());
        }
        assertThat(server.requests()).last().satisfies(r -> assertThat(r.status()).isEqualTo(413));
    }

    @Test
    void aBodyOverTheLimitSentInFullGetsIts413AndNoReset() {
        byte[] body = new byte[3 * 1024 * 1024];
        Arrays.fill(body, (byte) 'x');

        RawHttp.Reply reply = RawHttp.exchange(server.port(), RawHttp.request("POST", "/sessions",
                Map.of("Authorization", XenditHttp.basic(server.apiKey()), "Content-Type", "application/json"), body));

        assertThat(reply.status()).isEqualTo(413);
        XenditEnvelope.assertWellFormed(reply.body());
    }

    @Test
    void aBodyOverTheLimitOnTheAdminApiIs413Too() {
        RawHttp.Reply reply = RawHttp.exchange(server.port(), RawHttp.request("POST", "/_fake/reset", Map.of(),
                new byte[2 * 1024 * 1024]));

        assertThat(reply.status()).isEqualTo(413);
        XenditEnvelope.assertWellFormed(reply.body());
        assertThat(server.sessions()).as("the reset was not carried out").isNotEmpty();
    }

    @ParameterizedTest(name = "{0} levels")
    @CsvSource({"100, 201", "900, 201", "1001, 400", "100000, 400"})
    void deepNestingIsStoredAndEchoedOrRefusedAsInvalidJson(int depth, int status) {
        // channel properties other than cards are free-form, stored and echoed as sent
        String nested = "{\"a\":".repeat(depth - 2) + "[1]" + "}".repeat(depth - 2);
        Reply reply = xendit.createSession(SessionsApiTest.minimal("PAY", 100).toString()
                .replaceFirst("}$", ",\"channel_properties\":{\"deep\":" + nested + "}}"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        if (status == 201) {
            assertThat(xendit.getSession(reply.json().get("payment_session_id").asText()).body())
                    .isEqualTo(reply.body());
        } else {
            XenditEnvelope.assertWellFormed(reply.body());
        }
        assertThat(xendit.get("/_fake/requests").status()).isEqualTo(200);
        assertThat(server.requests().get(server.requests().size() - 1).toString()).isNotEmpty();
    }

    @Test
    void aHugeStringUnderTheBodyLimitIsAValidationErrorThatDoesNotEchoIt() {
        Reply reply = xendit.createSession(SessionsApiTest.minimal("PAY", 100)
                .put("reference_id", "r".repeat(900_000)));

        assertThat(reply.status()).isEqualTo(400);
        XenditEnvelope.assertWellFormed(reply.body());
        assertThat(reply.body()).hasSizeLessThan(1_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an overlong slash                 | C0AF
            an encoded surrogate              | EDA080
            a five-byte sequence              | F888808080
            a lone continuation byte          | 80
            a sequence cut short              | E282
            """)
    void invalidUtf8InAKeyOrAValueIsInvalidJson(String what, String hex) {
        byte[] bad = HexFormat.of().parseHex(hex);
        for (String[] around : new String[][] {{"{\"reference_id\":\"a", "b\"}"}, {"{\"a", "b\":1}"}}) {
            byte[] body = Bytes.between(around[0], bad, around[1]);

            Reply reply = XenditHttp.send(xendit.request("/sessions").header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofByteArray(body)).build());

            assertThat(reply.status()).as(what).isEqualTo(400);
            assertThat(reply.json().get("message").asText()).startsWith("request/body must be valid JSON");
        }
    }

    @ParameterizedTest(name = "amount {0}")
    @CsvSource(delimiter = '|', textBlock = """
            123456789012345678901234567890123456789012345678901234567890 | 201
            -0                                                           | 400
            -0.0                                                         | 400
            1E+2                                                         | 201
            NaN                                                          | 400
            Infinity                                                     | 400
            -Infinity                                                    | 400
            0123                                                         | 400
            +1                                                           | 400
            .5                                                           | 400
            1.                                                           | 400
            0x10                                                         | 400
            1e99999999999                                                | 400
            """)
    void numbersOutOfEveryRangeAreEchoedAsADoubleHoldsThemOrRefusedNeverA5xx(String amount, int status) {
        Reply reply = xendit.createSession(SessionsApiTest.minimal("PAY", 100).toString()
                .replace("\"amount\":100", "\"amount\":" + amount));

        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        if (status == 201) {
            // as Xendit's validator reads it: a JavaScript double, exact where the double is
            assertThat(reply.json().get("amount").doubleValue()).isEqualTo(Double.parseDouble(amount));
            assertThat(reply.json().get("amount").decimalValue())
                    .isEqualByComparingTo(new BigDecimal(Double.toString(Double.parseDouble(amount))));
        } else {
            XenditEnvelope.assertWellFormed(reply.body());
        }
    }

    @Test
    void aHundredAndFiftyHeadersAreServedAndRecordedEveryOne() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", XenditHttp.basic(server.apiKey()));
        for (int i = 0; i < 150; i++) {
            headers.put("X-Header-" + i, "value-" + i + "-" + "v".repeat(100));
        }

        RawHttp.Reply reply = RawHttp.exchange(server.port(), RawHttp.request("GET", "/sessions/" + witness, headers,
                null));

        assertThat(reply.status()).isEqualTo(200);
        RecordedRequest recorded = server.requests().get(server.requests().size() - 1);
        assertThat(recorded.headers()).containsKeys("X-Header-0", "X-Header-149");
    }

    @Test
    void aHeaderBlockPastTheParsersLimitsIsRefusedWithItsBare400AndTheConnectionClosed() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            many.append("X-Header-").append(i).append(": v\r\n");
        }
        for (String headers : new String[] {many.toString(), "X-Big: " + "b".repeat(2 * 1024 * 1024) + "\r\n"}) {
            RawHttp.Reply reply = RawHttp.exchange(server.port(), ("GET /_fake/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.header("Connection")).isEqualTo("close");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /sessions/%ZZ", "GET, /sessions/a%", "GET, /sessions/a b", "GET, *"})
    void aRequestLineThatIsNotHttpIsRefusedWithTheParsersBare400(String method, String target) {
        RawHttp.Reply reply = RawHttp.exchange(server.port(), (method + " " + target
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(server.requests()).as("nothing reached the fake").hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GET,    /_fake/sessions/%2e%2e%2f%2e%2e,      404",
            "GET,    /_fake/sessions/%E2%80%AE%00,         404",
            "POST,   /_fake/sessions/..%2Fps-x/complete,    404",
            "POST,   /_fake/sessions/ps-x/explode,          404",
            "GET,    /_fake/nothing-here,                   404",
            "GET,    /_fake,                                404",
            "DELETE, /_fake/reset,                          405",
            "GET,    /_fake/reset,                          405",
            "PUT,    /_fake/requests,                       405",
            "GET,    /_fake/sessions/ps-x/complete,         405",
            "POST,   /_fake/health,                         405"})
    void theAdminApiAnswersOddPathsAndWrongMethodsInTheEnvelope(String method, String path, int status) {
        RawHttp.Reply reply = RawHttp.exchange(server.port(), RawHttp.request(method, path, Map.of(),
                method.equals("GET") ? null : new byte[0]));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        XenditEnvelope.assertWellFormed(reply.body());
        if (status == 405) {
            assertThat(reply.header("Allow")).isNotBlank();
        }
    }
}
