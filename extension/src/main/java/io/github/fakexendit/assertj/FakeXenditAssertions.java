package io.github.fakexendit.assertj;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.PaymentHandle;
import io.github.fakexendit.RecordedRequest;
import io.github.fakexendit.WebhookAttempt;

/**
 * AssertJ assertions on what the merchant's code did to the fake and what the fake sent back: the sessions
 * it created, the requests it sent, what was rejected and why, the webhooks that went out. A failure names what was expected and shows the evidence in full: the
 * request in question pretty-printed, or every request that did arrive.
 *
 * <pre>{@code
 * import static io.github.fakexendit.assertj.FakeXenditAssertions.assertThat;
 *
 * assertThat(xendit).hasCreatedSessions(1).first()
 *         .hasReferenceId("order-1001")
 *         .hasAmount(200_000)
 *         .hasCurrency("IDR")
 *         .hasCustomerEmail("ayu@example.com");
 * assertThat(xendit).hasRejectedNoRequests();
 * }</pre>
 *
 * <p>Needs {@code org.assertj:assertj-core} on the test classpath, and
 * {@code net.javacrumbs.json-unit:json-unit-assertj} for the JSON body comparisons.
 */
public final class FakeXenditAssertions {

    private FakeXenditAssertions() {
    }

    /** Assertions on everything the server received. */
    public static FakeXenditServerAssert assertThat(FakeXenditServer server) {
        return new FakeXenditServerAssert(server);
    }

    /** Assertions on one webhook attempt, e.g. one of {@code server.webhooks().attempts()}. */
    public static WebhookAttemptAssert assertThat(WebhookAttempt attempt) {
        return new WebhookAttemptAssert(attempt);
    }

    /** Assertions on one payment of the Payments API v3, e.g. {@code xendit.payment(paymentId)}. */
    public static PaymentAssert assertThat(PaymentHandle payment) {
        return new PaymentAssert(payment);
    }

    /** Assertions on one recorded request. */
    public static RecordedRequestAssert assertThat(RecordedRequest request) {
        return new RecordedRequestAssert(request);
    }
}
