package io.github.fakexendit.examples.springboot;

import io.github.fakexendit.examples.springboot.XenditClient.PaymentLink;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Turns an order into a Xendit payment link; the order is settled when Xendit's webhook arrives. */
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
}
