package io.github.fakexendit.examples.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.PaymentAttempt;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.WebhookAttempt;
import io.github.fakexendit.Webhooks;
import io.github.fakexendit.examples.browser.Chromium;
import io.github.fakexendit.examples.browser.ChromiumExtension;
import io.github.fakexendit.examples.browser.ShopCertificate;
import io.github.fakexendit.junit.FakeXendit;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole redirect flow in a real browser, offline: the shop's order page sends the customer to
 * {@code payment_link_url}, the customer pays on fake-xendit's checkout page (or gives up, or is too late), the
 * browser comes back to the shop, and the shop learns the outcome from the webhook.
 *
 * <p>One browser, one shop and one webhook endpoint serve the whole class; each test pays for an order of its own.
 */
@FakeXendit
@Chromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutInBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final FakeXenditServer xendit;
    private final WebDriver browser;
    private final OrderBook orders = new OrderBook();
    private final List<String> shipped = new CopyOnWriteArrayList<>();
    private final ShopWebsite shop;
    private final XenditWebhookEndpoint webhookEndpoint;
    private final AtomicInteger orderNumbers = new AtomicInteger(3000);
    private Order order;

    CheckoutInBrowserTest(FakeXenditServer xendit, WebDriver browser) {
        this.xendit = xendit;
        this.browser = browser;
        this.shop = new ShopWebsite(ShopCertificate.selfSigned(), clientOf(xendit), xendit.baseUrl(), xendit.apiKey(),
                orders);
        this.webhookEndpoint = new XenditWebhookEndpoint(xendit.callbackToken(), orders, shipped::add);
        xendit.webhooks().sendTo(webhookEndpoint.url());
    }

    /** The shop's client for Xendit: over HTTPS it trusts the fake's certificate, as it trusts Xendit's. */
    private static HttpClient clientOf(FakeXenditServer xendit) {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (xendit.baseUrl().startsWith("https://")) {
            client.sslContext(xendit.tls().sslContext());
        }
        return client.build();
    }

    @BeforeEach
    void placeAnOrder() {
        shipped.clear();
        int number = orderNumbers.incrementAndGet();
        // a new shop customer for each test: the shop outlives the tests, but the fake forgets its customers
        // before each one, so a customer_id the shop kept from an earlier test would be unknown
        order = new Order("order-" + number, "customer-" + number, "sari@example.com", "Sari",
                List.of(new Order.Line("kopi-susu", "Kopi susu gula aren", 3, 35_000),
                        new Order.Line("croissant", "Butter croissant", 2, 40_000)));
        shop.place(order);
    }

    @AfterAll
    void close() {
        shop.close();
        webhookEndpoint.close();
    }

    @Test
    void theCustomerPicksAChannelPaysAndIsBackAtTheShopWhichHasTheWebhook() throws IOException {
        String sessionId = goToCheckout();
        assertThat(browser.getTitle()).isEqualTo("Pay IDR 185,000 – Order " + order.id());

        choose("DANA");
        ChromiumExtension.screenshot(browser, "checkout-page");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        waitForUrl(shop.orderPage(order.id()) + "/paid");
        assertThat(text("h1")).isEqualTo("Thank you");
        assertThat(xendit.session(sessionId).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(xendit.webhooks().await(2, WAIT)).satisfiesExactly(
                payment -> assertThat(payment.event()).isEqualTo(Webhooks.PAYMENT_CAPTURE),
                session -> {
                    assertThat(session.event()).isEqualTo(Webhooks.COMPLETED);
                    assertThat(session.status()).isEqualTo(200);
                });
        assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(shipped).containsExactly(order.id());
        browser.navigate().refresh();
        assertThat(text("#status")).isEqualTo("Paid.");
    }

    @Test
    void aDeclinedCardSaysSoAndTheCustomerPaysOnTheSecondTry() throws IOException {
        String sessionId = goToCheckout();
        choose("CARDS");

        payByCard("4000000000000010");

        assertThat(text("[role=alert]")).contains("Payment declined", "3DS authentication failed");
        assertThat(browser.getCurrentUrl()).startsWith(xendit.baseUrl() + "/checkout/");
        assertThat(xendit.session(sessionId).status()).isEqualTo(SessionStatus.ACTIVE);
        ChromiumExtension.screenshot(browser, "checkout-page-declined");

        payByCard("4000000000001000");

        waitForUrl(shop.orderPage(order.id()) + "/paid");
        assertThat(xendit.session(sessionId).paymentAttempts()).extracting(PaymentAttempt::status)
                .containsExactly(PaymentAttempt.Status.FAILED, PaymentAttempt.Status.SUCCEEDED);
        assertThat(xendit.webhooks().await(3, WAIT)).extracting(WebhookAttempt::event, WebhookAttempt::status)
                .containsExactly(tuple(Webhooks.PAYMENT_FAILURE, 200), tuple(Webhooks.PAYMENT_CAPTURE, 200),
                        tuple(Webhooks.COMPLETED, 200));
        assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void theCustomerGoesBackWithoutPayingAndTheSessionStillExpiresOnTime() {
        String sessionId = goToCheckout();

        browser.findElement(By.linkText("Go back without paying")).click();

        waitForUrl(shop.orderPage(order.id()));
        assertThat(text("#status")).isEqualTo("Not paid yet.");
        assertThat(xendit.session(sessionId).status()).isEqualTo(SessionStatus.ACTIVE);

        xendit.clock().advance(Duration.ofMinutes(30));

        assertThat(xendit.session(sessionId).status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(xendit.webhooks().await(1, WAIT)).extracting(WebhookAttempt::event)
                .containsExactly(Webhooks.EXPIRED);
        browser.navigate().refresh();
        assertThat(text("#status")).startsWith("The payment link expired");
    }

    @Test
    void aCustomerWhoIsTooLateIsToldTheCheckoutExpiredAndPaysNothing() {
        String sessionId = goToCheckout();
        choose("OVO");

        xendit.clock().advance(Duration.ofMinutes(31));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // the checkout page's own h1 stays until the answer replaces the page: wait for the new one
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.cssSelector("h1"),
                "This checkout has expired"));

        assertThat(text("h1")).isEqualTo("This checkout has expired");
        assertThat(text("main")).contains("No payment was taken");
        assertThat(xendit.session(sessionId).paymentAttempts()).isEmpty();
        assertThat(xendit.webhooks().await(1, WAIT)).extracting(WebhookAttempt::event)
                .containsExactly(Webhooks.EXPIRED);

        browser.navigate().to(browser.getCurrentUrl());
        assertThat(browser.findElements(By.tagName("form"))).isEmpty();
    }

    @Test
    void theCheckoutWorksWithTheKeyboardAlone() {
        goToCheckout();
        Actions keyboard = new Actions(browser);

        keyboard.sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("value")).isEqualTo("CARDS");
        keyboard.sendKeys(Keys.SPACE).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("card_number");
        keyboard.sendKeys("4000 0000 0000 1000").sendKeys(Keys.ENTER).perform();

        waitForUrl(shop.orderPage(order.id()) + "/paid");
    }

    /** The customer opens the order and presses Pay: the shop creates a session and sends the browser there. */
    private String goToCheckout() {
        browser.get(shop.orderPage(order.id()));
        browser.findElement(By.xpath("//button[text()='Pay with Xendit']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/checkout/ps-"));
        String sessionId = orders.find(order.id()).orElseThrow().sessionId();
        assertThat(browser.getCurrentUrl()).isEqualTo(xendit.baseUrl() + "/checkout/" + sessionId);
        return sessionId;
    }

    private void choose(String channel) {
        browser.findElement(By.cssSelector("input[name=channel][value=" + channel + "]")).click();
    }

    private void payByCard(String number) {
        WebElement field = browser.findElement(By.id("card_number"));
        field.clear();
        field.sendKeys(number);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private void waitForUrl(String url) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe(url));
    }

    /** The text of the first element {@code css} selects, once the page shows one. */
    private String text(String css) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)))
                .getText();
    }
}
