package io.github.fakexendit.internal.sessions;

/**
 * What the customer chose at checkout.
 *
 * @param channel           the payment channel code, e.g. {@code OVO}; {@code null} if the test named none
 * @param savePaymentMethod whether the customer opted in to save the method
 */
public record CheckoutChoice(String channel, boolean savePaymentMethod) {

    public static final CheckoutChoice DEFAULT = new CheckoutChoice(null, false);
}
