package io.github.fakexendit.internal.sessions;

import io.github.fakexendit.internal.platform.CheckoutPayments;

/**
 * What the customer chose at checkout.
 *
 * @param channel           the payment channel code, e.g. {@code OVO}; {@code null} if the test named none
 * @param savePaymentMethod whether the customer opted in to save the method
 * @param card              the card typed on the checkout page, or {@code null}
 */
public record CheckoutChoice(String channel, boolean savePaymentMethod, CheckoutPayments.Card card) {

    public static final CheckoutChoice DEFAULT = new CheckoutChoice(null, false);

    public CheckoutChoice(String channel, boolean savePaymentMethod) {
        this(channel, savePaymentMethod, null);
    }
}
