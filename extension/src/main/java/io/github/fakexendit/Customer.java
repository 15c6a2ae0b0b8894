package io.github.fakexendit;

import java.util.Objects;

/**
 * A customer the fake holds: made by a session's {@code customer} object, or registered by a test as if the
 * merchant had created it with Xendit's customer API. Immutable.
 *
 * <pre>{@code
 * Customer alice = server.registerCustomer("alice");
 * subscriptions.saveCardOf(alice.id());           // the merchant's code sends "customer_id": alice.id()
 * assertThat(server.customers()).containsExactly(alice);
 * }</pre>
 */
public final class Customer {

    private final String id;
    private final String referenceId;
    private final String businessId;

    Customer(String id, String referenceId, String businessId) {
        this.id = id;
        this.referenceId = referenceId;
        this.businessId = businessId;
    }

    /** Xendit's id for the customer, {@code cust-} and a UUID: what a session's {@code customer_id} names. */
    public String id() {
        return id;
    }

    /** The merchant's {@code reference_id} for the customer, unique across businesses. */
    public String referenceId() {
        return referenceId;
    }

    /** The {@code business_id} of the account the customer belongs to. */
    public String businessId() {
        return businessId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Customer c && id.equals(c.id) && referenceId.equals(c.referenceId)
                && businessId.equals(c.businessId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, referenceId, businessId);
    }

    @Override
    public String toString() {
        return "Customer[" + id + ", reference_id " + referenceId + ", business " + businessId + "]";
    }
}
