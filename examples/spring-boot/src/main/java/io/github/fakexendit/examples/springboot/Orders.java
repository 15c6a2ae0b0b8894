package io.github.fakexendit.examples.springboot;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** The shop's orders and where their payment stands; kept in memory for the example. */
@Component
public class Orders {

    /**
     * Where an order's payment stands. An order paid at checkout goes AWAITING_PAYMENT → PAID; an order whose card
     * is only authorised goes AWAITING_PAYMENT → AUTHORIZED, then PAID when it ships (captured) or CANCELED
     * (voided), or AUTHORIZATION_EXPIRED if it did neither within Xendit's seven days.
     */
    public enum Status {
        AWAITING_PAYMENT, PAID, EXPIRED, AUTHORIZED, CANCELED, AUTHORIZATION_EXPIRED, PARTIALLY_REFUNDED, REFUNDED
    }

    /**
     * An order, the amount due, the payment session opened for it, and the payment once there is one.
     *
     * @param paymentId        Xendit's {@code payment_id}, known once the session completed; {@code null} before
     * @param paymentRequestId the {@code payment_request_id} refunds name, known once the session completed
     * @param refunded         what the refund webhooks confirmed was given back
     */
    public record Order(String id, long amount, String sessionId, Status status, String paymentId,
                        String paymentRequestId, long refunded) {

        Order moved(Status to, String payment, String paymentRequest) {
            return new Order(id, amount, sessionId, to, payment == null ? paymentId : payment,
                    paymentRequest == null ? paymentRequestId : paymentRequest, refunded);
        }
    }

    private final Set<String> refundsSeen = ConcurrentHashMap.newKeySet();

    private final Map<String, Order> byId = new ConcurrentHashMap<>();

    void awaitPayment(String orderId, long amount, String sessionId) {
        byId.put(orderId, new Order(orderId, amount, sessionId, Status.AWAITING_PAYMENT, null, null, 0));
    }

    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(byId.get(orderId));
    }

    /**
     * Moves an order that awaits payment through {@code sessionId} to {@code status}; anything else (an unknown
     * order, an older session of the order, an order already paid or expired) changes nothing.
     *
     * @return whether the order moved: false for a webhook delivered twice
     */
    boolean settle(String orderId, String sessionId, Status status) {
        return settle(orderId, sessionId, status, null, null);
    }

    /** As {@link #settle(String, String, Status)}, keeping the payment and payment request the session left. */
    boolean settle(String orderId, String sessionId, Status status, String paymentId, String paymentRequestId) {
        return move(orderId, order -> order.status() == Status.AWAITING_PAYMENT && order.sessionId().equals(sessionId),
                status, paymentId, paymentRequestId);
    }

    /**
     * Moves the order of payment {@code paymentId} from one of {@code from} to {@code to}; anything else changes
     * nothing (a duplicate webhook, a capture of an order cancelled meanwhile).
     */
    boolean movePayment(String orderId, String paymentId, Set<Status> from, Status to) {
        return move(orderId, order -> paymentId.equals(order.paymentId()) && from.contains(order.status()), to, null,
                null);
    }

    /**
     * A refund webhook: a succeeded refund of an order's payment request counts towards what was given back; each
     * refund once, however often it is delivered.
     */
    void settleRefund(String refundId, String paymentRequestId, long amount, boolean succeeded) {
        if (!succeeded || !refundsSeen.add(refundId)) {
            return;
        }
        byId.replaceAll((id, order) -> {
            if (!paymentRequestId.equals(order.paymentRequestId())) {
                return order;
            }
            long refunded = order.refunded() + amount;
            return new Order(id, order.amount(), order.sessionId(),
                    refunded >= order.amount() ? Status.REFUNDED : Status.PARTIALLY_REFUNDED, order.paymentId(),
                    order.paymentRequestId(), refunded);
        });
    }

    private boolean move(String orderId, Predicate<Order> allowed, Status to, String paymentId,
                         String paymentRequestId) {
        AtomicBoolean moved = new AtomicBoolean();
        byId.computeIfPresent(orderId, (id, order) -> {
            if (!allowed.test(order)) {
                return order;
            }
            moved.set(true);
            return order.moved(to, paymentId, paymentRequestId);
        });
        return moved.get();
    }
}
