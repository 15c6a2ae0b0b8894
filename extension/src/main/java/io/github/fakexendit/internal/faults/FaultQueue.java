package io.github.fakexendit.internal.faults;

import io.github.fakexendit.Fault;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The faults scripted for the next requests, in the order they were injected: a request takes the first one
 * that applies to it, which then has one request fewer to go. Thread-safe.
 */
public final class FaultQueue {

    private final List<Pending> pending = new ArrayList<>();

    public synchronized void add(Fault fault) {
        pending.add(new Pending(fault, fault.times()));
    }

    /** The fault for a request that has just arrived, if one applies; it counts as used. */
    public synchronized Optional<Fault> take(String method, String path) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending next = it.next();
            if (next.fault.appliesTo(method, path)) {
                if (next.remaining != Integer.MAX_VALUE && --next.remaining == 0) {
                    it.remove();
                }
                return Optional.of(next.fault);
            }
        }
        return Optional.empty();
    }

    public synchronized void clear() {
        pending.clear();
    }

    private static final class Pending {
        private final Fault fault;
        private int remaining;

        Pending(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }
}
