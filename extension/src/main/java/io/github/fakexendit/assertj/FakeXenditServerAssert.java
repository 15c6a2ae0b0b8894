package io.github.fakexendit.assertj;

import static io.github.fakexendit.internal.FailureMessages.count;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.PaymentRequestHandle;
import io.github.fakexendit.RefundHandle;
import io.github.fakexendit.RefundStatus;
import io.github.fakexendit.RecordedRequest;
import io.github.fakexendit.WebhookAttempt;
import io.github.fakexendit.internal.FailureMessages;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on everything a {@link FakeXenditServer} received since its last reset, and the way from there to
 * one request: {@code hasCreatedSessions(1).first()}, {@code hasReceivedRequest("GET", "/sessions/*")},
 * {@code hasRejectedRequest()}. When the count is not what was expected, the failure lists every request that
 * did arrive.
 *
 * <pre>{@code
 * assertThat(xendit).hasReceivedRequests(3, "POST", "/sessions").last().hasStatus(201);
 * assertThat(xendit).hasRejectedRequest().hasStatus(400).hasErrorCode("API_VALIDATION_ERROR");
 * }</pre>
 */
public final class FakeXenditServerAssert extends AbstractAssert<FakeXenditServerAssert, FakeXenditServer> {

    private static final Predicate<RecordedRequest> CREATES = RecordedRequest.matching("POST", "/sessions");

    FakeXenditServerAssert(FakeXenditServer server) {
        super(server, FakeXenditServerAssert.class);
    }

    /** Exactly {@code count} requests arrived, of any kind. */
    public FakeXenditServerAssert hasReceivedRequests(int count) {
        List<RecordedRequest> received = received();
        if (received.size() != count) {
            failWithMessage("%s", FailureMessages.expectedCount(count(count, "request"), received.size(),
                    FailureMessages.received(received)));
        }
        return this;
    }

    /** No request arrived since the last reset. */
    public FakeXenditServerAssert hasReceivedNoRequests() {
        return hasReceivedRequests(0);
    }

    /**
     * Exactly {@code count} requests with this method and path arrived; {@code *} matches any method, or any
     * one path segment. Goes on to those requests, in arrival order.
     */
    public RecordedRequestsAssert hasReceivedRequests(int count, String method, String path) {
        Predicate<RecordedRequest> matching = RecordedRequest.matching(method, path);
        return new RecordedRequestsAssert(select(count, count(count, "request") + " matching " + matching, matching));
    }

    /** Exactly one request with this method and path arrived; goes on to it. */
    public RecordedRequestAssert hasReceivedRequest(String method, String path) {
        return hasReceivedRequests(1, method, path).first();
    }

    /**
     * Exactly {@code count} sessions were created ({@code POST /sessions} answered 201); goes on to the
     * requests that created them, in creation order.
     */
    public CreatedSessionsAssert hasCreatedSessions(int count) {
        return new CreatedSessionsAssert(select(count, count(count, "created session"),
                CREATES.and(request -> request.status() == 201)), actual);
    }

    /**
     * Exactly {@code count} requests were rejected: answered 4xx as Xendit would, not by a scripted fault.
     * Goes on to them; in strict mode they count as expected from now on.
     */
    public RecordedRequestsAssert hasRejectedRequests(int count) {
        List<RecordedRequest> rejected = select(count, count(count, "rejected request"), RecordedRequest::isRejected);
        actual.expectRejections(rejected::contains);
        return new RecordedRequestsAssert(rejected);
    }

    /** Exactly one request was rejected; goes on to it, to say why. In strict mode it counts as expected. */
    public RecordedRequestAssert hasRejectedRequest() {
        return hasRejectedRequests(1).first();
    }

    /** No request was rejected; the failure shows each one that was, with Xendit's error. */
    public FakeXenditServerAssert hasRejectedNoRequests() {
        List<RecordedRequest> rejected = received().stream().filter(RecordedRequest::isRejected).toList();
        if (!rejected.isEmpty()) {
            failWithMessage("%s", FailureMessages.expectedCount("no rejected requests", rejected.size(),
                    FailureMessages.listing(rejected)));
        }
        return this;
    }

    /**
     * Exactly {@code count} webhooks went out since the last reset (a redelivery is a webhook of its own; retries
     * are attempts of the same webhook; with no URL set, a webhook is recorded but not sent). Goes on to them, each
     * at its latest attempt, in the order they were first sent.
     */
    public WebhookAttemptsAssert hasSentWebhooks(int count) {
        return new WebhookAttemptsAssert(webhooks(count, count(count, "webhook"), attempt -> true));
    }

    /**
     * Exactly one webhook of {@code event} about this object went out: a session ({@code payment_session.*}), a
     * payment ({@code payment.*}) or a payment token ({@code payment_token.*}). Goes on to its latest attempt.
     */
    public WebhookAttemptAssert hasSentWebhook(String event, String objectId) {
        return new WebhookAttemptAssert(webhooks(1, "1 webhook " + event + " for " + objectId,
                attempt -> attempt.event().equals(event) && attempt.resourceId().equals(objectId)).get(0));
    }

    /**
     * The token was charged exactly {@code times} times ({@code POST /v3/payment_requests} with its
     * {@code payment_token_id}, whatever became of each charge) since the last reset; the failure lists the
     * charges made.
     */
    public FakeXenditServerAssert hasChargedToken(String paymentTokenId, int times) {
        isNotNull();
        List<PaymentRequestHandle> charges = actual.paymentToken(paymentTokenId).charges();
        if (charges.size() != times) {
            failWithMessage("%s", FailureMessages.expectedCount(count(times, "charge") + " of " + paymentTokenId,
                    charges.size(), charges.isEmpty() ? "The token was not charged."
                            : "Charges made:\n\n" + FailureMessages.listing(charges)));
        }
        return this;
    }

    /**
     * A refund of {@code amount} of the payment request SUCCEEDED; the failure lists the refunds made since the
     * last reset.
     */
    public FakeXenditServerAssert hasRefunded(String paymentRequestId, BigDecimal amount) {
        isNotNull();
        List<RefundHandle> refunds = actual.refunds().all();
        boolean found = refunds.stream().anyMatch(r -> r.paymentRequestId().equals(paymentRequestId)
                && r.status() == RefundStatus.SUCCEEDED && r.amount().compareTo(amount) == 0);
        if (!found) {
            failWithMessage("%s", FailureMessages.lacking("a SUCCEEDED refund of " + amount.toPlainString()
                    + " of payment request " + paymentRequestId, "the refunds made since the reset",
                    refunds.isEmpty() ? "none" : FailureMessages.listing(refunds)));
        }
        return this;
    }

    public FakeXenditServerAssert hasSentNoWebhooks() {
        webhooks(0, "no webhooks", attempt -> true);
        return this;
    }

    /** The latest attempt of each webhook that matches, if there are exactly {@code count}; else a failure. */
    private List<WebhookAttempt> webhooks(int count, String expected, Predicate<WebhookAttempt> matching) {
        isNotNull();
        Map<Long, WebhookAttempt> latest = new LinkedHashMap<>();
        for (WebhookAttempt attempt : actual.webhooks().attempts()) {
            latest.merge(attempt.delivery(), attempt, (a, b) -> b.attempt() > a.attempt() ? b : a);
        }
        List<WebhookAttempt> found = latest.values().stream().filter(matching).toList();
        if (found.size() != count) {
            failWithMessage("%s", FailureMessages.expectedCount(expected, found.size(), latest.isEmpty()
                    ? "No webhooks were sent." : "Webhooks sent, each at its latest attempt:\n\n"
                    + FailureMessages.listing(List.copyOf(latest.values()))));
        }
        return found;
    }

    private List<RecordedRequest> received() {
        isNotNull();
        return actual.requests();
    }

    /** The requests that match, if there are exactly {@code count}; otherwise a failure listing all requests. */
    private List<RecordedRequest> select(int count, String expected, Predicate<RecordedRequest> matching) {
        List<RecordedRequest> received = received();
        List<RecordedRequest> found = received.stream().filter(matching).toList();
        if (found.size() != count) {
            failWithMessage("%s", FailureMessages.expectedCount(expected, found.size(),
                    FailureMessages.received(received)));
        }
        return found;
    }
}
