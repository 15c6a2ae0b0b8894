package io.github.fakexendit.internal.store;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The requests a server received, oldest first, up to a capacity: past it the oldest entries are dropped, so
 * a long run holds a bounded amount of memory. Every change wakes the threads waiting in {@link #await}.
 */
public final class RequestJournal {

    private final int capacity;
    private final AtomicLong sequence = new AtomicLong();
    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
    private long dropped;
    /** Counts changes, so that a waiter knows whether anything happened since it last looked. */
    private long version;

    public RequestJournal(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("journal capacity must be >= 0, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** The arrival number of a new request; entries are listed in this order. */
    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    public synchronized void add(JournalEntry entry) {
        if (capacity == 0) {
            dropped++;
        } else {
            if (entries.size() == capacity) {
                entries.removeFirst();
                dropped++;
            }
            entries.addLast(entry);
        }
        changed();
    }

    /** The entries held now, in arrival order (requests answered out of order are put back in order). */
    public List<JournalEntry> snapshot() {
        List<JournalEntry> copy;
        synchronized (this) {
            copy = new ArrayList<>(entries);
        }
        copy.sort(Comparator.comparingLong(JournalEntry::sequence));
        return copy;
    }

    /**
     * Blocks until {@code lookFor} finds something in the entries, looking again after every change, or until
     * {@code timeout} has passed. {@code lookFor} runs without the journal's lock, in the waiting thread.
     *
     * @return what {@code lookFor} found, or empty on timeout
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public <T> Optional<T> await(Function<List<JournalEntry>, Optional<T>> lookFor, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen;
            synchronized (this) {
                seen = version;
            }
            Optional<T> found = lookFor.apply(snapshot());
            if (found.isPresent()) {
                return found;
            }
            synchronized (this) {
                while (version == seen) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return Optional.empty();
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            }
        }
    }

    /** How many entries were dropped because the journal was full, since the last {@link #clear()}. */
    public synchronized long dropped() {
        return dropped;
    }

    public int capacity() {
        return capacity;
    }

    public synchronized void clear() {
        entries.clear();
        dropped = 0;
        changed();
    }

    private void changed() {
        version++;
        notifyAll();
    }
}
