package io.github.fakexendit.internal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.internal.platform.FakeClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The sliding window, on a clock the test moves. */
class RateLimiterTest {

    private final FakeClock clock = new FakeClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final RateLimiter limiter = new RateLimiter(clock);

    @Test
    void aSlotFreesUpAMinuteAfterTheRequestThatTookIt() {
        limiter.acquire("account", "GET /sessions/{id}");
        clock.advance(Duration.ofSeconds(30));
        for (int i = 1; i < RateLimiter.LIMIT; i++) {
            limiter.acquire("account", "GET /sessions/{id}");
        }

        RateLimiter.Quota refused = limiter.acquire("account", "GET /sessions/{id}");
        clock.advance(Duration.ofSeconds(30));
        RateLimiter.Quota allowed = limiter.acquire("account", "GET /sessions/{id}");
        RateLimiter.Quota refusedAgain = limiter.acquire("account", "GET /sessions/{id}");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.reset()).isEqualTo(Duration.ofSeconds(30));
        assertThat(allowed.allowed()).isTrue();
        assertThat(allowed.remaining()).isZero();
        assertThat(refusedAgain.allowed()).isFalse();
        assertThat(refusedAgain.reset()).as("until the requests of second 30 leave").isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theHeadersAreXenditsWithTheResetInSecondsToTheHundredth() {
        assertThat(new RateLimiter.Quota(true, 41, Duration.ofMillis(58_371)).headers()).containsExactly(
                java.util.Map.entry("Rate-Limit-Limit", "60"),
                java.util.Map.entry("Rate-Limit-Remaining", "41"),
                java.util.Map.entry("Rate-Limit-Reset", "58.38"));
        assertThat(RateLimiter.Quota.exhausted(Duration.ofSeconds(1)).headers())
                .containsEntry("Rate-Limit-Remaining", "0").containsEntry("Rate-Limit-Reset", "1");
    }

    @Test
    void clearForgetsEveryWindow() {
        for (int i = 0; i < RateLimiter.LIMIT; i++) {
            limiter.acquire("account", "POST /sessions");
        }

        limiter.clear();

        assertThat(limiter.acquire("account", "POST /sessions").remaining()).isEqualTo(RateLimiter.LIMIT - 1);
    }
}
