package io.github.fakexendit.internal.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.ApiError;
import io.github.fakexendit.internal.ApiException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The customers the fake holds. A customer's {@code reference_id} belongs to the first business that used
 * it; the same business reuses the customer, another business is refused with {@code DUPLICATE_ERROR}.
 */
final class Customers {

    record Customer(String customerId, String referenceId, Business business) {
    }

    private final ConcurrentHashMap<String, Customer> byReference = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Customer> byId = new ConcurrentHashMap<>();

    /** The id of the business's customer with this {@code customer} object's reference, created if new. */
    String resolve(Business business, JsonNode customer) {
        String referenceId = customer.get("reference_id").textValue();
        Customer found = byReference.computeIfAbsent(referenceId,
                ref -> new Customer(Ids.customerId(business.businessId(), ref), ref, business));
        if (!found.business().equals(business)) {
            throw new ApiException(ApiError.of(409, "DUPLICATE_ERROR",
                    "customer: The reference_id entered has been used before. Please enter a unique reference_id"));
        }
        byId.putIfAbsent(found.customerId(), found);
        return found.customerId();
    }

    /** The id itself, if the business holds such a customer; {@code DATA_NOT_FOUND} otherwise. */
    String require(Business business, String customerId) {
        Customer found = byId.get(customerId);
        if (found == null || !found.business().equals(business)) {
            throw new ApiException(ApiError.of(404, "DATA_NOT_FOUND",
                    "The customer ID provided in the request does not exist"));
        }
        return customerId;
    }

    void clear() {
        byReference.clear();
        byId.clear();
    }
}
