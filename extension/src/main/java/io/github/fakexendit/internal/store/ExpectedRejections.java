package io.github.fakexendit.internal.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Which rejected requests a test said it expected, for strict mode: any rejection that no expectation matches
 * is an integration bug the merchant's code would otherwise have swallowed. Thread-safe.
 */
public final class ExpectedRejections {

    private final List<Predicate<JournalEntry>> expected = new CopyOnWriteArrayList<>();

    /** Rejections that match, already received or still to come, are expected until {@link #clear()}. */
    public void expect(Predicate<JournalEntry> which) {
        expected.add(which);
    }

    /** The rejections among {@code entries} that nothing expected, in arrival order. */
    public List<JournalEntry> unexpected(List<JournalEntry> entries) {
        return entries.stream()
                .filter(JournalEntry::isRejection)
                .filter(entry -> expected.stream().noneMatch(which -> which.test(entry)))
                .toList();
    }

    public void clear() {
        expected.clear();
    }
}
