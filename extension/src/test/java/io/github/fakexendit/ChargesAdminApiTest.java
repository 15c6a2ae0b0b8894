package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** The admin API's steps on charges and refunds, for tests outside the JVM, and the customer's page. */
@FakeXendit(synchronousWebhooks = true)
class ChargesAdminApiTest {

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    ChargesAdminApiTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
        server.webhooks().sendTo(null);
    }

    private String savedCard() {
        Reply session = xendit.createSession("{\"reference_id\": \"save-1\", \"session_type\": \"SAVE\","
                + " \"currency\": \"IDR\", \"amount\": 0, \"mode\": \"PAYMENT_LINK\", \"country\": \"ID\","
                + " \"allowed_payment_channels\": [\"CARDS\"], \"customer\": {\"type\": \"INDIVIDUAL\","
                + " \"reference_id\": \"subscriber-1\", \"individual_detail\": {\"given_names\": \"Ana\"}}}");
        String id = session.json().get("payment_session_id").asText();
        xendit.post("/_fake/sessions/" + id + "/complete");
        return xendit.get("/sessions/" + id).json().get("payment_token_id").asText();
    }

    private JsonNode charge(String token) {
        return xendit.post("/v3/payment_requests", "{\"reference_id\": \"r\", \"type\": \"PAY\", \"payment_token_id\":"
                + " \"" + token + "\", \"country\": \"ID\", \"currency\": \"IDR\", \"request_amount\": 20000}").json();
    }

    @Test
    void aTokensNextChargesAreScriptedAndListed() {
        String token = savedCard();

        Reply scripted = xendit.post("/_fake/payment_tokens/" + token + "/next_charge",
                "{\"outcome\": \"FAIL\", \"failure_code\": \"INSUFFICIENT_BALANCE\"}");
        xendit.post("/_fake/payment_tokens/" + token + "/next_charge", "{\"outcome\": \"STAY_PENDING\"}");

        assertThat(scripted.json().get("scripted_charges").asInt()).isEqualTo(1);
        assertThat(charge(token).get("failure_code").asText()).isEqualTo("INSUFFICIENT_BALANCE");
        JsonNode waiting = charge(token);
        assertThat(waiting.get("status").asText()).isEqualTo("REQUIRES_ACTION");
        assertThat(xendit.get("/_fake/payment_tokens/" + token + "/charges").json().get("payment_requests"))
                .hasSize(2);

        String id = waiting.get("payment_request_id").asText();
        Reply declined = xendit.post("/_fake/payment_requests/" + id + "/fail", "{\"failure_code\": \"CARD_DECLINED\"}");
        assertThat(declined.json().get("status").asText()).isEqualTo("FAILED");
        assertThat(declined.json().get("failure_code").asText()).isEqualTo("CARD_DECLINED");
        Reply again = xendit.post("/_fake/payment_requests/" + id + "/succeed");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error_code").asText()).isEqualTo("INVALID_PAYMENT_STATUS");
    }

    @Test
    void unknownIdsAndBadBodiesAreRefused() {
        assertThat(xendit.post("/_fake/payment_tokens/pt-nope/next_charge", "{\"outcome\": \"STAY_PENDING\"}")
                .status()).isEqualTo(404);
        assertThat(xendit.post("/_fake/payment_requests/pr-nope/succeed").status()).isEqualTo(404);
        assertThat(xendit.get("/_fake/refunds/rfd-nope").status()).isEqualTo(404);
        Reply bad = xendit.post("/_fake/refunds/next", "{\"outcome\": \"LATER\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error_code").asText()).isEqualTo("API_VALIDATION_ERROR");
    }

    @Test
    void refundsAreHeldFailedAndSettledOverHttp() {
        String token = savedCard();
        String request = charge(token).get("payment_request_id").asText();
        xendit.post("/_fake/refunds/all", "{\"outcome\": \"HOLD\"}");

        String held = xendit.post("/refunds", "{\"payment_request_id\": \"" + request + "\", \"amount\": 1000,"
                + " \"reason\": \"OTHERS\"}").json().get("id").asText();
        assertThat(xendit.get("/_fake/refunds/" + held).json().get("status").asText()).isEqualTo("PENDING");

        Reply failed = xendit.post("/_fake/refunds/" + held + "/fail");
        assertThat(failed.json().get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.json().get("failure_code").asText()).isEqualTo("REFUND_FAILED");
        assertThat(xendit.post("/_fake/refunds/" + held + "/succeed").status()).isEqualTo(409);

        xendit.post("/_fake/refunds/next", "{\"outcome\": \"SUCCEED\"}");
        String next = xendit.post("/refunds", "{\"payment_request_id\": \"" + request + "\", \"amount\": 1000,"
                + " \"reason\": \"OTHERS\"}").json().get("id").asText();
        assertThat(server.refund(next).status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(xendit.get("/_fake/refunds").json().get("refunds")).hasSize(2);
        assertThat(server.webhooks().attempts()).extracting(WebhookAttempt::event)
                .endsWith("refund.failed", "refund.succeeded");
    }

    @Test
    void theCustomersPageDeclinesAndReturnsToTheMerchantsFailureUrl() {
        JsonNode request = xendit.post("/v3/payment_requests", "{\"reference_id\": \"d-1\", \"type\": \"PAY\","
                + " \"country\": \"ID\", \"currency\": \"IDR\", \"request_amount\": 5000, \"channel_code\": \"OVO\","
                + " \"channel_properties\": {\"success_return_url\": \"https://shop.test/ok\","
                + " \"failure_return_url\": \"https://shop.test/failed\"}}").json();
        String page = request.get("actions").get(0).get("value").asText();

        Reply declined = XenditHttp.send(HttpRequest.newBuilder(URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("outcome=decline")).build());

        assertThat(declined.status()).isEqualTo(303);
        assertThat(declined.header("Location")).isEqualTo("https://shop.test/failed");
        String id = request.get("payment_request_id").asText();
        assertThat(server.paymentRequest(id).status()).isEqualTo(PaymentRequestStatus.FAILED);
        assertThat(server.paymentRequest(id).failureCode()).isEqualTo("USER_DECLINED_PAYMENT");
        Reply closed = XenditHttp.send(HttpRequest.newBuilder(URI.create(page)).GET().build());
        assertThat(closed.body()).contains("This payment request is FAILED");
        Reply unreadable = XenditHttp.send(HttpRequest.newBuilder(URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("outcome=maybe")).build());
        assertThat(unreadable.status()).isEqualTo(400);
    }
}
