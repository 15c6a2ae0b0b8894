package io.github.fakexendit.examples.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.WebhookAttempt;
import io.github.fakexendit.Webhooks;
import io.github.fakexendit.junit.FakeXendit;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shop's webhook endpoint, receiving the webhooks fake-xendit sends. Synchronous webhooks make each scripted
 * step return once the shop answered, so the tests read the order right after.
 */
@FakeXendit(synchronousWebhooks = true)
class XenditWebhookEndpointTest {

    private static final Order ORDER = new Order("order-2001", "customer-42", "ayu@example.com", "Ayu",
            List.of(new Order.Line("tee-red-m", "Red tee", 1, 75_000)));

    private final FakeXenditServer xendit;
    private final OrderBook orders = new OrderBook();
    private final List<String> shipped = new CopyOnWriteArrayList<>();
    private final CheckoutService checkout;
    private XenditWebhookEndpoint endpoint;

    XenditWebhookEndpointTest(FakeXenditServer xendit) {
        this.xendit = xendit;
        this.checkout = new CheckoutService(xendit.baseUrl(), xendit.apiKey(), "https://shop.example/orders",
                CheckoutService.Retries.NONE, orders);
        listen(xendit.callbackToken(), shipped::add);
    }

    /** The shop's endpoint runs on a port chosen at run time, so the fake learns its URL here. */
    private void listen(String token, Consumer<String> shipping) {
        if (endpoint != null) {
            endpoint.close();
        }
        endpoint = new XenditWebhookEndpoint(token, orders, shipping);
        xendit.webhooks().sendTo(endpoint.url());
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void aPaidOrderIsMarkedPaidAndShipped() {
        PaymentLink link = checkout.startPayment(ORDER);

        xendit.session(link.sessionId()).complete();

        OrderBook.Entry order = orders.find(ORDER.id()).orElseThrow();
        assertThat(order.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(order.paymentId()).startsWith("py-");
        assertThat(shipped).containsExactly(ORDER.id());
    }

    @Test
    void anOrderNobodyPaysForExpiresWhenItsSessionDoes() {
        checkout.startPayment(ORDER);

        xendit.clock().advance(Duration.ofMinutes(31));

        assertThat(orders.find(ORDER.id()).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(shipped).isEmpty();
    }

    @Test
    void aDuplicateDeliveryShipsTheOrderOnce() {
        PaymentLink link = checkout.startPayment(ORDER);
        xendit.session(link.sessionId()).complete();

        xendit.webhooks().redeliver(link.sessionId());

        // the payment's webhook comes first; the shop acknowledges it and acts on the session's
        assertThat(xendit.webhooks().attempts()).extracting(WebhookAttempt::event, WebhookAttempt::delivery,
                WebhookAttempt::status).containsExactly(tuple(Webhooks.PAYMENT_CAPTURE, 1L, 200),
                tuple(Webhooks.COMPLETED, 2L, 200), tuple(Webhooks.COMPLETED, 3L, 200));
        assertThat(shipped).containsExactly(ORDER.id());
    }

    @Test
    void aWebhookWithTheWrongTokenIsRefusedAndChangesNothing() {
        listen("a-token-xendit-never-sends", shipped::add);
        PaymentLink link = checkout.startPayment(ORDER);

        xendit.session(link.sessionId()).complete();

        assertThat(xendit.webhooks().attempts()).hasSize(2)
                .allSatisfy(attempt -> assertThat(attempt.status()).isEqualTo(401));
        assertThat(orders.find(ORDER.id()).orElseThrow().status()).isEqualTo(PaymentStatus.AWAITING_PAYMENT);
        assertThat(shipped).isEmpty();
    }

    @Test
    void aHandlerThatFailsIsRetriedFifteenMinutesLaterAndThenShips() {
        AtomicInteger tries = new AtomicInteger();
        listen(xendit.callbackToken(), orderId -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("the warehouse is down");
            }
            shipped.add(orderId);
        });
        PaymentLink link = checkout.startPayment(ORDER);

        xendit.session(link.sessionId()).complete();
        assertThat(shipped).isEmpty();
        xendit.clock().advance(Duration.ofMinutes(15));

        assertThat(xendit.webhooks().attempts()).filteredOn(attempt -> attempt.event().equals(Webhooks.COMPLETED))
                .extracting(WebhookAttempt::attempt, WebhookAttempt::status).containsExactly(tuple(1, 500), tuple(2, 200));
        assertThat(shipped).containsExactly(ORDER.id());
    }

    @Test
    void anExpiryArrivingAfterThePaymentOfANewerSessionLeavesTheOrderPaid() {
        PaymentLink abandoned = checkout.startPayment(ORDER);
        PaymentLink retried = checkout.startPayment(ORDER);   // the customer asked for a new link
        xendit.webhooks().hold();
        xendit.session(abandoned.sessionId()).expire();
        xendit.session(retried.sessionId()).complete();

        xendit.webhooks().release(retried.sessionId(), abandoned.sessionId());

        assertThat(xendit.webhooks().attempts()).extracting(WebhookAttempt::resourceId)
                .containsExactly(retried.sessionId(), abandoned.sessionId(), xendit.session(retried.sessionId()).paymentId());
        assertThat(orders.find(ORDER.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(shipped).containsExactly(ORDER.id());
    }
}
