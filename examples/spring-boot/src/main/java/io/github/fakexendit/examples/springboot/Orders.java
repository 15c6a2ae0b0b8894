package io.github.fakexendit.examples.springboot;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/** The shop's orders and where their payment stands; kept in memory for the example. */
@Component
public class Orders {

    /** Where an order's payment stands. */
    public enum Status { AWAITING_PAYMENT, PAID, EXPIRED, PARTIALLY_REFUNDED, REFUNDED }

    /**
     * An order, the amount due, the payment session opened for it, and once paid the payment request that
     * refunds name.
     *
     * @param refunded what the refund webhooks confirmed was given back
     */
    public record Order(String id, long amount, String sessionId, Status status, String paymentRequestId,
                        long refunded) {
    }

    private final Map<String, Order> byId = new ConcurrentHashMap<>();
    private final Set<String> refundsSeen = ConcurrentHashMap.newKeySet();

    void awaitPayment(String orderId, long amount, String sessionId) {
        byId.put(orderId, new Order(orderId, amount, sessionId, Status.AWAITING_PAYMENT, null, 0));
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
    boolean settle(String orderId, String sessionId, Status status, String paymentRequestId) {
        AtomicBoolean moved = new AtomicBoolean();
        byId.computeIfPresent(orderId, (id, order) -> {
            if (order.status() != Status.AWAITING_PAYMENT || !order.sessionId().equals(sessionId)) {
                return order;
            }
            moved.set(true);
            return new Order(id, order.amount(), sessionId, status, paymentRequestId, 0);
        });
        return moved.get();
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
                    refunded >= order.amount() ? Status.REFUNDED : Status.PARTIALLY_REFUNDED,
                    order.paymentRequestId(), refunded);
        });
    }
}
