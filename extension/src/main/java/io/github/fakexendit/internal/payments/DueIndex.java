package io.github.fakexendit.internal.payments;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The objects of one kind that something happens to at an instant of the server's clock (an authorisation lapses,
 * a card expires, a direct payment expires), soonest first: their ids by that instant, their sequence telling
 * apart those due together. Not thread-safe: the store calls it under the ledger's lock.
 *
 * @param <T> the kind of object
 */
final class DueIndex<T> {

    private record Entry(Instant at, long sequence, String id) {
    }

    private final Function<T, Instant> dueAt;
    private final ToLongFunction<T> sequence;
    private final Function<T, String> id;
    private final TreeSet<Entry> entries =
            new TreeSet<>(Comparator.comparing(Entry::at).thenComparingLong(Entry::sequence));

    /** @param dueAt when an object is due, or {@code null} if nothing happens to it on the clock */
    DueIndex(Function<T, Instant> dueAt, ToLongFunction<T> sequence, Function<T, String> id) {
        this.dueAt = dueAt;
        this.sequence = sequence;
        this.id = id;
    }

    void add(T object) {
        replace(null, object);
    }

    void remove(T object) {
        replace(object, null);
    }

    /** {@code previous} became {@code current} (either may be {@code null}): its entry follows its instant. */
    void replace(T previous, T current) {
        Entry before = entry(previous);
        Entry after = entry(current);
        if (!Objects.equals(before, after)) {
            if (before != null) {
                entries.remove(before);
            }
            if (after != null) {
                entries.add(after);
            }
        }
    }

    /** The soonest instant an object is due, if any is held. */
    Optional<Instant> next() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.first().at());
    }

    /** The id of the soonest object due by {@code now}, taken out of the index; {@code null} if none is due. */
    String pollDue(Instant now) {
        return entries.isEmpty() || entries.first().at().isAfter(now) ? null : entries.pollFirst().id();
    }

    void clear() {
        entries.clear();
    }

    private Entry entry(T object) {
        Instant at = object == null ? null : dueAt.apply(object);
        return at == null ? null : new Entry(at, sequence.applyAsLong(object), id.apply(object));
    }
}
