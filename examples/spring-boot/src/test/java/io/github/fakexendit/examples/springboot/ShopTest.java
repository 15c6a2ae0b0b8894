package io.github.fakexendit.examples.springboot;

import static io.github.fakexendit.assertj.FakeXenditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.WebhookAttempt;
import io.github.fakexendit.Webhooks;
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
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The shop against fake-xendit: the whole application runs on a free port, creates sessions at the fake over
 * HTTP, and receives the fake's webhooks at its controller. The fake is reset before each test; the
 * application is not, so each test has orders of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FakeXendit(synchronousWebhooks = true)
class ShopTest {

    // The class's server, kept for the property suppliers below: Spring calls them when it starts the
    // application, after @BeforeAll.
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

    @Autowired
    Warehouse warehouse;

    @BeforeEach
    void sendWebhooksToTheShop() {
        xendit.webhooks().sendTo(webhookUrl());
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
    void aWebhookWithoutTheCallbackTokenIsRefused() {
        PaymentLink link = checkout.start("order-5", 99_000);
        xendit.webhooks().sendTo(null);                  // recorded, not sent: the test forges the request
        xendit.session(link.sessionId()).complete();
        WebhookAttempt genuine = xendit.webhooks().attempts().stream()
                .filter(attempt -> attempt.event().equals(Webhooks.COMPLETED)).findFirst().orElseThrow();

        int status = RestClient.create().post().uri(webhookUrl())
                .header("x-callback-token", "not-the-token")
                .contentType(MediaType.APPLICATION_JSON)
                .body(genuine.body())
                .exchange((request, response) -> response.getStatusCode().value());

        assertThat(status).isEqualTo(401);
        assertThat(status("order-5")).isEqualTo(Status.AWAITING_PAYMENT);
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

    private String webhookUrl() {
        return "http://127.0.0.1:" + port + XenditWebhookController.PATH;
    }

    private Status status(String orderId) {
        return orders.find(orderId).orElseThrow().status();
    }
}
