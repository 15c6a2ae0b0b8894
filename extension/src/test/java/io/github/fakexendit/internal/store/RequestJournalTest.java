package io.github.fakexendit.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestJournalTest {

    @Test
    void keepsTheNewestEntriesUpToItsCapacity() {
        RequestJournal journal = new RequestJournal(3);
        for (int i = 0; i < 5; i++) {
            journal.add(entry(journal.nextSequence()));
        }

        assertThat(journal.snapshot()).extracting(JournalEntry::sequence).containsExactly(3L, 4L, 5L);
        assertThat(journal.dropped()).isEqualTo(2);
    }

    @Test
    void listsEntriesInArrivalOrderWhateverOrderTheyWereAnsweredIn() {
        RequestJournal journal = new RequestJournal(10);
        long first = journal.nextSequence();
        long second = journal.nextSequence();
        journal.add(entry(second));
        journal.add(entry(first));

        assertThat(journal.snapshot()).extracting(JournalEntry::sequence).containsExactly(first, second);
    }

    @Test
    void aCapacityOfZeroKeepsNothing() {
        RequestJournal journal = new RequestJournal(0);
        journal.add(entry(journal.nextSequence()));

        assertThat(journal.snapshot()).isEmpty();
        assertThat(journal.dropped()).isEqualTo(1);
    }

    @Test
    void clearForgetsEverything() {
        RequestJournal journal = new RequestJournal(2);
        journal.add(entry(journal.nextSequence()));
        journal.add(entry(journal.nextSequence()));
        journal.add(entry(journal.nextSequence()));

        journal.clear();

        assertThat(journal.snapshot()).isEmpty();
        assertThat(journal.dropped()).isZero();
    }

    private static JournalEntry entry(long sequence) {
        return new JournalEntry(sequence, Instant.EPOCH, "GET", "/sessions/x", null, Map.of(), new byte[0], 404,
                new byte[0], null);
    }
}
