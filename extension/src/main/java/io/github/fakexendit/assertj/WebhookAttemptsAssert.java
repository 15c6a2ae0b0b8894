package io.github.fakexendit.assertj;

import io.github.fakexendit.WebhookAttempt;
import java.util.List;
import org.assertj.core.api.FactoryBasedNavigableListAssert;

/**
 * Assertions on some webhooks, each at its latest attempt, in the order they were first sent: all of AssertJ's
 * list assertions, and {@code first()}, {@code last()}, {@code element(i)} to go on to one of them.
 *
 * <pre>{@code
 * assertThat(xendit).hasSentWebhooks(2)
 *         .extracting(WebhookAttempt::event).containsExactly(Webhooks.COMPLETED, Webhooks.EXPIRED);
 * }</pre>
 */
public final class WebhookAttemptsAssert extends FactoryBasedNavigableListAssert<WebhookAttemptsAssert,
        List<WebhookAttempt>, WebhookAttempt, WebhookAttemptAssert> {

    WebhookAttemptsAssert(List<WebhookAttempt> attempts) {
        super(attempts, WebhookAttemptsAssert.class, WebhookAttemptAssert::new);
    }

    /** The element's failures speak for themselves: AssertJ's "check first element" is left out. */
    @Override
    public WebhookAttemptAssert toAssert(WebhookAttempt attempt, String navigation) {
        WebhookAttemptAssert element = new WebhookAttemptAssert(attempt);
        return info.hasDescription() ? element.as(info.description()) : element;
    }

    @Override
    protected WebhookAttemptsAssert newAbstractIterableAssert(Iterable<? extends WebhookAttempt> attempts) {
        return new WebhookAttemptsAssert(RecordedRequestsAssert.listOf(attempts));
    }
}
