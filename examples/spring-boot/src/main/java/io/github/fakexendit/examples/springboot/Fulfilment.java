package io.github.fakexendit.examples.springboot;

import io.github.fakexendit.examples.springboot.Orders.Order;
import io.github.fakexendit.examples.springboot.Orders.Status;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * What happens to an order whose card was only authorised: the warehouse ships it and the payment is captured,
 * or it is cancelled and the authorisation voided, so the customer is charged for what ships and nothing else.
 */
@Service
public class Fulfilment {

    private final Orders orders;
    private final XenditPayments xendit;
    private final Warehouse warehouse;

    public Fulfilment(Orders orders, XenditPayments xendit, Warehouse warehouse) {
        this.orders = orders;
        this.xendit = xendit;
        this.warehouse = warehouse;
    }

    /**
     * Captures the order's payment, then ships it; the order is PAID.
     *
     * @throws IllegalStateException if the order is not AUTHORIZED
     * @throws XenditException       if Xendit refuses the capture (the authorisation expired, say)
     */
    public void ship(String orderId) {
        Order order = authorised(orderId);
        XenditPayments.Payment payment = xendit.capture(order.paymentId(), order.amount());
        if (orders.movePayment(orderId, payment.id(), Set.of(Status.AUTHORIZED), Status.PAID)) {
            warehouse.ship(orderId);
        }
    }

    /**
     * Voids the order's authorisation; the order is CANCELED and the customer's card no longer held.
     *
     * @throws IllegalStateException if the order is not AUTHORIZED
     */
    public void cancel(String orderId) {
        Order order = authorised(orderId);
        XenditPayments.Payment payment = xendit.voidAuthorisation(order.paymentId());
        orders.movePayment(orderId, payment.id(), Set.of(Status.AUTHORIZED), Status.CANCELED);
    }

    private Order authorised(String orderId) {
        Order order = orders.find(orderId).orElseThrow(() -> new IllegalStateException("no order " + orderId));
        if (order.status() != Status.AUTHORIZED) {
            throw new IllegalStateException("order " + orderId + " is " + order.status() + ", not AUTHORIZED");
        }
        return order;
    }
}
