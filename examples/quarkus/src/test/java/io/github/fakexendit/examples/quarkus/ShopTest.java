package io.github.fakexendit.examples.quarkus;

import static io.github.fakexendit.assertj.FakeXenditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.WebhookAttempt;
import io.github.fakexendit.Webhooks;
import io.github.fakexendit.examples.quarkus.Checkout.PaymentLink;
import io.github.fakexendit.examples.quarkus.Orders.Status;
import io.github.fakexendit.quarkus.FakeXenditTestResource;
import io.github.fakexendit.quarkus.InjectFakeXendit;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shop against fake-xendit: the whole application runs on a free port, creates sessions at the fake over
 * HTTP, and receives the fake's webhooks at its resource. The test resource starts the fake before the
 * application and hands it the fake's address, key and callback token; the fake is reset before each test, the
 * application is not, so each test has orders of its own.
 */
@QuarkusTest
@WithTestResource(value = FakeXenditTestResource.class,
        initArgs = @ResourceArg(name = "synchronous-webhooks", value = "true"))
class ShopTest {

    @InjectFakeXendit
    FakeXenditServer xendit;

    @TestHTTPResource(XenditWebhookResource.PATH)
    URL webhookUrl;

    @Inject
    Checkout checkout;

    @Inject
    Orders orders;

    @Inject
    Warehouse warehouse;

    @BeforeEach
    void sendWebhooksToTheShop() {
        xendit.webhooks().sendTo(webhookUrl.toString());
    }

    @Test
    void anOrderBecomesAPaymentLinkForItsAmount() {
        PaymentLink link = checkout.start("order-1", 250_000);

        assertThat(link.url()).startsWith(xendit.baseUrl());
        assertThat(xendit).hasCreatedSessions(1).first()
                .hasReferenceId("order-1")
                .hasAmount(250_000)
                .hasCurrency("IDR");
        assertThat(status("order-1")).isEqualTo(Status.AWAITING_PAYMENT);
    }

    @Test
    void theOrderIsPaidAndShippedWhenTheCustomerPays() {
        PaymentLink link = checkout.start("order-2", 99_000);

        xendit.session(link.sessionId()).complete();    // the fake sends payment_session.completed

        assertThat(status("order-2")).isEqualTo(Status.PAID);
        assertThat(warehouse.shipped()).containsOnlyOnce("order-2");
        assertThat(xendit).hasSentWebhook(Webhooks.COMPLETED, link.sessionId()).hasStatus(200);
    }

    @Test
    void anOrderNobodyPaysForExpiresWithItsSession() {
        checkout.start("order-3", 99_000);

        xendit.clock().advance(Duration.ofMinutes(31));  // past the session's 30 minutes: expired, and its webhook

        assertThat(status("order-3")).isEqualTo(Status.EXPIRED);
        assertThat(warehouse.shipped()).doesNotContain("order-3");
    }

    @Test
    void aWebhookDeliveredTwiceShipsTheOrderOnce() {
        PaymentLink link = checkout.start("order-4", 99_000);
        xendit.session(link.sessionId()).complete();

        xendit.webhooks().redeliver(link.sessionId());

        // payment.capture, payment_session.completed, and the completed webhook again
        assertThat(xendit).hasSentWebhooks(3).allMatch(WebhookAttempt::delivered);
        assertThat(warehouse.shipped()).containsOnlyOnce("order-4");
    }

    @Test
    void xenditsRefusalReachesTheCaller() {
        assertThatThrownBy(() -> checkout.start("order-6", 0))
                .isInstanceOfSatisfying(XenditException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).isEqualTo("INVALID_AMOUNT");
                });
        assertThat(orders.find("order-6")).isEmpty();
    }

    private Status status(String orderId) {
        return orders.find(orderId).orElseThrow().status();
    }
}
