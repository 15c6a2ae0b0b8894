package io.github.fakexendit.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.FakeClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A webhook's envelope {@code created} is never before the change it reports, which staleness guards compare. */
class EnvelopeTimeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00.250Z");

    private final FakeClock clock = new FakeClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private final WebhookDispatcher webhooks = new WebhookDispatcher(clock, "token",
            new WebhookSettings(null, Map.of(), true, WebhookSettings.DEFAULT_TIMEOUT),
            new EventCatalog(List.of(new EventType("thing.changed", "things", "thing", "thing_id"))));

    private JsonNode envelopeOf(Instant happened) {
        webhooks.publish(new Event("thing.changed", "b-1", "t-1",
                Json.object().put("thing_id", "t-1").put("updated", Json.timestamp(happened)), happened));
        List<DeliveryAttempt> attempts = webhooks.attempts();
        return Json.parse(attempts.get(attempts.size() - 1).body());
    }

    @Test
    void aChangeAMillisecondAheadOfTheClockIsReportedNoEarlierThanItHappened() {
        // two changes within one millisecond: the object's updated moved one ahead of the clock
        JsonNode envelope = envelopeOf(NOW.plusMillis(1));

        assertThat(envelope.path("created").asText()).isEqualTo("2026-03-01T08:00:00.251Z");
        assertThat(envelope.path("data").path("updated").asText()).isEqualTo("2026-03-01T08:00:00.251Z");
    }

    @Test
    void otherwiseTheEnvelopeCarriesTheTimeOfTheAttemptInMilliseconds() {
        assertThat(envelopeOf(NOW.minusSeconds(5)).path("created").asText()).isEqualTo("2026-03-01T08:00:00.250Z");
    }
}
