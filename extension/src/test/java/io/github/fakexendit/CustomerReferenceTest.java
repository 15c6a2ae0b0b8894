package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An inline {@code customer} whose {@code reference_id} the business used before: 409 {@code DUPLICATE_ERROR} by
 * default, as integrators report from Xendit (the merchant then sends {@code customer_id}); reused when the test
 * allows it.
 */
class CustomerReferenceTest {

    private static final String DUPLICATE =
            "customer: The reference_id entered has been used before. Please enter a unique reference_id";

    @Nested
    @FakeXendit
    class ByDefault {

        private final FakeXenditServer server;
        private final XenditHttp xendit;

        ByDefault(FakeXenditServer server) {
            this.server = server;
            this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
        }

        @Test
        void aReturningCustomerSentInlineAgainIsADuplicateAndCustomerIdIsTheWayBack() {
            JsonNode first = xendit.createSession(SessionsApiTest.minimal("PAY", 100)
                    .set("customer", SessionsApiTest.customer("user-42"))).json();

            Reply again = xendit.createSession(SessionsApiTest.minimal("PAY", 200)
                    .set("customer", SessionsApiTest.customer("user-42")));
            Reply byId = xendit.createSession(SessionsApiTest.minimal("PAY", 200)
                    .put("customer_id", first.get("customer_id").asText()));

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("error_code").asText()).isEqualTo("DUPLICATE_ERROR");
            assertThat(again.json().get("message").asText()).isEqualTo(DUPLICATE);
            assertThat(server.sessions()).hasSize(2);
            assertThat(byId.status()).as(byId.toString()).isEqualTo(201);
            assertThat(byId.json().get("customer_id")).isEqualTo(first.get("customer_id"));
            assertThat(server.customers()).extracting(Customer::referenceId).containsExactly("user-42");
        }

        @Test
        void aCustomerTheTestRegisteredIsTakenToo() {
            server.registerCustomer("user-7");

            Reply inline = xendit.createSession(SessionsApiTest.minimal("PAY", 100)
                    .set("customer", SessionsApiTest.customer("user-7")));

            assertThat(inline.status()).isEqualTo(409);
        }
    }

    @Nested
    @FakeXendit(allowCustomerReferenceReuse = true)
    class WhenReuseIsAllowed {

        private final FakeXenditServer server;
        private final XenditHttp xendit;

        WhenReuseIsAllowed(FakeXenditServer server) {
            this.server = server;
            this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
        }

        @Test
        void theSameReferenceGivesTheSameCustomerWithinABusinessAndAnotherBusinessIsStillRefused() {
            String first = xendit.createSession(SessionsApiTest.minimal("PAY", 100)
                    .set("customer", SessionsApiTest.customer("alice"))).json().get("customer_id").asText();
            Reply again = xendit.createSession(SessionsApiTest.minimal("PAY", 200)
                    .set("customer", SessionsApiTest.customer("alice")));
            String other = xendit.createSession(SessionsApiTest.minimal("PAY", 200)
                    .set("customer", SessionsApiTest.customer("bob"))).json().get("customer_id").asText();
            Reply otherBusiness = new XenditHttp(server.baseUrl(), "xnd_development_another_shop")
                    .createSession(SessionsApiTest.minimal("PAY", 100)
                            .set("customer", SessionsApiTest.customer("alice")));

            assertThat(again.status()).as(again.toString()).isEqualTo(201);
            assertThat(again.json().get("customer_id").asText()).isEqualTo(first);
            assertThat(other).isNotEqualTo(first);
            assertThat(otherBusiness.status()).isEqualTo(409);
        }
    }

    @Test
    void theBuilderSettingAllowsReuse() {
        try (FakeXenditServer server = FakeXenditServer.builder().allowCustomerReferenceReuse(true).start()) {
            XenditHttp xendit = new XenditHttp(server.baseUrl(), server.apiKey());
            for (int i = 0; i < 2; i++) {
                Reply reply = xendit.createSession(SessionsApiTest.minimal("PAY", 100)
                        .set("customer", SessionsApiTest.customer("carol")));
                assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            }
        }
    }
}
