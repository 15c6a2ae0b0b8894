package io.github.fakexendit;

import java.util.Objects;

/**
 * How the customer completes a session at checkout, for {@link SessionHandle#complete(Completion)}: the channel
 * they used and whether they opted in to save their payment method. Immutable.
 *
 * <pre>{@code
 * session.complete(Completion.channel("OVO"));
 * session.complete(Completion.channel("CARDS").withSavedPaymentMethod());   // allow_save_payment_method: OPTIONAL
 * }</pre>
 *
 * <p>The fake refuses what the customer could not do on that session, with an {@link IllegalArgumentException}:
 * a channel missing from its {@code allowed_payment_channels} (without that list: from the activated channels
 * of its country and currency), or saving the method where {@code allow_save_payment_method} is
 * {@code DISABLED}. A PAY session with {@code capture_method: MANUAL} is only authorised; see
 * {@link SessionHandle#paymentAttempts()}.
 */
public final class Completion {

    private final String channel;
    private final boolean savePaymentMethod;

    private Completion(String channel, boolean savePaymentMethod) {
        this.channel = channel;
        this.savePaymentMethod = savePaymentMethod;
    }

    /** The customer used {@code channel}, a code such as {@code OVO}, {@code CARDS} or {@code BCA_VIRTUAL_ACCOUNT}. */
    public static Completion channel(String channel) {
        return new Completion(Objects.requireNonNull(channel, "channel"), false);
    }

    /** The customer opted in to save the payment method, on a channel the test does not name. */
    public static Completion savingPaymentMethod() {
        return new Completion(null, true);
    }

    /** This completion, on {@code channel}. */
    public Completion withChannel(String channel) {
        return new Completion(Objects.requireNonNull(channel, "channel"), savePaymentMethod);
    }

    /** This completion, with the customer opting in to save the payment method. */
    public Completion withSavedPaymentMethod() {
        return new Completion(channel, true);
    }

    /** The channel, or {@code null} for any. */
    String chosenChannel() {
        return channel;
    }

    boolean savesPaymentMethod() {
        return savePaymentMethod;
    }

    @Override
    public String toString() {
        return "Completion[channel=" + (channel == null ? "any" : channel) + ", savePaymentMethod=" + savePaymentMethod
                + "]";
    }
}
