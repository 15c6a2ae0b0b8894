package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import org.junit.jupiter.api.Test;

/** Customers a test sets up through the handle, and the customers the fake holds. */
@FakeXendit
class CustomersTest {

    private static final String ALICE_ID = "cust-b98d6f63-d240-44ec-9bd5-aa42954c4f48";

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    CustomersTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    @Test
    void aRegisteredCustomerMayBeNamedByItsId() {
        Customer alice = server.registerCustomer("alice");

        Reply reply = xendit.createSession(SessionsApiTest.minimal("SAVE", 0).put("customer_id", alice.id()));

        assertThat(alice.id()).matches("cust-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("customer_id").asText()).isEqualTo(alice.id());
        assertThat(alice.businessId()).isEqualTo(reply.json().get("business_id").asText());
    }

    @Test
    void aCustomerMayBeRegisteredWithTheIdTheMerchantStores() {
        Customer alice = server.registerCustomer("alice", ALICE_ID);

        Reply reply = xendit.createSession(SessionsApiTest.minimal("PAY", 10000).put("customer_id", ALICE_ID));

        assertThat(alice.id()).isEqualTo(ALICE_ID);
        assertThat(alice.referenceId()).isEqualTo("alice");
        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void aSessionNamesTheRegisteredCustomerByItsIdAndAnInlineCustomerWithItsReferenceIsADuplicate() {
        server.registerCustomer("alice", ALICE_ID);

        Reply byId = xendit.createSession(SessionsApiTest.minimal("PAY", 10000).put("customer_id", ALICE_ID));
        Reply inline = xendit.createSession(SessionsApiTest.minimal("PAY", 10000)
                .set("customer", SessionsApiTest.customer("alice")));

        assertThat(byId.json().get("customer_id").asText()).isEqualTo(ALICE_ID);
        assertThat(inline.status()).isEqualTo(409);
        assertThat(server.customers()).hasSize(1);
    }

    @Test
    void registeringAgainGivesTheSameCustomer() {
        Customer first = server.registerCustomer("alice");

        assertThat(server.registerCustomer("alice")).isEqualTo(first);
        assertThat(server.registerCustomer("alice", first.id())).isEqualTo(first);
        assertThat(server.customers()).containsExactly(first);
    }

    @Test
    void theFakeListsEveryCustomerOfEveryBusinessInCreationOrder() {
        xendit.createSession(SessionsApiTest.minimal("PAY", 10000).set("customer", SessionsApiTest.customer("bob")));
        Customer alice = server.registerCustomer("alice");
        Reply carol = new XenditHttp(server.baseUrl(), "xnd_development_another_business").createSession(
                SessionsApiTest.minimal("PAY", 10000).set("customer", SessionsApiTest.customer("carol")));

        assertThat(server.customers()).extracting(Customer::referenceId).containsExactly("bob", "alice", "carol");
        assertThat(server.customers().get(2).id()).isEqualTo(carol.json().get("customer_id").asText());
        assertThat(server.customers().get(2).businessId())
                .isEqualTo(carol.json().get("business_id").asText())
                .isNotEqualTo(alice.businessId());
        assertThat(server.customers().get(1).toString()).contains(alice.id(), "alice");
    }

    @Test
    void anotherBusinessDoesNotFindTheCustomer() {
        server.registerCustomer("alice", ALICE_ID);

        Reply reply = new XenditHttp(server.baseUrl(), "xnd_development_another_business")
                .createSession(SessionsApiTest.minimal("PAY", 10000).put("customer_id", ALICE_ID));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("DATA_NOT_FOUND");
    }

    @Test
    void resetForgetsTheCustomers() {
        server.registerCustomer("alice", ALICE_ID);

        server.reset();

        assertThat(server.customers()).isEmpty();
        assertThat(xendit.createSession(SessionsApiTest.minimal("PAY", 10000).put("customer_id", ALICE_ID)).status())
                .isEqualTo(404);
    }

    @Test
    void whatCannotBeRegisteredIsRefusedWithTheReason() {
        server.registerCustomer("alice", ALICE_ID);
        new XenditHttp(server.baseUrl(), "xnd_development_another_business").createSession(
                SessionsApiTest.minimal("PAY", 10000).set("customer", SessionsApiTest.customer("dave")));

        assertThatThrownBy(() -> server.registerCustomer("bob", "cust-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cust- and a lowercase UUID");
        assertThatThrownBy(() -> server.registerCustomer("bob", ALICE_ID.toUpperCase()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowercase UUID");
        assertThatThrownBy(() -> server.registerCustomer("bob", ALICE_ID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already belongs to reference alice");
        assertThatThrownBy(() -> server.registerCustomer("alice", "cust-00000000-0000-4000-8000-000000000000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has the id " + ALICE_ID);
        assertThatThrownBy(() -> server.registerCustomer("dave"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to another business");
        assertThatThrownBy(() -> server.registerCustomer(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reference_id");
        assertThat(server.customers()).extracting(Customer::referenceId).containsExactly("alice", "dave");
    }
}
