package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies of every shape on the routes that charge, simulate, cancel and refund: each gets a 4xx in Xendit's
 * envelope, never a 5xx, and leaves nothing behind.
 */
@FakeXendit
class ChargesHostileInputTest {

    private static final List<String> PATHS = List.of("/v3/payment_requests",
            "/v3/payment_requests/pr-8877c08a-740d-4153-9816-3d744ed197a5/simulate", "/refunds");

    private static final List<String> BODIES = List.of("", "null", "[]", "\"PAY\"", "12", "{", "{}",
            "{\"type\": null}", "{\"type\": [\"PAY\"]}", "{\"type\": \"PAY\", \"payment_token_id\": {}}",
            "{\"reference_id\": \"r\", \"type\": \"PAY\", \"payment_token_id\": \"pt-\\u0000\", \"country\": \"ID\","
                    + " \"currency\": \"IDR\", \"request_amount\": 1e400}",
            "{\"reference_id\": \"r\", \"type\": \"PAY\", \"payment_token_id\": \"x\", \"country\": \"ID\","
                    + " \"currency\": \"IDR\", \"request_amount\": 1e-400}",
            "{\"reference_id\": \"r\", \"type\": \"PAY\", \"country\": \"ID\", \"currency\": \"IDR\","
                    + " \"request_amount\": 123456789012345678901234567890.5, \"channel_code\": \"DANA\","
                    + " \"channel_properties\": {}}",
            "{\"reference_id\": \"r\", \"type\": \"PAY\", \"country\": \"HK\", \"currency\": \"HKD\","
                    + " \"request_amount\": 1, \"channel_code\": \"\\ud83d\\ude00\", \"channel_properties\": {}}",
            "{\"payment_request_id\": \"pr-\", \"reason\": \"OTHERS\", \"amount\": 1e400}",
            "{\"payment_request_id\": 5, \"reason\": \"OTHERS\"}",
            "{\"payment_request_id\": \"pr-x\", \"reason\": \"OTHERS\", \"metadata\": [1]}",
            "{\"amount\": -0.0}", "{\"amount\": \"NaN\"}");

    static Stream<Arguments> requests() {
        return PATHS.stream().flatMap(path -> BODIES.stream().map(body -> Arguments.of(path, body)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("requests")
    void everyShapeOfBodyGetsA4xxInXenditsEnvelope(String path, String body, FakeXenditServer server) {
        XenditHttp xendit = new XenditHttp(server.baseUrl(), server.apiKey());
        HttpRequest.Builder request = xendit.request(path).POST(HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }

        Reply reply = XenditHttp.send(request.build());

        assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
        assertThat(reply.json().get("error_code").asText()).as(reply.toString()).isNotEmpty();
        assertThat(reply.json().get("message").asText()).as(reply.toString()).isNotEmpty();
        assertThat(server.paymentRequests()).isEmpty();
        assertThat(server.refunds().all()).isEmpty();
    }
}
