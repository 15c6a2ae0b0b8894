package io.github.fakexendit.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.Business;
import io.github.fakexendit.internal.platform.FakeClock;
import io.github.fakexendit.internal.sessions.Session;
import io.github.fakexendit.internal.sessions.SessionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What runs when on the clock: steps of a clock move, and the timer that follows real time. */
class TimekeeperTest {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");
    private static final Business SHOP = new Business("xnd_development_shop", null);

    @Test
    void aMoveStopsAtEachDueInstantInOrderAndEndsAtTheTarget() {
        FakeClock clock = new FakeClock(Clock.fixed(START, ZoneOffset.UTC));
        List<Instant> ranAt = new ArrayList<>();
        ScriptedWork work = new ScriptedWork(clock, ranAt, START.plusSeconds(300), START.plusSeconds(60));
        AtomicInteger steps = new AtomicInteger();
        try (Timekeeper timekeeper = new Timekeeper(clock, List.of(work), steps::incrementAndGet)) {

            timekeeper.advanceTo(START.plusSeconds(3600), true);

            assertThat(ranAt).containsExactly(START.plusSeconds(60), START.plusSeconds(300), START.plusSeconds(3600));
            assertThat(clock.instant()).isEqualTo(START.plusSeconds(3600));
            assertThat(steps).hasValue(3);
        }
    }

    @Test
    void aMoveThatMayNotWaitSkipsTheStepHook() {
        FakeClock clock = new FakeClock(Clock.fixed(START, ZoneOffset.UTC));
        ScriptedWork work = new ScriptedWork(clock, new ArrayList<>(), START.plusSeconds(60));
        AtomicInteger steps = new AtomicInteger();
        try (Timekeeper timekeeper = new Timekeeper(clock, List.of(work), steps::incrementAndGet)) {

            timekeeper.advanceTo(START.plusSeconds(120), false);

            assertThat(steps).hasValue(0);
            assertThat(work.pending).isEmpty();
        }
    }

    @Test
    void asRealTimePassesTheTimerExpiresASessionAtItsExpiry() throws InterruptedException {
        FakeClock clock = FakeClock.system();
        SessionService sessions = new SessionService(clock);
        BlockingQueue<Session> moved = new LinkedBlockingQueue<>();
        sessions.subscribe(moved::add);
        try (Timekeeper timekeeper = new Timekeeper(clock,
                List.of(Timekeeper.Due.of(sessions::nextExpiry, sessions::expireDue)), () -> { })) {
            sessions.whenSoonestExpiryChanges(timekeeper::wake);
            sessions.create(SHOP, expiringIn(clock, Duration.ofHours(1)), "http://fake");

            Session soon = sessions.create(SHOP, expiringIn(clock, Duration.ofMillis(200)), "http://fake");

            Session expired = moved.poll(10, TimeUnit.SECONDS);
            assertThat(expired).isNotNull();
            assertThat(expired.id()).isEqualTo(soon.id());
            assertThat(expired.status()).isEqualTo(SessionStatus.EXPIRED);
            assertThat(moved).isEmpty();
        }
    }

    @Test
    void closingStopsTheTimerThread() {
        FakeClock clock = FakeClock.system();
        Timekeeper timekeeper = new Timekeeper(clock, List.of(new ScriptedWork(clock, new ArrayList<>(),
                clock.instant().plus(Duration.ofHours(1)))), () -> { });
        timekeeper.wake();
        assertThat(timerThreads()).isPositive();

        timekeeper.close();

        assertThat(timerThreads()).isZero();
    }

    private static long timerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("fake-xendit-clock"))
                .count();
    }

    private static ObjectNode expiringIn(FakeClock clock, Duration duration) {
        return (ObjectNode) Json.parse("""
                {"reference_id":"order-1","session_type":"PAY","currency":"IDR","amount":10000,
                 "mode":"PAYMENT_LINK","country":"ID","expires_at":"%s"}""".formatted(clock.instant().plus(duration)));
    }

    /** Work due at given instants, recording the clock each time it runs something. */
    private static final class ScriptedWork implements Timekeeper.Due {
        private final FakeClock clock;
        private final List<Instant> ranAt;
        private final List<Instant> pending = new ArrayList<>();

        ScriptedWork(FakeClock clock, List<Instant> ranAt, Instant... due) {
            this.clock = clock;
            this.ranAt = ranAt;
            pending.addAll(List.of(due));
        }

        @Override
        public synchronized Optional<Instant> next() {
            return pending.stream().min(Instant::compareTo);
        }

        @Override
        public synchronized void run() {
            Instant now = clock.instant();
            pending.removeIf(due -> !due.isAfter(now));
            ranAt.add(now);
        }
    }
}
