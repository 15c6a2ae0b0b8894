package io.github.fakexendit.examples.checkout;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shop's orders and where their payment stands, as the shop's database would hold them. Every change is
 * idempotent and checks the session it comes from, because Xendit may deliver a webhook twice or late.
 */
public final class OrderBook {

    /**
     * One order's payment.
     *
     * @param sessionId the payment session the customer was sent to last
     * @param paymentId Xendit's {@code payment_id} once paid
     * @param shipped   whether the goods went out; separate from {@code status} so that a failure in between
     *                  is retried rather than forgotten
     */
    public record Entry(String orderId, String sessionId, PaymentStatus status, String paymentId, boolean shipped) {
    }

    private final Map<String, Entry> orders = new ConcurrentHashMap<>();

    /** The order now waits for payment in {@code sessionId} (a new session replaces an older one). */
    public void awaitingPayment(String orderId, String sessionId) {
        orders.put(orderId, new Entry(orderId, sessionId, PaymentStatus.AWAITING_PAYMENT, null, false));
    }

    public Optional<Entry> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    /** The order is paid, by whichever of its sessions; paying twice changes nothing. */
    void paid(String orderId, String paymentId) {
        orders.computeIfPresent(orderId, (id, entry) -> entry.status() == PaymentStatus.PAID ? entry
                : new Entry(id, entry.sessionId(), PaymentStatus.PAID, paymentId, false));
    }

    /** The order's current session expired; an older session, or an order already paid, stays as it is. */
    void expired(String orderId, String sessionId) {
        orders.computeIfPresent(orderId, (id, entry) ->
                entry.status() == PaymentStatus.AWAITING_PAYMENT && entry.sessionId().equals(sessionId)
                        ? new Entry(id, sessionId, PaymentStatus.EXPIRED, null, false) : entry);
    }

    void shipped(String orderId) {
        orders.computeIfPresent(orderId, (id, entry) ->
                new Entry(id, entry.sessionId(), entry.status(), entry.paymentId(), true));
    }
}
