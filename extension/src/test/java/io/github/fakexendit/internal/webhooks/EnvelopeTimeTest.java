package io.github.fakexendit.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.sessions.Business;
import io.github.fakexendit.internal.sessions.FakeClock;
import io.github.fakexendit.internal.sessions.SessionService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A webhook's envelope {@code created} is never before its {@code data.updated}, which staleness guards compare. */
class EnvelopeTimeTest {

    @Test
    void aChangeWithinTheMillisecondOfCreationIsReportedNoEarlierThanItHappened() {
        // the clock stands still: creation and completion fall within one millisecond, so updated moves one ahead
        FakeClock clock = new FakeClock(Clock.fixed(Instant.parse("2026-03-01T08:00:00.250Z"), ZoneOffset.UTC));
        SessionService sessions = new SessionService(clock);
        try (WebhookDispatcher webhooks = new WebhookDispatcher(clock, "token",
                new WebhookSettings(Map.of(), true, WebhookSettings.DEFAULT_TIMEOUT))) {
            sessions.subscribe(webhooks);
            ObjectNode request = Json.object().put("reference_id", "order-1").put("session_type", "PAY")
                    .put("currency", "IDR").put("amount", 10000).put("country", "ID").put("mode", "PAYMENT_LINK");
            String id = sessions.create(new Business("xnd_development_shop", null), request, "http://fake").id();

            sessions.move(id, SessionStatus.COMPLETED);

            JsonNode envelope = Json.parse(webhooks.attempts().get(0).body());
            assertThat(envelope.path("data").path("updated").asText()).isEqualTo("2026-03-01T08:00:00.251Z");
            assertThat(envelope.path("created").asText()).isEqualTo("2026-03-01T08:00:00.251Z");
        }
    }
}
