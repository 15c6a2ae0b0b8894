package io.github.fakexendit;

import io.github.fakexendit.internal.runtime.Engine;
import java.time.Duration;
import java.time.Instant;

/**
 * The one clock of a {@link FakeXenditServer}: it starts at real time and runs at real speed, and a test can
 * move it forward. Everything time-dependent follows it: {@code created}, {@code updated} and {@code expires_at}
 * of sessions, expiry, and webhook retries.
 *
 * <pre>{@code
 * String id = checkout.startPayment(order).sessionId();    // expires_at: 30 minutes from now
 *
 * server.clock().advance(Duration.ofMinutes(31));          // returns at once: nothing sleeps
 *
 * assertThat(server.session(id).status()).isEqualTo(SessionStatus.EXPIRED);
 * }</pre>
 *
 * <p>A move stops at every instant where something falls due on the way (a session's {@code expires_at}, a
 * webhook retry), in order, so that each happens at its own time; the expired webhooks go out during the move.
 * With synchronous webhooks the move returns once the merchant answered them. {@link FakeXenditServer#reset()}
 * sets the clock back to real time. Thread-safe.
 */
public final class ServerClock {

    private final Engine engine;

    ServerClock(Engine engine) {
        this.engine = engine;
    }

    /** The time on the server's clock now. */
    public Instant now() {
        return engine.clock().instant();
    }

    /**
     * Moves the clock forward by {@code duration}.
     *
     * @throws IllegalArgumentException if {@code duration} is negative: the clock never runs back
     */
    public ServerClock advance(Duration duration) {
        engine.advanceClock(duration, true);
        return this;
    }

    /**
     * Moves the clock forward to {@code instant}.
     *
     * @throws IllegalArgumentException if the clock already reads later than {@code instant}
     */
    public ServerClock set(Instant instant) {
        engine.setClock(instant);
        return this;
    }

    @Override
    public String toString() {
        return "ServerClock[" + now() + "]";
    }
}
