package io.github.fakexendit.internal.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's one clock: real time plus an offset that tests can move forward. Everything time-dependent
 * (timestamps, {@code expires_at}) reads it, so no test needs to sleep.
 */
public final class FakeClock extends Clock {

    private final Clock base;
    private final AtomicLong offsetNanos = new AtomicLong();

    public FakeClock(Clock base) {
        this.base = base;
    }

    public static FakeClock system() {
        return new FakeClock(Clock.systemUTC());
    }

    @Override
    public Instant instant() {
        return base.instant().plusNanos(offsetNanos.get());
    }

    /** Moves the clock forward; a negative duration is refused, since time in the fake never runs back. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward, got " + duration);
        }
        offsetNanos.addAndGet(duration.toNanos());
    }

    /**
     * Moves the clock forward to {@code target}; does nothing if the clock already reads {@code target} or later
     * (another thread may have moved it), so concurrent moves never take it back.
     */
    public void advanceTo(Instant target) {
        offsetNanos.accumulateAndGet(Duration.between(base.instant(), target).toNanos(), Math::max);
    }

    /** Forgets every advance: the clock reads real time again. */
    public void reset() {
        offsetNanos.set(0);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the fake's clock is always UTC");
    }
}
