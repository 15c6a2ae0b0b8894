package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * A direct payment whose {@code channel_properties.expires_at} the server's clock reaches while it still waits
 * becomes EXPIRED, updated at that instant, with no webhook; one paid before then, or one that names no expiry,
 * stays as it is; a date-time that is not one is refused.
 */
@FakeXendit(synchronousWebhooks = true)
class DirectPaymentExpiryTest {

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    DirectPaymentExpiryTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
        server.webhooks().sendTo(null); // recorded, not sent: the tests read the log
    }

    private Reply post(String path, String json) {
        return XenditHttp.send(xendit.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A virtual account payment with these {@code channel_properties}. */
    private Reply directPayment(String channelProperties) {
        return post("/v3/payment_requests", "{\"reference_id\": \"va-1\", \"type\": \"PAY\", \"country\": \"ID\","
                + " \"currency\": \"IDR\", \"request_amount\": 50000, \"channel_code\": \"BRI_VIRTUAL_ACCOUNT\","
                + " \"channel_properties\": " + channelProperties + "}");
    }

    /** A waiting direct payment that expires at {@code expiresAt}: its id. */
    private String expiringAt(String expiresAt) {
        Reply created = directPayment("{\"expires_at\": \"" + expiresAt + "\", \"display_name\": \"Ana\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("status").asText()).isEqualTo("REQUIRES_ACTION");
        return created.json().get("payment_request_id").asText();
    }

    private JsonNode shown(String id) {
        return xendit.get("/v3/payment_requests/" + id).json();
    }

    private static Instant in(Instant from, Duration duration) {
        return from.plus(duration).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aWaitingDirectPaymentExpiresExactlyWhenTheClockReachesItsExpiresAtUpdatedThenAndWithNoWebhook() {
        Instant expiresAt = in(server.clock().now(), Duration.ofHours(2));
        String id = expiringAt(expiresAt.toString());

        server.clock().set(expiresAt.minusSeconds(1));
        assertThat(shown(id).get("status").asText()).as("a second before").isEqualTo("REQUIRES_ACTION");
        server.clock().advance(Duration.ofSeconds(1));

        JsonNode expired = shown(id);
        assertThat(expired.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(Instant.parse(expired.get("updated").asText())).isEqualTo(expiresAt);
        assertThat(server.paymentRequest(id).status()).isEqualTo(PaymentRequestStatus.EXPIRED);
        assertThat(server.webhooks().attempts()).isEmpty();
    }

    @Test
    void anExpiresAtWithAnOffsetIsTheSameInstant() {
        Instant expiresAt = in(server.clock().now(), Duration.ofHours(3));
        String id = expiringAt(expiresAt.atOffset(java.time.ZoneOffset.ofHours(7)).toString());

        server.clock().advance(Duration.ofHours(4));

        assertThat(Instant.parse(shown(id).get("updated").asText())).isEqualTo(expiresAt);
        assertThat(shown(id).get("status").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void simulatingAnExpiredRequestIsRefusedAsForAnyFinishedRequestAndPaysNothing() {
        Instant expiresAt = in(server.clock().now(), Duration.ofMinutes(30));
        String id = expiringAt(expiresAt.toString());
        server.clock().advance(Duration.ofHours(1));

        Reply simulated = post("/v3/payment_requests/" + id + "/simulate", "{}");

        assertThat(simulated.status()).as(simulated.toString()).isEqualTo(400);
        assertThat(simulated.json().get("error_code").asText()).isEqualTo("INELIGIBLE_TRANSACTION_STATUS");
        assertThat(simulated.json().get("message").asText()).contains("EXPIRED");
        assertThat(shown(id).get("status").asText()).isEqualTo("EXPIRED");
        assertThat(server.webhooks().attempts()).isEmpty();
    }

    @Test
    void aRequestPaidBeforeItsExpiresAtIsNotExpiredLater() {
        Instant expiresAt = in(server.clock().now(), Duration.ofHours(1));
        String id = expiringAt(expiresAt.toString());
        String unpaid = expiringAt(expiresAt.toString());
        assertThat(post("/v3/payment_requests/" + id + "/simulate", "{}").status()).isEqualTo(200);
        String paid = shown(id).toString();

        server.clock().advance(Duration.ofHours(2));

        assertThat(server.paymentRequest(unpaid).status()).as("its twin left unpaid")
                .isEqualTo(PaymentRequestStatus.EXPIRED);
        assertThat(server.paymentRequest(id).status()).isEqualTo(PaymentRequestStatus.SUCCEEDED);
        assertThat(shown(id).toString()).isEqualTo(paid);
    }

    @Test
    void aRequestCanceledBeforeItsExpiresAtStaysCanceled() {
        String expiresAt = in(server.clock().now(), Duration.ofHours(1)).toString();
        String id = expiringAt(expiresAt);
        String waiting = expiringAt(expiresAt);
        assertThat(xendit.post("/v3/payment_requests/" + id + "/cancel").status()).isEqualTo(200);

        server.clock().advance(Duration.ofHours(2));

        assertThat(server.paymentRequest(waiting).status()).as("its twin left waiting")
                .isEqualTo(PaymentRequestStatus.EXPIRED);
        assertThat(server.paymentRequest(id).status()).isEqualTo(PaymentRequestStatus.CANCELED);
    }

    @Test
    void aDirectPaymentWithoutExpiresAtNeverExpiresOnTheClock() {
        Reply created = directPayment("{}");
        String id = created.json().get("payment_request_id").asText();
        String expiring = expiringAt(in(server.clock().now(), Duration.ofDays(1)).toString());

        server.clock().advance(Duration.ofDays(400));

        assertThat(server.paymentRequest(expiring).status()).as("one that names a day")
                .isEqualTo(PaymentRequestStatus.EXPIRED);
        assertThat(shown(id).get("status").asText()).isEqualTo("REQUIRES_ACTION");
        assertThat(post("/v3/payment_requests/" + id + "/simulate", "{}").status()).isEqualTo(200);
    }

    @Test
    void anExpiresAtAlreadyPastIsAcceptedAndExpiresOnTheNextClockMoveAfterItsCreation() {
        Instant created = server.clock().now();
        String id = expiringAt(in(created, Duration.ofHours(-1)).toString());

        server.clock().advance(Duration.ofMillis(1));

        JsonNode expired = shown(id);
        assertThat(expired.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(Instant.parse(expired.get("updated").asText()))
                .isAfter(Instant.parse(expired.get("created").asText()));
        assertThat(server.webhooks().attempts()).isEmpty();
    }

    @Test
    void anExpiresAtThatIsNotADateTimeIsRefusedAndNothingIsStored() {
        Reply notADate = directPayment("{\"expires_at\": \"tomorrow\"}");
        assertThat(notADate.status()).as(notADate.toString()).isEqualTo(400);
        assertThat(notADate.json().get("error_code").asText()).isEqualTo("API_VALIDATION_ERROR");
        assertThat(notADate.json().get("message").asText())
                .isEqualTo("request/body/channel_properties/expires_at must match format \"date-time\"");

        Reply notADay = directPayment("{\"expires_at\": \"2031-02-30T10:00:00Z\"}");
        assertThat(notADay.status()).as(notADay.toString()).isEqualTo(400);
        assertThat(notADay.json().get("error_code").asText()).isEqualTo("INVALID_VALUE_ERROR");
        assertThat(notADay.json().get("message").asText()).contains("channel_properties.expires_at");

        assertThat(server.paymentRequests()).isEmpty();
    }
}
