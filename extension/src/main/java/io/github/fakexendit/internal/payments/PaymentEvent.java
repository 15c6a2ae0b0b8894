package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.webhooks.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A webhook the payments product sends: its event name, whose it is, the object it is about, and {@code data}:
 * the object as a GET returned it at the change.
 *
 * @param name       the {@code event} field, e.g. {@code payment.capture}
 * @param resourceId the id of the payment or token
 * @param data       the object as rendered at the change; read only
 * @param happened   the object's {@code updated}: no delivery's envelope says it was created earlier
 */
public record PaymentEvent(String name, String businessId, String resourceId, ObjectNode data, Instant happened) {

    public static final String CAPTURE = "payment.capture";
    public static final String AUTHORIZATION = "payment.authorization";
    public static final String FAILURE = "payment.failure";
    public static final String EXPIRY = "payment.expiry";
    public static final String TOKEN_ACTIVATION = "payment_token.activation";
    public static final String TOKEN_EXPIRY = "payment_token.expiry";
    public static final String TOKEN_FAILURE = "payment_token.failure";
    public static final String REFUND_SUCCEEDED = "refund.succeeded";
    public static final String REFUND_FAILED = "refund.failed";

    /**
     * Every event this product sends, payments' first, in the order of Xendit's webhook page. Payment events carry
     * {@code api_version: "v3"} in their envelope, as every payment payload Xendit's guides captured does; token
     * and refund events do not.
     */
    public static final List<EventType> TYPES = List.of(payment(CAPTURE), payment(AUTHORIZATION), payment(FAILURE),
            payment(EXPIRY), token(TOKEN_ACTIVATION), token(TOKEN_EXPIRY), token(TOKEN_FAILURE),
            refund(REFUND_SUCCEEDED), refund(REFUND_FAILED));

    public PaymentEvent {
        String event = name;
        if (TYPES.stream().noneMatch(type -> type.name().equals(event))) {
            throw new IllegalArgumentException("not a payments event: " + name);
        }
        Objects.requireNonNull(data, "data");
    }

    private static EventType payment(String name) {
        return new EventType(name, "payments", "payment", "payment_id", "v3");
    }

    private static EventType token(String name) {
        return new EventType(name, "payment tokens", "payment token", "payment_token_id");
    }

    private static EventType refund(String name) {
        return new EventType(name, "refunds", "refund", "id");
    }

    static PaymentEvent of(String name, Payment p) {
        return new PaymentEvent(name, p.terms().businessId(), p.id(), PaymentJson.payment(p), p.updated());
    }

    static PaymentEvent of(String name, PaymentToken t) {
        return new PaymentEvent(name, t.terms().businessId(), t.id(), PaymentJson.paymentToken(t), t.updated());
    }

    /** {@code refund.succeeded} or {@code refund.failed} for a refund that settled. */
    static PaymentEvent of(Refund r) {
        String name = switch (r.status()) {
            case SUCCEEDED -> REFUND_SUCCEEDED;
            case FAILED -> REFUND_FAILED;
            default -> throw new IllegalArgumentException("refund " + r.id() + " has not settled: " + r.status());
        };
        return new PaymentEvent(name, r.businessId(), r.id(), RefundJson.render(r), r.updated());
    }
}
