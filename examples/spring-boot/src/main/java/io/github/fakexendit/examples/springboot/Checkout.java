package io.github.fakexendit.examples.springboot;

import io.github.fakexendit.examples.springboot.XenditClient.PaymentLink;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Turns an order into a Xendit payment link; the order is settled when Xendit's webhook arrives. Customer service
 * refunds paid orders here; the refund webhooks settle them.
 */
@Service
public class Checkout {

    private final XenditClient xendit;
    private final Orders orders;
    private final String returnUrl;

    public Checkout(XenditClient xendit, Orders orders, @Value("${shop.return-url}") String returnUrl) {
        this.xendit = xendit;
        this.orders = orders;
        this.returnUrl = returnUrl;
    }

    /** Opens a payment session for the order; the customer pays at the returned link. */
    public PaymentLink start(String orderId, long amount) {
        PaymentLink link = xendit.createPaymentLink(orderId, amount, returnUrl);
        orders.awaitPayment(orderId, amount, link.sessionId());
        return link;
    }

    /**
     * Refunds a paid order: {@code amount} of it, or what is left when {@code null}. The idempotency key names this
     * refund, so that a retried request never refunds twice.
     */
    public XenditClient.Refund refund(String orderId, Long amount, String refundReference) {
        Orders.Order order = orders.find(orderId).filter(o -> o.paymentRequestId() != null)
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " is not paid"));
        return xendit.refund(order.paymentRequestId(), amount, refundReference, orderId + "/" + refundReference);
    }
}
