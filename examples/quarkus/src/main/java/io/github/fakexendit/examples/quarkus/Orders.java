package io.github.fakexendit.examples.quarkus;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.enterprise.context.ApplicationScoped;

/** The shop's orders and where their payment stands; kept in memory for the example. */
@ApplicationScoped
public class Orders {

    /** Where an order's payment stands. */
    public enum Status { AWAITING_PAYMENT, PAID, EXPIRED }

    /** An order, the amount due and the payment session opened for it. */
    public record Order(String id, long amount, String sessionId, Status status) {
    }

    private final Map<String, Order> byId = new ConcurrentHashMap<>();

    void awaitPayment(String orderId, long amount, String sessionId) {
        byId.put(orderId, new Order(orderId, amount, sessionId, Status.AWAITING_PAYMENT));
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
        AtomicBoolean moved = new AtomicBoolean();
        byId.computeIfPresent(orderId, (id, order) -> {
            if (order.status() != Status.AWAITING_PAYMENT || !order.sessionId().equals(sessionId)) {
                return order;
            }
            moved.set(true);
            return new Order(id, order.amount(), sessionId, status);
        });
        return moved.get();
    }
}
