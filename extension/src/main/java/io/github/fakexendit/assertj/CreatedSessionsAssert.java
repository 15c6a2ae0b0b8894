package io.github.fakexendit.assertj;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.RecordedRequest;
import io.github.fakexendit.internal.FailureMessages;
import java.util.List;
import org.assertj.core.api.FactoryBasedNavigableListAssert;

/**
 * Assertions on the requests that created sessions, in creation order: all of AssertJ's list assertions, and
 * {@code first()}, {@code last()}, {@code element(i)} or {@link #withReferenceId(String)} to go on to one.
 *
 * <pre>{@code
 * assertThat(xendit).hasCreatedSessions(2).withReferenceId("order-1002").hasAmount(50_000);
 * }</pre>
 */
public final class CreatedSessionsAssert extends FactoryBasedNavigableListAssert<CreatedSessionsAssert,
        List<RecordedRequest>, RecordedRequest, CreatedSessionAssert> {

    private final FakeXenditServer server;

    CreatedSessionsAssert(List<RecordedRequest> creates, FakeXenditServer server) {
        super(creates, CreatedSessionsAssert.class, create -> new CreatedSessionAssert(create, server));
        this.server = server;
    }

    /** Goes on to the one session created with this {@code reference_id}. */
    public CreatedSessionAssert withReferenceId(String referenceId) {
        List<RecordedRequest> found = actual.stream()
                .filter(create -> referenceId.equals(CreatedSessionAssert.referenceIdOf(create))).toList();
        if (found.size() != 1) {
            failWithMessage("%s", FailureMessages.expectedCount(
                    "1 created session with reference_id \"" + referenceId + "\"", found.size(),
                    FailureMessages.listing(actual)));
        }
        return new CreatedSessionAssert(found.get(0), server);
    }

    /** The element's failures speak for themselves: AssertJ's "check first element" is left out. */
    @Override
    public CreatedSessionAssert toAssert(RecordedRequest create, String navigation) {
        CreatedSessionAssert element = new CreatedSessionAssert(create, server);
        return info.hasDescription() ? element.as(info.description()) : element;
    }

    @Override
    protected CreatedSessionsAssert newAbstractIterableAssert(Iterable<? extends RecordedRequest> creates) {
        return new CreatedSessionsAssert(RecordedRequestsAssert.listOf(creates), server);
    }
}
