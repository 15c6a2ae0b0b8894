package io.github.fakexendit.examples.springboot;

import static io.github.fakexendit.assertj.FakeXenditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.Webhooks;
import io.github.fakexendit.examples.springboot.XenditClient.PaymentLink;
import io.github.fakexendit.junit.FakeXendit;
import java.net.http.HttpClient;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The shop against a fake that serves HTTPS, as Xendit does: the shop's {@link RestClient} reaches it at an
 * {@code https://} base URL and trusts its certificate through the handle's {@code SSLContext}, the way it
 * trusts Xendit's through the JVM's certificate authorities; the payment link it hands customers is https too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FakeXendit(https = true, synchronousWebhooks = true)
class ShopOverHttpsTest {

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

    /** The one change a test makes to the shop: its HTTP client trusts the fake's certificate. */
    @TestConfiguration
    static class TrustTheFake {
        @Bean
        RestClientCustomizer trustTheFakesCertificate() {
            return builder -> builder.requestFactory(new JdkClientHttpRequestFactory(
                    HttpClient.newBuilder().sslContext(xendit.tls().sslContext()).build()));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Checkout checkout;

    @Autowired
    Warehouse warehouse;

    @BeforeEach
    void sendWebhooksToTheShop() {
        xendit.webhooks().sendTo("http://127.0.0.1:" + port + XenditWebhookController.PATH);
    }

    @Test
    void theShopPaysThroughXenditOverHttps() {
        PaymentLink link = checkout.start("order-1", 99_000);

        xendit.session(link.sessionId()).complete();

        assertThat(xendit.baseUrl()).startsWith("https://127.0.0.1:");
        assertThat(link.url()).startsWith(xendit.baseUrl() + "/");
        assertThat(xendit).hasCreatedSessions(1).first().hasReferenceId("order-1");
        assertThat(xendit).hasSentWebhook(Webhooks.COMPLETED, link.sessionId()).hasStatus(200);
        assertThat(warehouse.shipped()).containsOnlyOnce("order-1");
    }

    @Test
    void aClientThatDoesNotTrustTheFakeIsRefusedAtTheHandshake() {
        RestClient untrusting = RestClient.builder().baseUrl(xendit.baseUrl()).build();

        assertThatThrownBy(() -> untrusting.get().uri("/_fake/health").retrieve().toBodilessEntity())
                .isInstanceOf(ResourceAccessException.class)
                .hasCauseInstanceOf(SSLHandshakeException.class);
        assertThat(xendit.requests()).isEmpty();
    }
}
