package io.github.fakexendit.internal.webhooks;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every delivery attempt since the last reset, oldest first, up to a capacity past which the oldest are dropped. */
final class WebhookLog {

    private static final Comparator<DeliveryAttempt> IN_ORDER_MADE = Comparator.comparing(DeliveryAttempt::time)
            .thenComparingLong(DeliveryAttempt::delivery).thenComparingInt(DeliveryAttempt::attempt);

    private final int capacity;
    private final ArrayDeque<DeliveryAttempt> entries = new ArrayDeque<>();
    private long added;

    WebhookLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(DeliveryAttempt attempt) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(attempt);
        added++;
        notifyAll();
    }

    /**
     * The attempts in the order they were made. An attempt is logged when it ends, so a slow answer is logged after
     * a quicker attempt made later: the snapshot puts them back in order.
     */
    List<DeliveryAttempt> snapshot() {
        List<DeliveryAttempt> copy;
        synchronized (this) {
            copy = new ArrayList<>(entries);
        }
        copy.sort(IN_ORDER_MADE);
        return List.copyOf(copy);
    }

    /** Blocks until {@code count} attempts were logged since the last clear, or {@code timeout} passed. */
    synchronized boolean await(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (added < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    synchronized void clear() {
        entries.clear();
        added = 0;
        notifyAll();
    }
}
