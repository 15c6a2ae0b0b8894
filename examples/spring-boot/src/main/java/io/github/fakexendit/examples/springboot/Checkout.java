package io.github.fakexendit.examples.springboot;

import io.github.fakexendit.examples.springboot.XenditClient.PaymentLink;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Turns an order into a Xendit payment link, paid at once or with the card only authorised; the order is settled
 * when Xendit's webhook arrives. Customer service refunds paid orders here; the refund webhooks settle them.
 */
@Service
public class Checkout {

    private final XenditClient xendit;
    private final XenditPayments payments;
    private final Orders orders;
    private final String returnUrl;

    public Checkout(XenditClient xendit, XenditPayments payments, Orders orders,
                    @Value("${shop.return-url}") String returnUrl) {
        this.xendit = xendit;
        this.payments = payments;
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
     * Opens a payment session that only authorises the customer's card; the payment is captured when the order
     * ships ({@link Fulfilment#ship}) or voided when it is cancelled ({@link Fulfilment#cancel}).
     */
    public PaymentLink startCardAuthorisation(String orderId, long amount) {
        PaymentLink link = payments.authoriseCard(orderId, amount, returnUrl);
        orders.awaitPayment(orderId, amount, link.sessionId());
        return link;
    }

    /**
     * Refunds a paid order: {@code amount} of it, or what is left when {@code null}. The idempotency key names this
     * refund, so that a retried request never refunds twice; the refund webhook settles the order.
     */
    public XenditClient.Refund refund(String orderId, Long amount, String refundReference) {
        Orders.Order order = orders.find(orderId).filter(o -> o.paymentRequestId() != null)
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " is not paid"));
        return xendit.refund(order.paymentRequestId(), amount, refundReference, orderId + "/" + refundReference);
    }
}
