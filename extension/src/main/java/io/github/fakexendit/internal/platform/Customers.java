package io.github.fakexendit.internal.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The customers the fake holds. A customer's {@code reference_id} belongs to the first business that used
 * it. An inline {@code customer} with a reference that is taken is refused with 409 {@code DUPLICATE_ERROR}:
 * always if another business holds it, and if the same business does unless reuse is allowed, in which case
 * the earlier customer is reused. Changes are serialised (they are rare and cheap); lookups are lock-free.
 *
 * <p>Xendit's create page speaks of the 409 for another business only; integrators report it for the same
 * business's second inline customer with one reference, and retry with {@code customer_id}. Refusing by
 * default makes a shop that uses its user id as the reference fail in its tests rather than on a returning
 * customer's second checkout.
 */
public final class Customers {

    /** One customer: Xendit's id for it, the merchant's reference, and the business it belongs to. */
    public record Customer(long sequence, String customerId, String referenceId, Business business) {
    }

    private static final Pattern CUSTOMER_ID =
            Pattern.compile("cust-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final ConcurrentHashMap<String, Customer> byReference = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Customer> byId = new ConcurrentHashMap<>();
    private final boolean referencesReusable;
    private long sequence;

    /** Customers whose references a business may not reuse inline. */
    public Customers() {
        this(false);
    }

    /** @param referencesReusable whether a business's inline customer may reuse one of its references */
    public Customers(boolean referencesReusable) {
        this.referencesReusable = referencesReusable;
    }

    /** The id of the business's customer with this {@code customer} object's reference, created if new. */
    public synchronized String resolve(Business business, JsonNode customer) {
        String referenceId = customer.get("reference_id").textValue();
        Customer found = byReference.get(referenceId);
        if (found == null) {
            return add(business, referenceId, Ids.customerId()).customerId();
        }
        if (!found.business().equals(business) || !referencesReusable) {
            throw new ApiException(ApiError.of(409, "DUPLICATE_ERROR",
                    "customer: The reference_id entered has been used before. Please enter a unique reference_id"));
        }
        return found.customerId();
    }

    /** The id itself, if the business holds such a customer; {@code DATA_NOT_FOUND} otherwise. */
    public String require(Business business, String customerId) {
        Customer found = byId.get(customerId);
        if (found == null || !found.business().equals(business)) {
            throw new ApiException(ApiError.of(404, "DATA_NOT_FOUND",
                    "The customer ID provided in the request does not exist"));
        }
        return customerId;
    }

    /**
     * A customer set up by a test, as if the merchant had created it with Xendit's customer API: the business's
     * customer with this reference, made with {@code customerId} (or a derived id, if {@code null}) when new.
     *
     * @throws IllegalArgumentException if the id is not Xendit's form, or the reference or the id is taken by
     *                                  another customer
     */
    public synchronized Customer register(Business business, String referenceId, String customerId) {
        if (referenceId == null || referenceId.isEmpty()) {
            throw new IllegalArgumentException("a customer needs a reference_id");
        }
        if (customerId != null && !CUSTOMER_ID.matcher(customerId).matches()) {
            throw new IllegalArgumentException("a customer id is cust- and a lowercase UUID, as "
                    + "cust-b98d6f63-d240-44ec-9bd5-aa42954c4f48; got " + customerId);
        }
        Customer found = byReference.get(referenceId);
        if (found != null) {
            if (!found.business().equals(business)) {
                throw new IllegalArgumentException("Customer reference " + referenceId
                        + " belongs to another business (" + found.business().businessId() + ")");
            }
            if (customerId != null && !customerId.equals(found.customerId())) {
                throw new IllegalArgumentException("Customer reference " + referenceId + " already has the id "
                        + found.customerId());
            }
            return found;
        }
        if (customerId != null && byId.containsKey(customerId)) {
            throw new IllegalArgumentException("Customer id " + customerId + " already belongs to reference "
                    + byId.get(customerId).referenceId());
        }
        return add(business, referenceId,
                customerId != null ? customerId : Ids.customerId());
    }

    private Customer add(Business business, String referenceId, String customerId) {
        Customer customer = new Customer(++sequence, customerId, referenceId, business);
        byReference.put(referenceId, customer);
        byId.put(customerId, customer);
        return customer;
    }

    /** Every customer, of every business, in the order they were created. */
    public List<Customer> all() {
        return byId.values().stream().sorted(Comparator.comparingLong(Customer::sequence)).toList();
    }

    public synchronized void clear() {
        byReference.clear();
        byId.clear();
    }
}
