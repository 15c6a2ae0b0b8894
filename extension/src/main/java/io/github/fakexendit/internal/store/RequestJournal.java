package io.github.fakexendit.internal.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests a server received, oldest first, up to a capacity: past it the oldest entries are dropped, so
 * a long run holds a bounded amount of memory.
 */
public final class RequestJournal {

    private final int capacity;
    private final AtomicLong sequence = new AtomicLong();
    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
    private long dropped;

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
            return;
        }
        if (entries.size() == capacity) {
            entries.removeFirst();
            dropped++;
        }
        entries.addLast(entry);
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
    }
}
