package io.github.fakexendit.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.RefundStatus;
import io.github.fakexendit.examples.springboot.Orders.Status;
import io.github.fakexendit.examples.springboot.XenditClient.PaymentLink;
import io.github.fakexendit.junit.FakeXendit;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Customer service refunds a paid order: part of it, then the rest. {@code POST /refunds} answers PENDING; the
 * order moves when {@code refund.succeeded} arrives, and a refund Xendit refuses is the caller's error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FakeXendit(synchronousWebhooks = true)
class OrderRefundTest {

    private static FakeXenditServer xendit;

    @BeforeAll
    static void keep(FakeXenditServer server) {
        xendit = server;
    }

    @DynamicPropertySource
    static void pointTheShopAtTheFake(DynamicPropertyRegistry properties) {
        properties.add("xendit.base-url", () -> xendit.baseUrl());
        properties.add("xendit.secret-key", () -> xendit.apiKey());
        properties.add("xendit.callback-token", () -> xendit.callbackToken());
    }

    @LocalServerPort
    int port;

    @Autowired
    Checkout checkout;

    @Autowired
    Orders orders;

    @BeforeEach
    void sendWebhooksToTheShop() {
        xendit.webhooks().sendTo("http://127.0.0.1:" + port + XenditWebhookController.PATH);
    }

    private void paid(String orderId, long amount) {
        PaymentLink link = checkout.start(orderId, amount);
        xendit.session(link.sessionId()).complete();  // paid by card: payment.capture, payment_session.completed
    }

    @Test
    void aPartialThenAFullRefundGiveTheWholeOrderBack() {
        paid("order-r1", 99_000);

        XenditClient.Refund partial = checkout.refund("order-r1", 30_000L, "damaged-box");
        xendit.webhooks().await(3, Duration.ofSeconds(10));

        assertThat(partial.status()).isEqualTo("PENDING");
        assertThat(orders.find("order-r1").orElseThrow())
                .extracting(Orders.Order::status, Orders.Order::refunded)
                .containsExactly(Status.PARTIALLY_REFUNDED, 30_000L);

        XenditClient.Refund rest = checkout.refund("order-r1", null, "returned");
        xendit.webhooks().await(4, Duration.ofSeconds(10));

        assertThat(rest.amount()).isEqualTo(69_000);
        assertThat(orders.find("order-r1").orElseThrow().status()).isEqualTo(Status.REFUNDED);
        assertThat(xendit.refund(rest.id()).status()).isEqualTo(RefundStatus.SUCCEEDED);
    }

    @Test
    void aRetriedRefundWithItsKeyRefundsOnce() {
        paid("order-r2", 99_000);

        XenditClient.Refund first = checkout.refund("order-r2", 10_000L, "goodwill");
        XenditClient.Refund again = checkout.refund("order-r2", 10_000L, "goodwill"); // same key: the first answer
        xendit.webhooks().await(3, Duration.ofSeconds(10));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(xendit.refunds().all()).hasSize(1);
        assertThat(orders.find("order-r2").orElseThrow().refunded()).isEqualTo(10_000L);
    }

    @Test
    void moreThanWasPaidIsRefusedByXendit() {
        paid("order-r3", 99_000);

        assertThatThrownBy(() -> checkout.refund("order-r3", 100_000L, "too-much"))
                .isInstanceOfSatisfying(XenditException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).isEqualTo("REFUND_AMOUNT_EXCEEDED");
                });
        assertThat(orders.find("order-r3").orElseThrow().status()).isEqualTo(Status.PAID);
    }
}
