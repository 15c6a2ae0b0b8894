package io.github.fakexendit;

import static io.github.fakexendit.WebhookDeliveryTest.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.testing.WebhookReceiver;
import io.github.fakexendit.testing.WebhookReceiver.Received;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server's clock: moving it, and sessions expiring with their webhooks as it passes {@code expires_at}. */
class ClockTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebhookReceiver shop = WebhookReceiver.start();
    private final FakeXenditServer xendit = FakeXenditServer.builder().webhookUrl(shop.url()).start();
    private final XenditHttp api = new XenditHttp(xendit.baseUrl(), xendit.apiKey());

    @AfterEach
    void close() {
        xendit.close();
        shop.close();
    }

    @Test
    void advancingThirtyOneMinutesExpiresADefaultSessionAndDeliversItsWebhook() {
        String id = created(xendit);
        Instant expiresAt = Instant.parse(api.getSession(id).json().get("expires_at").asText());

        xendit.clock().advance(Duration.ofMinutes(31));

        Received webhook = shop.take(WAIT);
        JsonNode get = api.getSession(id).json();
        assertThat(get.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(webhook.json().get("event").asText()).isEqualTo(Webhooks.EXPIRED);
        assertThat(webhook.json().get("data")).isEqualTo(get);
        assertThat(get.get("updated").asText()).isEqualTo(expiresAt.toString());
        assertThat(Instant.parse(webhook.json().get("created").asText()))
                .isBetween(expiresAt, expiresAt.plusSeconds(60));
    }

    @Test
    void theSessionExpiresWhenTheClockMovesNotOnlyWhenItIsNextRead() {
        String id = created(xendit);

        xendit.clock().advance(Duration.ofMinutes(31));

        assertThat(xendit.webhooks().await(1, WAIT)).singleElement()
                .satisfies(attempt -> assertThat(attempt.sessionId()).isEqualTo(id));
        assertThat(shop.take(WAIT).json().get("data").get("status").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void aSessionStillWithinItsTimeStaysActive() {
        String id = created(xendit);

        xendit.clock().advance(Duration.ofMinutes(29));

        assertThat(xendit.session(id).status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(xendit.webhooks().attempts()).isEmpty();
    }

    @Test
    void aLongMoveExpiresEachSessionAtItsOwnTime() {
        try (FakeXenditServer synchronous = FakeXenditServer.builder().webhookUrl(shop.url())
                .synchronousWebhooks(true).start()) {
            XenditHttp client = new XenditHttp(synchronous.baseUrl(), synchronous.apiKey());
            Instant now = synchronous.clock().now();
            String later = createdExpiringAt(client, now.plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS));
            String sooner = created(synchronous);

            synchronous.clock().advance(Duration.ofHours(3));

            assertThat(synchronous.webhooks().attempts()).extracting(WebhookAttempt::sessionId)
                    .containsExactly(sooner, later);
            for (WebhookAttempt attempt : synchronous.webhooks().attempts()) {
                JsonNode data = attempt.json().get("data");
                Instant expiresAt = Instant.parse(data.get("expires_at").asText());
                assertThat(attempt.time()).isBetween(expiresAt, expiresAt.plusSeconds(60));
                assertThat(data.get("updated").asText()).isEqualTo(data.get("expires_at").asText());
            }
        }
    }

    @Test
    void setMovesTheClockForwardToAnInstantAndNeverBack() {
        Instant target = xendit.clock().now().plus(Duration.ofDays(3));

        xendit.clock().set(target);

        assertThat(xendit.clock().now()).isBetween(target, target.plusSeconds(60));
        assertThatThrownBy(() -> xendit.clock().set(target.minusSeconds(3600)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only moves forward");
        assertThatThrownBy(() -> xendit.clock().advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only moves forward");
    }

    @Test
    void timestampsFollowTheClock() {
        Instant target = Instant.parse("2031-01-01T00:00:00Z");
        xendit.clock().set(target);

        JsonNode session = api.getSession(created(xendit)).json();

        assertThat(Instant.parse(session.get("created").asText())).isBetween(target, target.plusSeconds(60));
        assertThat(xendit.requests().get(0).time()).isBetween(target, target.plusSeconds(60));
    }

    @Test
    void resetSetsTheClockBackToRealTime() {
        xendit.clock().advance(Duration.ofDays(365));

        xendit.reset();

        assertThat(xendit.clock().now()).isBefore(Instant.now().plus(Duration.ofDays(1)));
    }

    @Test
    void postFakeClockAdvanceMovesTheClockOverHttp() {
        String id = created(xendit);
        Instant before = xendit.clock().now();

        Reply reply = advanceOverHttp("{\"seconds\": 1860}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(Instant.parse(reply.json().get("now").asText())).isAfterOrEqualTo(before.plusSeconds(1860));
        assertThat(api.getSession(id).json().get("status").asText()).isEqualTo("EXPIRED");
        assertThat(xendit.webhooks().await(1, WAIT)).singleElement()
                .satisfies(attempt -> assertThat(attempt.event()).isEqualTo(Webhooks.EXPIRED));
    }

    @Test
    void fractionsOfASecondAreKept() {
        Instant before = xendit.clock().now();

        Reply reply = advanceOverHttp("{\"seconds\": 0.5}");

        assertThat(Instant.parse(reply.json().get("now").asText())).isAfterOrEqualTo(before.plusMillis(500));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"seconds\": \"60\"}", "{\"seconds\": -1}", "{\"seconds\": 1e12}", "[60]",
            "{\"seconds\": 60", "", "{\"seconds\": 60, \"minutes\": 1}"})
    void aBadAdvanceIsA400SayingWhatToFix(String body) {
        Instant before = xendit.clock().now();

        Reply reply = advanceOverHttp(body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("API_VALIDATION_ERROR");
        assertThat(reply.json().get("message").asText()).startsWith("request/body");
        assertThat(xendit.clock().now()).isBefore(before.plusSeconds(60));
    }

    @Test
    void theAdvanceMessagesAreWordedAsTheValidatorWordsThem() {
        assertThat(advanceOverHttp("{}").json().get("message").asText())
                .isEqualTo("request/body must have required property 'seconds'");
        assertThat(advanceOverHttp("{\"seconds\": \"60\"}").json().get("message").asText())
                .isEqualTo("request/body/seconds must be number");
        assertThat(advanceOverHttp("{\"seconds\": -1}").json().get("message").asText())
                .isEqualTo("request/body/seconds must be >= 0");
        assertThat(advanceOverHttp("[]").json().get("message").asText()).isEqualTo("request/body must be object");
        Reply wrongMethod = XenditHttp.send(new XenditHttp(xendit.baseUrl(), null).request("/_fake/clock/advance")
                .GET().build());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("POST");
    }

    private Reply advanceOverHttp(String body) {
        return XenditHttp.send(new XenditHttp(xendit.baseUrl(), null).request("/_fake/clock/advance")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String createdExpiringAt(XenditHttp client, Instant expiresAt) {
        ObjectNode body = (ObjectNode) XenditHttp.parse(XenditHttp.resource("requests/one-time-payment.json"));
        body.put("expires_at", expiresAt.toString());
        Reply reply = client.createSession(body);
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("payment_session_id").asText();
    }
}
