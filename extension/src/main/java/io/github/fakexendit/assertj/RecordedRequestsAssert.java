package io.github.fakexendit.assertj;

import io.github.fakexendit.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.FactoryBasedNavigableListAssert;

/**
 * Assertions on some recorded requests, in arrival order: all of AssertJ's list assertions, and
 * {@code first()}, {@code last()}, {@code element(i)} to go on to one of them.
 *
 * <pre>{@code
 * assertThat(xendit).hasReceivedRequests(3, "POST", "/sessions")
 *         .extracting(RecordedRequest::status).containsExactly(500, 500, 201);
 * }</pre>
 */
public final class RecordedRequestsAssert extends FactoryBasedNavigableListAssert<RecordedRequestsAssert,
        List<RecordedRequest>, RecordedRequest, RecordedRequestAssert> {

    RecordedRequestsAssert(List<RecordedRequest> requests) {
        super(requests, RecordedRequestsAssert.class, RecordedRequestAssert::new);
    }

    /** The element's failures speak for themselves: AssertJ's "check first element" is left out. */
    @Override
    public RecordedRequestAssert toAssert(RecordedRequest request, String navigation) {
        RecordedRequestAssert element = new RecordedRequestAssert(request);
        return info.hasDescription() ? element.as(info.description()) : element;
    }

    @Override
    protected RecordedRequestsAssert newAbstractIterableAssert(Iterable<? extends RecordedRequest> requests) {
        return new RecordedRequestsAssert(listOf(requests));
    }

    /** AssertJ hands filtered elements back as an {@code Iterable}; these asserts hold a {@code List}. */
    static <T> List<T> listOf(Iterable<? extends T> elements) {
        List<T> list = new ArrayList<>();
        elements.forEach(list::add);
        return List.copyOf(list);
    }
}
