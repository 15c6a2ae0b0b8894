package io.github.fakexendit.internal.platform;

import io.github.fakexendit.internal.platform.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs what falls due on the server's clock: sessions that expire, webhook retries. When a test moves the clock,
 * everything due up to the new time runs in due order, the clock standing at each due instant in turn, before
 * the move returns. As real time passes, a timer thread ({@code fake-xendit-clock}) wakes up at the next due
 * instant. Nothing ever sleeps waiting for fake time.
 */
public final class Timekeeper implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Timekeeper.class.getName());

    /** Work that falls due on the clock. */
    public interface Due {
        /** When the next piece of work is due, if any is pending. */
        Optional<Instant> next();

        /** Does the work that is due on the clock now. */
        void run();

        static Due of(Supplier<Optional<Instant>> next, Runnable run) {
            return new Due() {
                @Override
                public Optional<Instant> next() {
                    return next.get();
                }

                @Override
                public void run() {
                    run.run();
                }
            };
        }
    }

    private final FakeClock clock;
    private final List<Due> work;
    private final Runnable afterStep;
    private final NamedThreads timerThread = new NamedThreads("fake-xendit-clock");
    private final ScheduledThreadPoolExecutor timer;
    private final ReentrantLock moving = new ReentrantLock();
    private ScheduledFuture<?> wakeUp;
    private Instant wakeUpAt;

    /**
     * @param afterStep runs after each step of a clock move that may wait (a synchronous server waits there for
     *                  its webhooks to be answered, so that a retry they cause is due in a later step)
     */
    public Timekeeper(FakeClock clock, List<Due> work, Runnable afterStep) {
        this.clock = clock;
        this.work = List.copyOf(work);
        this.afterStep = afterStep;
        this.timer = new ScheduledThreadPoolExecutor(1, timerThread);
        timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * Moves the clock forward to {@code target}, stopping at each instant where work is due to run it.
     *
     * @param mayWait whether the caller may block ({@code false} on an HTTP I/O thread)
     */
    public void advanceTo(Instant target, boolean mayWait) {
        moving.lock();
        try {
            Instant previous = null;
            Optional<Instant> next;
            while ((next = next()).isPresent() && !next.get().isAfter(target) && !next.get().equals(previous)) {
                previous = next.get();
                clock.advanceTo(previous);
                step(mayWait);
            }
            clock.advanceTo(target);
            step(mayWait);
        } finally {
            moving.unlock();
        }
        synchronized (this) {
            wakeUpAt = null;
        }
        wake();
    }

    private void step(boolean mayWait) {
        for (Due due : work) {
            due.run();
        }
        if (mayWait) {
            afterStep.run();
        }
    }

    /** Sets the timer for the next due instant, if that is earlier than the one it is set for. */
    public void wake() {
        Optional<Instant> next = next();
        if (next.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (wakeUpAt != null && !next.get().isBefore(wakeUpAt)) {
                return;
            }
            if (wakeUp != null) {
                wakeUp.cancel(false);
            }
            Instant at = next.get();
            long delay = Math.max(0, Duration.between(clock.instant(), at).toNanos());
            try {
                wakeUp = timer.schedule(() -> tick(at), delay, TimeUnit.NANOSECONDS);
                wakeUpAt = at;
            } catch (RejectedExecutionException closed) {
                wakeUp = null;
            }
        }
    }

    private void tick(Instant scheduledFor) {
        try {
            for (Due due : work) {
                due.run();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "fake-xendit failed running what was due at " + scheduledFor, e);
        }
        synchronized (this) {
            if (scheduledFor.equals(wakeUpAt)) {
                wakeUpAt = null;
                wakeUp = null;
            }
        }
        wake();
    }

    private Optional<Instant> next() {
        Instant soonest = null;
        for (Due due : work) {
            Optional<Instant> next = due.next();
            if (next.isPresent() && (soonest == null || next.get().isBefore(soonest))) {
                soonest = next.get();
            }
        }
        return Optional.ofNullable(soonest);
    }

    /** Stops the timer and waits for its thread to end. */
    @Override
    public void close() {
        timerThread.stop(timer);
    }
}
