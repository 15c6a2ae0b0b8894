package io.github.fakexendit.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DueIndexTest {

    private record Thing(String id, long sequence, Instant due) {
    }

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private final DueIndex<Thing> index = new DueIndex<>(Thing::due, Thing::sequence, Thing::id);

    @Test
    void theSoonestComesFirstAndThoseDueTogetherInTheirOrder() {
        index.add(new Thing("late", 1, T.plusSeconds(20)));
        index.add(new Thing("second", 3, T.plusSeconds(10)));
        index.add(new Thing("first", 2, T.plusSeconds(10)));
        index.add(new Thing("never", 4, null));

        assertThat(index.next()).contains(T.plusSeconds(10));
        assertThat(index.pollDue(T.plusSeconds(9))).isNull();
        assertThat(index.pollDue(T.plusSeconds(10))).isEqualTo("first");
        assertThat(index.pollDue(T.plusSeconds(10))).isEqualTo("second");
        assertThat(index.pollDue(T.plusSeconds(10))).isNull();
        assertThat(index.pollDue(T.plusSeconds(60))).isEqualTo("late");
        assertThat(index.next()).isEmpty();
    }

    @Test
    void anEntryFollowsItsObjectAndLeavesWithIt() {
        Thing waiting = new Thing("a", 1, T.plusSeconds(10));
        index.add(waiting);
        Thing later = new Thing("a", 1, T.plusSeconds(30));
        index.replace(waiting, later);
        assertThat(index.pollDue(T.plusSeconds(20))).isNull();

        Thing done = new Thing("a", 1, null);
        index.replace(later, done);
        assertThat(index.next()).isEmpty();

        index.replace(done, waiting);
        assertThat(index.next()).contains(T.plusSeconds(10));
        index.remove(waiting);
        assertThat(index.next()).isEmpty();
        index.remove(null);
    }
}
