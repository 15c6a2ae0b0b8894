package io.github.fakexendit;

import io.github.fakexendit.internal.FailureMessages;
import io.github.fakexendit.internal.runtime.Engine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The request journal of a server as its handle shows it: recorded requests, waiting for them, strict mode. */
final class Journal {

    private final Engine engine;

    Journal(Engine engine) {
        this.engine = engine;
    }

    /** @see FakeXenditServer#requests() */
    List<RecordedRequest> requests() {
        return engine.journal().snapshot().stream().map(RecordedRequest::of).toList();
    }

    /** @see FakeXenditServer#awaitRequests */
    List<RecordedRequest> await(int count, Predicate<RecordedRequest> matching, Duration timeout) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, got " + timeout);
        }
        try {
            return engine.journal().await(entries -> {
                List<RecordedRequest> found = entries.stream().map(RecordedRequest::of).filter(matching).toList();
                return found.size() >= count ? Optional.of(found.subList(0, count)) : Optional.empty();
            }, timeout).orElseThrow(() -> {
                List<RecordedRequest> received = requests();
                int found = (int) received.stream().filter(matching).count();
                return new AssertionError(FailureMessages.awaitTimedOut(count, matching, timeout, found, received));
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for requests", e);
        }
    }

    /** @see FakeXenditServer#expectRejections */
    void expectRejections(Predicate<RecordedRequest> which) {
        engine.expectedRejections().expect(entry -> which.test(RecordedRequest.of(entry)));
    }

    /** @see FakeXenditServer#verifyNoUnexpectedRejections() */
    void verifyNoUnexpectedRejections() {
        List<RecordedRequest> unexpected = engine.expectedRejections().unexpected(engine.journal().snapshot())
                .stream().map(RecordedRequest::of).toList();
        if (!unexpected.isEmpty()) {
            engine.expectedRejections().expect(entry -> unexpected.contains(RecordedRequest.of(entry)));
            throw new AssertionError(FailureMessages.unexpectedRejections(unexpected));
        }
    }
}
