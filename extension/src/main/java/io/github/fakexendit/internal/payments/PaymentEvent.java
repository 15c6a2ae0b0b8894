package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A webhook the payments product sends: its event name, whose it is, the object it is about, and {@code data}:
 * the object as a GET returned it at the change.
 *
 * @param name       the {@code event} field, e.g. {@code payment.capture}
 * @param account    the business it belongs to, as {@link Terms#account()}
 * @param resourceId the id of the payment or token
 * @param data       the object as rendered at the change; read only
 * @param at         the object's {@code updated}: no delivery may claim an earlier {@code created}
 */
public record PaymentEvent(String name, Object account, String businessId, String resourceId, ObjectNode data,
                           Instant at) {

    public static final String CAPTURE = "payment.capture";
    public static final String AUTHORIZATION = "payment.authorization";
    public static final String FAILURE = "payment.failure";
    public static final String EXPIRY = "payment.expiry";
    public static final String TOKEN_ACTIVATION = "payment_token.activation";
    public static final String TOKEN_EXPIRY = "payment_token.expiry";
    public static final String TOKEN_FAILURE = "payment_token.failure";
    public static final String REFUND_SUCCEEDED = "refund.succeeded";
    public static final String REFUND_FAILED = "refund.failed";

    /** Every event this product sends, payments' first, in the order of Xendit's webhook page. */
    public static final List<String> NAMES = List.of(CAPTURE, AUTHORIZATION, FAILURE, EXPIRY, TOKEN_ACTIVATION,
            TOKEN_EXPIRY, TOKEN_FAILURE, REFUND_SUCCEEDED, REFUND_FAILED);

    public PaymentEvent {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("not a payments event: " + name);
        }
        Objects.requireNonNull(data, "data");
    }

    static PaymentEvent of(String name, Payment p) {
        return new PaymentEvent(name, p.terms().account(), p.terms().businessId(), p.id(), PaymentJson.payment(p),
                p.updated());
    }

    static PaymentEvent of(String name, PaymentToken t) {
        return new PaymentEvent(name, t.terms().account(), t.terms().businessId(), t.id(),
                PaymentJson.paymentToken(t), t.updated());
    }

    /** {@code refund.succeeded} or {@code refund.failed} for a refund that settled. */
    static PaymentEvent of(Refund r) {
        String name = switch (r.status()) {
            case SUCCEEDED -> REFUND_SUCCEEDED;
            case FAILED -> REFUND_FAILED;
            default -> throw new IllegalArgumentException("refund " + r.id() + " has not settled: " + r.status());
        };
        return new PaymentEvent(name, r.account(), r.businessId(), r.id(), RefundJson.render(r), r.updated());
    }

    /**
     * The body of a delivery attempted at {@code attempted}: {@code event}, {@code business_id}, {@code created},
     * then for {@code payment.*} events {@code api_version: "v3"} (in every payment payload Xendit's guides captured,
     * absent from token events), then {@code data}.
     */
    public ObjectNode envelope(Instant attempted) {
        ObjectNode envelope = Json.object();
        envelope.put("event", name);
        envelope.put("business_id", businessId);
        envelope.put("created", Timestamps.format(attempted.isBefore(at) ? at : Timestamps.shown(attempted)));
        if (name.startsWith("payment.")) {
            envelope.put("api_version", "v3");
        }
        envelope.set("data", data);
        return envelope;
    }
}
