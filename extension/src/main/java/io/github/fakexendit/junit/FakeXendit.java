package io.github.fakexendit.junit;

import io.github.fakexendit.internal.junit.FakeXenditExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a fake Xendit server for a test class: started before the first test, reset (no sessions, no
 * recorded requests, no webhook log, clock at real time) before each test, closed after the last. Test
 * methods, lifecycle methods and constructors receive it as a {@link io.github.fakexendit.FakeXenditServer}
 * parameter.
 *
 * <pre>{@code
 * @FakeXendit
 * class CheckoutTest {
 *
 *     @Test
 *     void paysAnOrder(FakeXenditServer xendit) {
 *         CheckoutService checkout = new CheckoutService(xendit.baseUrl(), xendit.apiKey());
 *         String sessionId = checkout.startPayment(new Order("order-1", 10_000));
 *
 *         xendit.session(sessionId).complete();
 *
 *         assertThat(checkout.isPaid("order-1")).isTrue();
 *     }
 * }
 * }</pre>
 *
 * <p>Each test class has its own server, so classes may run in parallel. {@code @Nested} classes share the
 * server of the class that encloses them (and its settings). The annotation is inherited by subclasses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeXenditExtension.class)
public @interface FakeXendit {

    /** Accept only this test-mode secret key; by default any {@code xnd_development_...} key is accepted. */
    String apiKey() default "";

    /** The webhook verification token; by default a random one, read it with {@code callbackToken()}. */
    String callbackToken() default "";

    /** The port to listen on; by default (0) a free one. */
    int port() default 0;

    /** How many requests the journal keeps before dropping the oldest. */
    int journalCapacity() default 10_000;

    /** How many sessions the server holds before forgetting the oldest. */
    int sessionCapacity() default 10_000;

    /**
     * Strict mode: a test fails after it ran if the fake rejected (4xx) a request of that test that the test
     * did not expect, and the failure shows the request. A test expects a rejection by asserting it
     * ({@code FakeXenditAssertions.assertThat(xendit).hasRejectedRequest()}) or by declaring it
     * ({@code xendit.expectRejections(...)}).
     */
    boolean strict() default false;

    /**
     * Answer {@code 429 RATE_LIMIT_EXCEEDED} past Xendit's test-mode limit of 60 requests a minute per
     * endpoint per account, with {@code Rate-Limit-*} headers on every answer.
     */
    boolean emulateRateLimits() default false;

    /**
     * Where every webhook event goes, of sessions and payments; by default nowhere: webhooks are recorded but not sent. A URL known only at
     * run time is set with {@code server.webhooks().sendTo(url)}.
     */
    String webhookUrl() default "";

    /** Where {@code payment_session.completed} goes, instead of {@link #webhookUrl()}. */
    String completedWebhookUrl() default "";

    /** Where {@code payment_session.expired} goes, instead of {@link #webhookUrl()}. */
    String expiredWebhookUrl() default "";

    /**
     * Where single events go, instead of {@link #webhookUrl()}: each entry {@code event=url}, as Xendit's dashboard
     * sets a URL per product, e.g. {@code "payment.capture=http://127.0.0.1:8081/payments"}.
     */
    String[] eventWebhookUrls() default {};

    /**
     * Whether scripted changes ({@code complete()}, {@code expire()}, clock moves) return only after the merchant
     * answered their webhooks; by default webhooks are sent in the background, as Xendit does.
     */
    boolean synchronousWebhooks() default false;

    /** How long the merchant has to answer a webhook before the attempt fails, in milliseconds; 30 s by default. */
    long webhookTimeoutMillis() default 30_000;

    /**
     * Whether a session's inline {@code customer} may use a {@code reference_id} its account used before; by
     * default that is 409 {@code DUPLICATE_ERROR}, as merchants report from Xendit.
     */
    boolean allowCustomerReferenceReuse() default false;

    /**
     * What {@code payment_link_url} starts with instead of the fake's own address, such as the {@code https}
     * origin of a proxy in front of it; by default the fake's base URL.
     */
    String paymentLinkBaseUrl() default "";

    /**
     * Serve HTTPS, as Xendit does, with a certificate made at start for {@code localhost} and {@code 127.0.0.1}:
     * {@code baseUrl()} and {@code payment_link_url} are {@code https://...}, and {@code server.tls()} gives the
     * {@code SSLContext}, PEM and trust store a client needs to trust it.
     */
    boolean https() default false;
}
