package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A test expires a saved token, from its handle or the admin API: EXPIRED, {@code payment_token.expiry} with the
 * token as its GET shows it, and the merchant's later charge and cancel refused as Xendit refuses a token that is
 * no longer ACTIVE.
 */
@FakeXendit(synchronousWebhooks = true)
class PaymentTokenExpiryTest {

    private final FakeXenditServer server;
    private final XenditHttp xendit;
    private final XenditHttp admin;

    PaymentTokenExpiryTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
        this.admin = new XenditHttp(server.baseUrl(), null);
        server.webhooks().sendTo(null); // recorded, not sent: the tests read the log
    }

    /** A card saved by a SAVE session in Indonesia: its ACTIVE token. */
    private String savedCard() {
        Reply session = xendit.createSession("{\"reference_id\": \"save-1\", \"session_type\": \"SAVE\","
                + " \"currency\": \"IDR\", \"amount\": 0, \"mode\": \"PAYMENT_LINK\", \"country\": \"ID\","
                + " \"allowed_payment_channels\": [\"CARDS\"], \"customer\": {\"type\": \"INDIVIDUAL\","
                + " \"reference_id\": \"subscriber-1\", \"individual_detail\": {\"given_names\": \"Ana\"}}}");
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        String id = session.json().get("payment_session_id").asText();
        server.session(id).complete();
        return XenditHttp.parse(server.session(id).json()).get("payment_token_id").asText();
    }

    private Reply charge(String token) {
        return xendit.post("/v3/payment_requests", "{\"reference_id\": \"sub-1/2026-06\", \"type\": \"PAY\","
                + " \"payment_token_id\": \"" + token + "\", \"country\": \"ID\", \"currency\": \"IDR\","
                + " \"request_amount\": 150000}");
    }

    private List<String> events() {
        return server.webhooks().attempts().stream().map(WebhookAttempt::event).toList();
    }

    @Test
    void theHandleExpiresAnActiveTokenAndSendsPaymentTokenExpiryWithTheTokenAsItsGetShowsIt() {
        String token = savedCard();
        Instant activated = Instant.parse(xendit.get("/v3/payment_tokens/" + token).json().get("updated").asText());
        server.clock().advance(Duration.ofMinutes(5));

        PaymentTokenHandle handle = server.paymentToken(token).expire();

        assertThat(handle.status()).isEqualTo(PaymentTokenStatus.EXPIRED);
        JsonNode shown = xendit.get("/v3/payment_tokens/" + token).json();
        assertThat(shown.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(Instant.parse(shown.get("updated").asText())).isAfterOrEqualTo(activated.plus(Duration.ofMinutes(5)));
        assertThat(events()).containsExactly(Webhooks.PAYMENT_TOKEN_ACTIVATION, Webhooks.COMPLETED,
                Webhooks.PAYMENT_TOKEN_EXPIRY);
        WebhookAttempt expiry = server.webhooks().attempts().get(2);
        assertThat(expiry.resourceId()).isEqualTo(token);
        assertThat(expiry.json().get("data")).isEqualTo(shown);
        assertThat(expiry.json().has("api_version")).as("payment_token.* as payment_token.activation is sent")
                .isEqualTo(server.webhooks().attempts().get(0).json().has("api_version"));
    }

    @Test
    void theAdminRouteExpiresATokenAndAnswersItThenRefusesAgainWith409AndUnknownIdsWith404() {
        String token = savedCard();

        Reply expired = admin.post("/_fake/payment_tokens/" + token + "/expire");

        assertThat(expired.status()).as(expired.toString()).isEqualTo(200);
        assertThat(expired.json()).isEqualTo(xendit.get("/v3/payment_tokens/" + token).json());
        assertThat(expired.json().get("status").asText()).isEqualTo("EXPIRED");
        assertThat(server.paymentToken(token).status()).isEqualTo(PaymentTokenStatus.EXPIRED);
        assertThat(events()).endsWith(Webhooks.PAYMENT_TOKEN_EXPIRY);
        Reply again = admin.post("/_fake/payment_tokens/" + token + "/expire");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error_code").asText()).isEqualTo("INVALID_PAYMENT_STATUS");
        assertThat(again.json().get("message").asText())
                .startsWith("Payment token status is EXPIRED, expecting ACTIVE");
        Reply unknown = admin.post("/_fake/payment_tokens/pt-00000000-0000-0000-0000-000000000000/expire");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error_code").asText()).isEqualTo("NOT_FOUND");
        assertThat(events()).filteredOn(Webhooks.PAYMENT_TOKEN_EXPIRY::equals).hasSize(1);
    }

    @Test
    void chargingAnExpiredTokenIsRefusedWithInvalidTokenAndNothingIsCharged() {
        String token = savedCard();
        server.paymentToken(token).expire();

        Reply charge = charge(token);

        assertThat(charge.status()).as(charge.toString()).isEqualTo(400);
        assertThat(charge.json().get("error_code").asText()).isEqualTo("INVALID_TOKEN");
        assertThat(charge.json().get("message").asText()).isEqualTo("Payment token " + token + " is EXPIRED");
        assertThat(server.paymentToken(token).charges()).isEmpty();
        assertThat(events()).doesNotContain(Webhooks.PAYMENT_CAPTURE, Webhooks.PAYMENT_FAILURE);
    }

    @Test
    void cancellingAnExpiredTokenIsRefusedWithIneligibleTransactionStatus() {
        String token = savedCard();
        server.paymentToken(token).expire();

        Reply cancel = xendit.post("/v3/payment_tokens/" + token + "/cancel");

        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(400);
        assertThat(cancel.json().get("error_code").asText()).isEqualTo("INELIGIBLE_TRANSACTION_STATUS");
        assertThat(cancel.json().get("message").asText())
                .isEqualTo("Payment token status is EXPIRED, expecting ACTIVE");
        assertThat(server.paymentToken(token).status()).isEqualTo(PaymentTokenStatus.EXPIRED);
    }

    @Test
    void aCanceledTokenCannotExpireFromTheHandleOrTheAdminRouteAndSendsNoWebhook() {
        String token = savedCard();
        xendit.post("/v3/payment_tokens/" + token + "/cancel");
        String canceled = xendit.get("/v3/payment_tokens/" + token).json().toString();

        assertThatThrownBy(() -> server.paymentToken(token).expire())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Payment token status is CANCELED, expecting ACTIVE");
        Reply refused = admin.post("/_fake/payment_tokens/" + token + "/expire");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error_code").asText()).isEqualTo("INVALID_PAYMENT_STATUS");
        assertThat(server.paymentToken(token).status()).isEqualTo(PaymentTokenStatus.CANCELED);
        assertThat(xendit.get("/v3/payment_tokens/" + token).json().toString()).isEqualTo(canceled);
        assertThat(events()).doesNotContain(Webhooks.PAYMENT_TOKEN_EXPIRY);
    }

    @Test
    void aSavedCardsTokenExpiresOnceTheServerClockPassesTheEndOfItsExpiryMonth() {
        String token = savedCard();
        JsonNode card = xendit.get("/v3/payment_tokens/" + token).json().get("channel_properties")
                .get("card_details");
        Instant endOfExpiryMonth = YearMonth.of(card.get("expiry_year").asInt(), card.get("expiry_month").asInt())
                .plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        server.clock().set(endOfExpiryMonth.minusSeconds(1));
        assertThat(server.paymentToken(token).status()).as("a second before its month ends")
                .isEqualTo(PaymentTokenStatus.ACTIVE);
        server.clock().set(endOfExpiryMonth);

        JsonNode shown = xendit.get("/v3/payment_tokens/" + token).json();
        assertThat(shown.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(Instant.parse(shown.get("updated").asText())).isEqualTo(endOfExpiryMonth);
        List<WebhookAttempt> expiries = server.webhooks().attempts().stream()
                .filter(w -> w.event().equals(Webhooks.PAYMENT_TOKEN_EXPIRY)).toList();
        assertThat(expiries).hasSize(1);
        assertThat(expiries.get(0).json().get("data")).isEqualTo(shown);
        Reply charge = charge(token);
        assertThat(charge.json().get("error_code").asText()).isEqualTo("INVALID_TOKEN");
        server.clock().advance(Duration.ofDays(40));
        assertThat(events()).filteredOn(Webhooks.PAYMENT_TOKEN_EXPIRY::equals).hasSize(1);
    }

    @Test
    void aCanceledTokenDoesNotExpireOnTheClock() {
        String token = savedCard();
        xendit.post("/v3/payment_tokens/" + token + "/cancel");

        server.clock().advance(Duration.ofDays(5 * 366));

        assertThat(server.paymentToken(token).status()).isEqualTo(PaymentTokenStatus.CANCELED);
        assertThat(events()).doesNotContain(Webhooks.PAYMENT_TOKEN_EXPIRY);
    }
}
