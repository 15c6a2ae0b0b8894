package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public base of {@code payment_link_url}: a merchant that allow-lists hosts or requires {@code https} before
 * redirecting gets a link on its proxy's origin, whose path the fake serves at its own address.
 */
class PaymentLinkBaseTest {

    @Nested
    @FakeXendit(paymentLinkBaseUrl = "https://checkout.shop.test")
    class SetOnTheAnnotation {

        private final FakeXenditServer server;

        SetOnTheAnnotation(FakeXenditServer server) {
            this.server = server;
        }

        @Test
        void theLinkStartsWithTheBaseAndItsPathIsTheFakesCheckoutPage() {
            XenditHttp xendit = new XenditHttp(server.baseUrl(), server.apiKey());
            JsonNode session = xendit.createSession(SessionsApiTest.minimal("PAY", 10000)).json();
            String id = session.get("payment_session_id").asText();

            String link = session.get("payment_link_url").asText();
            assertThat(link).isEqualTo("https://checkout.shop.test/checkout/" + id);
            assertThat(xendit.getSession(id).json().get("payment_link_url").asText()).isEqualTo(link);
            String path = link.substring("https://checkout.shop.test".length());
            XenditHttp.Reply page = new XenditHttp(server.baseUrl(), null).get(path);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains(id);
        }
    }

    @Test
    void theBuilderTakesABaseWithAPathAndDropsATrailingSlash() {
        try (FakeXenditServer server = FakeXenditServer.builder()
                .paymentLinkBaseUrl("https://proxy.shop.test:8443/xendit/").start()) {
            JsonNode session = new XenditHttp(server.baseUrl(), server.apiKey())
                    .createSession(SessionsApiTest.minimal("PAY", 10000)).json();

            assertThat(session.get("payment_link_url").asText()).isEqualTo(
                    "https://proxy.shop.test:8443/xendit/checkout/" + session.get("payment_session_id").asText());
        }
    }

    @Test
    void withoutABaseTheLinkIsTheFakesOwnAddress() {
        try (FakeXenditServer server = FakeXenditServer.start()) {
            JsonNode session = new XenditHttp(server.baseUrl(), server.apiKey())
                    .createSession(SessionsApiTest.minimal("PAY", 10000)).json();

            assertThat(session.get("payment_link_url").asText())
                    .isEqualTo(server.baseUrl() + "/checkout/" + session.get("payment_session_id").asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"checkout.shop.test", "ftp://checkout.shop.test", "https://shop.test/?a=1",
            "https://shop.test/#x", "https:///nohost", "https://exa mple.test"})
    void aBaseThatIsNotAnHttpUrlIsRefusedSayingSo(String base) {
        assertThatThrownBy(() -> FakeXenditServer.builder().paymentLinkBaseUrl(base).start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The payment link base must be an absolute http or https URL");
    }
}
