package io.github.fakexendit.examples.checkout;

import static io.github.fakexendit.RecordedRequest.matching;
import static io.github.fakexendit.assertj.FakeXenditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.Fault;
import io.github.fakexendit.RecordedRequest;
import io.github.fakexendit.junit.FakeXendit;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shop when Xendit is down, slow, or rate-limiting: one line of the test provokes each. */
@FakeXendit(strict = true)
class CheckoutResilienceTest {

    private static final Order ORDER = new Order("order-2001", "customer-7", "budi@example.com", "Budi",
            List.of(new Order.Line("mug", "Mug", 1, 40_000)));

    private final FakeXenditServer xendit;
    /** Three tries with a short backoff. */
    private final CheckoutService checkout;
    /** The same, giving up on an answer after 300 ms: for the tests where Xendit keeps it waiting. */
    private final CheckoutService impatient;

    CheckoutResilienceTest(FakeXenditServer xendit) {
        this.xendit = xendit;
        this.checkout = service(Duration.ofSeconds(10));
        this.impatient = service(Duration.ofMillis(300));
    }

    private CheckoutService service(Duration timeout) {
        return new CheckoutService(xendit.baseUrl(), xendit.apiKey(), "https://shop.example/orders",
                new CheckoutService.Retries(3, Duration.ofMillis(10), timeout));
    }

    @Test
    void aServerErrorIsTriedAgain() {
        xendit.inject(Fault.serverError().times(2).on("POST", "/sessions"));

        PaymentLink link = checkout.startPayment(ORDER);

        assertThat(xendit).hasReceivedRequests(3, "POST", "/sessions")
                .extracting(RecordedRequest::status).containsExactly(500, 500, 201);
        assertThat(xendit).hasCreatedSessions(1).first().hasReferenceId("order-2001");
        assertThat(link.sessionId()).isEqualTo(xendit.sessions().get(0).id());
    }

    @Test
    void aRateLimitIsWaitedOutAsXenditAsks() {
        xendit.inject(Fault.rateLimited(Duration.ofMillis(100)));

        checkout.startPayment(ORDER);

        assertThat(xendit).hasReceivedRequests(2, "POST", "/sessions").first()
                .hasStatus(429).hasFault(Fault.Kind.RATE_LIMITED);
        assertThat(xendit).hasCreatedSessions(1);
    }

    @Test
    void xenditDownForLongerThanTheShopTriesIsAnErrorForTheCaller() {
        xendit.inject(Fault.serviceUnavailable().always());

        assertThatThrownBy(() -> checkout.startPayment(ORDER))
                .isInstanceOfSatisfying(XenditException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(xendit).hasReceivedRequests(3, "POST", "/sessions");
        assertThat(xendit).hasCreatedSessions(0);
    }

    @Test
    void aReadThatGetsNoAnswerTimesOutAndIsTriedAgain() {
        PaymentLink link = checkout.startPayment(ORDER);
        xendit.inject(Fault.noResponse().on("GET", "/sessions/*"));

        assertThat(impatient.paymentStatus(link.sessionId())).isEqualTo(PaymentStatus.AWAITING_PAYMENT);
        assertThat(xendit.requests()).filteredOn(matching("GET", "/sessions/*")).first()
                .extracting(RecordedRequest::fault).isEqualTo(Fault.noResponse().on("GET", "/sessions/*"));
    }

    @Test
    void aCreateThatTimesOutMayStillHaveCreatedTheSession() {
        xendit.inject(Fault.delay(Duration.ofMinutes(1)).on("POST", "/sessions"));

        assertThatThrownBy(() -> impatient.startPayment(ORDER))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);
        // on a busy machine the shop may give up before the fake has taken the request in: wait for it
        xendit.awaitRequest(matching("POST", "/sessions"), Duration.ofSeconds(10));
        assertThat(xendit).as("never sent twice").hasReceivedRequests(1, "POST", "/sessions");
        assertThat(xendit).hasCreatedSessions(1).first().hasReferenceId("order-2001");
    }

    @Test
    void aConnectionThatBreaksOffMidAnswerLeavesASessionTheShopNeverSaw() {
        xendit.inject(Fault.dropConnectionMidResponse().on("POST", "/sessions"));

        assertThatThrownBy(() -> checkout.startPayment(ORDER)).isInstanceOf(UncheckedIOException.class);
        assertThat(xendit).hasCreatedSessions(1);
    }

    @Test
    void aDroppedConnectionOnAReadIsTriedAgain() {
        PaymentLink link = checkout.startPayment(ORDER);
        xendit.session(link.sessionId()).complete();
        xendit.inject(Fault.dropConnection().on("GET", "/sessions/*"));

        assertThat(checkout.paymentStatus(link.sessionId())).isEqualTo(PaymentStatus.PAID);
        assertThat(xendit).hasReceivedRequests(2, "GET", "/sessions/*").first().hasFault(Fault.Kind.DROP_CONNECTION);
    }

    @Test
    void anOrderPaidForInTheBackground() throws Exception {
        CompletableFuture<PaymentLink> started = checkout.startPaymentInBackground(ORDER);

        RecordedRequest create = xendit.awaitRequest(matching("POST", "/sessions"), Duration.ofSeconds(10));

        assertThat(create).hasBodyMatching("{\"reference_id\": \"order-2001\", \"amount\": 40000}");
        PaymentLink link = started.get(10, TimeUnit.SECONDS);
        xendit.session(link.sessionId()).complete();
        assertThat(checkout.paymentStatus(link.sessionId())).isEqualTo(PaymentStatus.PAID);
    }
}
