package io.github.fakexendit.examples.quarkus;

import io.github.fakexendit.examples.quarkus.XenditApi.Session;
import io.github.fakexendit.examples.quarkus.XenditApi.SessionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Turns an order into a Xendit payment link; the order is settled when Xendit's webhook arrives. */
@ApplicationScoped
public class Checkout {

    private final XenditApi xendit;
    private final Orders orders;
    private final String returnUrl;

    Checkout(@RestClient XenditApi xendit, Orders orders, @ConfigProperty(name = "shop.return-url") String returnUrl) {
        this.xendit = xendit;
        this.orders = orders;
        this.returnUrl = returnUrl;
    }

    /** Opens a payment session for the order, in Indonesian rupiah; the customer pays at the returned link. */
    public PaymentLink start(String orderId, long amount) {
        Session session = xendit.createSession(new SessionRequest(orderId, "PAY", "PAYMENT_LINK", amount, "IDR", "ID",
                "Order " + orderId, returnUrl + "/" + orderId + "/paid", returnUrl + "/" + orderId));
        orders.awaitPayment(orderId, amount, session.id());
        return new PaymentLink(session.id(), session.paymentLinkUrl());
    }

    /** Where to send the customer to pay, and the session Xendit's webhooks will name. */
    public record PaymentLink(String sessionId, String url) {
    }
}
