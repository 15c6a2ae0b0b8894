package io.github.fakexendit.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.PaymentTokenStatus;
import io.github.fakexendit.RefundStatus;
import io.github.fakexendit.WebhookAttempt;
import io.github.fakexendit.examples.springboot.Subscriptions.InvoiceStatus;
import io.github.fakexendit.examples.springboot.XenditClient.PaymentLink;
import io.github.fakexendit.junit.FakeXendit;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A subscriber's year, short: the card is saved once through a SAVE session, then charged every month as the
 * clock moves, a declined month is retried, and months are refunded in part and in full. The shop learns of
 * every outcome from Xendit's webhooks, each of which it acts on exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FakeXendit(synchronousWebhooks = true)
class SubscriptionTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);
    private static final Duration A_MONTH = Duration.ofDays(30);

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
    Subscriptions subscriptions;

    @BeforeEach
    void sendWebhooksToTheShop() {
        xendit.webhooks().sendTo("http://127.0.0.1:" + port + XenditWebhookController.PATH);
    }

    /** Starts a subscription and lets the customer save their card on the payment link. */
    private String subscribed(String subscriptionId) {
        PaymentLink link = subscriptions.subscribe(subscriptionId);
        xendit.session(link.sessionId()).complete();  // the customer saves a card: payment_session.completed
        return subscriptions.find(subscriptionId).orElseThrow().paymentTokenId();
    }

    /** Waits until the fake has made {@code count} webhook attempts since the reset, all answered 200. */
    private List<WebhookAttempt> webhooks(int count) {
        List<WebhookAttempt> attempts = xendit.webhooks().await(count, Duration.ofSeconds(10));
        assertThat(attempts).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
        return attempts;
    }

    @Test
    void aSubscribersMonthsAreChargedRetriedAndRefundedWithEveryWebhookOnce() {
        int eventsBefore = subscriptions.events().size();  // the application lives on between tests
        String token = subscribed("sub-1");
        assertThat(xendit.paymentToken(token).status()).isEqualTo(PaymentTokenStatus.ACTIVE);

        // May: the month's bill is charged and paid
        subscriptions.bill("sub-1", MAY, 150_000);
        webhooks(3);
        assertThat(subscriptions.latest("sub-1", MAY).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);

        // June, a month later: the bill of 10,054 rupiah is declined (Xendit's test amount for a card without funds)
        xendit.clock().advance(A_MONTH);
        subscriptions.bill("sub-1", MAY.plusMonths(1), 10_054);
        webhooks(4);
        Subscriptions.Invoice declined = subscriptions.latest("sub-1", MAY.plusMonths(1)).orElseThrow();
        assertThat(declined.status()).isEqualTo(InvoiceStatus.DECLINED);
        assertThat(declined.failureCode()).isEqualTo("INSUFFICIENT_BALANCE");

        // the shop retries June with its late fee: a new attempt, so a new idempotency key, and it is paid
        Subscriptions.Invoice retried = subscriptions.retry("sub-1", MAY.plusMonths(1));
        webhooks(5);
        assertThat(retried.attempt()).isEqualTo(2);
        assertThat(subscriptions.latest("sub-1", MAY.plusMonths(1)).orElseThrow())
                .extracting(Subscriptions.Invoice::status, Subscriptions.Invoice::amount)
                .containsExactly(InvoiceStatus.PAID, 11_054L);

        // July
        xendit.clock().advance(A_MONTH);
        subscriptions.bill("sub-1", MAY.plusMonths(2), 150_000);
        webhooks(6);

        // a service outage in May: part of it back; then the customer cancels July: all of it back
        subscriptions.refund("sub-1", MAY, 50_000L);
        webhooks(7);
        subscriptions.refund("sub-1", MAY.plusMonths(2), null);
        List<WebhookAttempt> all = webhooks(8);

        assertThat(subscriptions.latest("sub-1", MAY).orElseThrow())
                .extracting(Subscriptions.Invoice::status, Subscriptions.Invoice::refunded)
                .containsExactly(InvoiceStatus.PARTIALLY_REFUNDED, 50_000L);
        assertThat(subscriptions.latest("sub-1", MAY.plusMonths(2)).orElseThrow().status())
                .isEqualTo(InvoiceStatus.REFUNDED);
        assertThat(all).extracting(WebhookAttempt::event).containsExactly(
                "payment_token.activation", "payment_session.completed", "payment.capture", "payment.failure",
                "payment.capture", "payment.capture", "refund.succeeded", "refund.succeeded");
        List<String> actedOn = subscriptions.events().subList(eventsBefore, subscriptions.events().size());
        assertThat(actedOn).hasSize(7).doesNotHaveDuplicates();  // every webhook but the token's, each once
        assertThat(xendit.paymentToken(token).charges()).hasSize(4);
        assertThat(xendit.refunds().all()).extracting(r -> r.status()).containsOnly(RefundStatus.SUCCEEDED);
    }

    @Test
    void aRetriedRequestWithItsIdempotencyKeyNeverChargesTwice() {
        String token = subscribed("sub-2");
        subscriptions.bill("sub-2", MAY, 150_000);
        webhooks(3);

        // the shop's HTTP client retries May's first attempt, as after a timeout: same key, same body
        XenditClient.Charge again = new XenditClient(org.springframework.web.client.RestClient.builder(),
                new XenditProperties(xendit.baseUrl(), xendit.apiKey(), xendit.callbackToken()))
                .chargeSavedCard("sub-2/" + MAY + "/1", token, 150_000, "sub-2/" + MAY + "/1");

        assertThat(again.paymentRequestId())
                .isEqualTo(subscriptions.latest("sub-2", MAY).orElseThrow().paymentRequestId());
        assertThat(xendit.paymentToken(token).charges()).hasSize(1);
        assertThat(xendit.webhooks().attempts()).hasSize(3);
    }

    @Test
    void aCardTheBankDeclinesNextMonthIsScriptedFromTheTest() {
        String token = subscribed("sub-3");
        xendit.paymentToken(token).failNextCharge("CARD_DECLINED");

        subscriptions.bill("sub-3", MAY, 150_000);
        webhooks(3);

        assertThat(subscriptions.latest("sub-3", MAY).orElseThrow())
                .extracting(Subscriptions.Invoice::status, Subscriptions.Invoice::failureCode)
                .containsExactly(InvoiceStatus.DECLINED, "CARD_DECLINED");
    }

    @Test
    void aRefundTheChannelRefusesLeavesTheInvoicePaid() {
        subscribed("sub-4");
        subscriptions.bill("sub-4", MAY, 150_000);
        webhooks(3);
        xendit.refunds().failNext("INSUFFICIENT_BALANCE");  // the merchant's Xendit balance is short

        XenditClient.Refund refund = subscriptions.refund("sub-4", MAY, null);
        webhooks(4);

        assertThat(refund.status()).isEqualTo("PENDING");
        assertThat(xendit.refund(refund.id()).status()).isEqualTo(RefundStatus.FAILED);
        assertThat(subscriptions.latest("sub-4", MAY).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(subscriptions.events()).contains("refund.failed " + refund.id());
    }

    @Test
    void billingWithoutASavedCardIsRefusedByTheShop() {
        subscriptions.subscribe("sub-5");

        assertThatThrownBy(() -> subscriptions.bill("sub-5", MAY, 150_000))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no saved card");
    }
}
