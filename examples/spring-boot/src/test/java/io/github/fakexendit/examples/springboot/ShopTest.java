package io.github.fakexendit.examples.springboot;

import static io.github.fakexendit.assertj.FakeXenditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.examples.springboot.XenditClient.PaymentLink;
import io.github.fakexendit.junit.FakeXendit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shop against fake-xendit: the application runs whole, on a free port, and talks to the fake over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FakeXendit
class ShopTest {

    // Spring reads the properties below when it starts the application, after @BeforeAll has run.
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

    @Autowired
    Checkout checkout;

    @Autowired
    Orders orders;

    @Test
    void anOrderBecomesAPaymentLinkForItsAmount() {
        PaymentLink link = checkout.start("order-1", 250_000);

        assertThat(link.url()).startsWith(xendit.baseUrl());
        assertThat(xendit).hasCreatedSessions(1).first()
                .hasReferenceId("order-1")
                .hasAmount(250_000)
                .hasCurrency("IDR");
        assertThat(orders.find("order-1")).get()
                .extracting(Orders.Order::status).isEqualTo(Orders.Status.AWAITING_PAYMENT);
    }

    @Test
    void xenditsRefusalReachesTheCaller() {
        assertThatThrownBy(() -> checkout.start("order-2", 0))
                .isInstanceOfSatisfying(XenditException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).isEqualTo("INVALID_AMOUNT");
                });
        assertThat(orders.find("order-2")).isEmpty();
    }
}
