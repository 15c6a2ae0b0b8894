package io.github.fakexendit.examples.springboot;

import static io.github.fakexendit.assertj.FakeXenditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.PaymentCapture;
import io.github.fakexendit.PaymentHandle;
import io.github.fakexendit.PaymentRequestStatus;
import io.github.fakexendit.PaymentStatus;
import io.github.fakexendit.SessionHandle;
import io.github.fakexendit.WebhookAttempt;
import io.github.fakexendit.Webhooks;
import io.github.fakexendit.examples.springboot.Orders.Status;
import io.github.fakexendit.examples.springboot.XenditClient.PaymentLink;
import io.github.fakexendit.junit.FakeXendit;
import java.math.BigDecimal;
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
 * Orders whose card is only authorised at checkout: the shop captures the payment when the warehouse ships the
 * order and voids it when the order is cancelled, against fake-xendit's Payments API, with its webhooks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FakeXendit(synchronousWebhooks = true)
class ManualCaptureTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

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
    Fulfilment fulfilment;

    @Autowired
    Orders orders;

    @Autowired
    Warehouse warehouse;

    @BeforeEach
    void sendWebhooksToTheShop() {
        xendit.webhooks().sendTo("http://127.0.0.1:" + port + XenditWebhookController.PATH);
    }

    @Test
    void theCardIsAuthorisedAtCheckoutAndNothingShipsYet() {
        PaymentLink link = checkout.startCardAuthorisation("order-m1", 150_000);

        SessionHandle session = xendit.session(link.sessionId()).complete();   // the customer pays by card

        assertThat(status("order-m1")).isEqualTo(Status.AUTHORIZED);
        assertThat(warehouse.shipped()).doesNotContain("order-m1");
        assertThat(xendit.payment(session.paymentId()).status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(xendit).hasSentWebhook(Webhooks.PAYMENT_AUTHORIZATION, session.paymentId()).hasStatus(200);
        assertThat(xendit).hasSentWebhook(Webhooks.COMPLETED, session.id()).hasStatus(200);
    }

    @Test
    void shippingCapturesThePaymentOnce() {
        PaymentLink link = checkout.startCardAuthorisation("order-m2", 150_000);
        SessionHandle session = xendit.session(link.sessionId()).complete();

        fulfilment.ship("order-m2");

        PaymentHandle payment = xendit.payment(session.paymentId());
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.captures()).extracting(PaymentCapture::amount).containsExactly(new BigDecimal("150000"));
        assertThat(xendit.paymentRequest(session.paymentRequestId()).status())
                .isEqualTo(PaymentRequestStatus.SUCCEEDED);
        assertThat(status("order-m2")).isEqualTo(Status.PAID);
        assertThat(warehouse.shipped()).containsOnlyOnce("order-m2");
        assertThat(xendit.webhooks().await(3, WAIT)).extracting(WebhookAttempt::event, WebhookAttempt::status)
                .containsExactly(tuple(Webhooks.PAYMENT_AUTHORIZATION, 200), tuple(Webhooks.COMPLETED, 200),
                        tuple(Webhooks.PAYMENT_CAPTURE, 200));
        assertThatThrownBy(() -> fulfilment.ship("order-m2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancellingTheOrderVoidsTheAuthorisation() {
        PaymentLink link = checkout.startCardAuthorisation("order-m3", 150_000);
        SessionHandle session = xendit.session(link.sessionId()).complete();

        fulfilment.cancel("order-m3");

        assertThat(xendit.payment(session.paymentId()).status()).isEqualTo(PaymentStatus.CANCELED);
        assertThat(xendit.payment(session.paymentId()).captures()).isEmpty();
        assertThat(status("order-m3")).isEqualTo(Status.CANCELED);
        assertThat(warehouse.shipped()).doesNotContain("order-m3");
    }

    @Test
    void anOrderLeftUnshippedForSevenDaysLosesItsAuthorisation() {
        PaymentLink link = checkout.startCardAuthorisation("order-m4", 150_000);
        SessionHandle session = xendit.session(link.sessionId()).complete();

        xendit.clock().advance(Duration.ofDays(7));                 // Xendit releases the hold: payment.expiry

        assertThat(xendit.payment(session.paymentId()).status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(status("order-m4")).isEqualTo(Status.AUTHORIZATION_EXPIRED);
        assertThatThrownBy(() -> fulfilment.ship("order-m4")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void xenditRefusesToCaptureAnAuthorisationThatLapsedMeanwhile() {
        PaymentLink link = checkout.startCardAuthorisation("order-m5", 150_000);
        SessionHandle session = xendit.session(link.sessionId()).complete();
        xendit.webhooks().sendTo(null);                             // the shop misses the expiry webhook
        xendit.payment(session.paymentId()).expireAuthorization();

        assertThatThrownBy(() -> fulfilment.ship("order-m5"))
                .isInstanceOfSatisfying(XenditException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).isEqualTo("INELIGIBLE_TRANSACTION_STATUS");
                });
        assertThat(warehouse.shipped()).doesNotContain("order-m5");
    }

    private Status status(String orderId) {
        return orders.find(orderId).orElseThrow().status();
    }
}
