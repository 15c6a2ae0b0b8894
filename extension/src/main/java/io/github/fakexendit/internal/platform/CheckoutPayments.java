package io.github.fakexendit.internal.platform;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The port through which a completed checkout leaves its payment behind in the Payments API: a PAY checkout a
 * payment request and a payment, a SAVE checkout (or a PAY checkout that saves the method) a payment token. The
 * sessions product calls it; the payments product fills it; neither knows the other's classes.
 *
 * <p>It is called while the checkout's own object is being changed, so an implementation must not block and must
 * not call back into the product that called it.
 */
@FunctionalInterface
public interface CheckoutPayments {

    /**
     * What the customer completed.
     *
     * @param checkoutId    the id of the checkout, such as a {@code payment_session_id}
     * @param amount        the amount paid; {@code null} if the checkout only saves a method
     * @param channel       the channel code the customer used, or {@code null} if the test named none
     * @param captureMethod {@code AUTOMATIC} or {@code MANUAL} (only authorised); {@code null} if nothing is paid
     * @param pay           whether a payment is made
     * @param save          whether the payment method is saved as a token
     * @param customerId    the customer the token belongs to, or {@code null}
     */
    record Completion(Business business, String checkoutId, String referenceId, String customerId, String country,
                      String currency, BigDecimal amount, String channel, String captureMethod, boolean pay,
                      boolean save, Instant at) {
    }

    /** The ids of what the completion left behind; each is {@code null} where it made none. */
    record Outcome(String paymentRequestId, String paymentId, String paymentTokenId) {
    }

    /** Records the payment of {@code completion} and says what it made. */
    Outcome completed(Completion completion);

    /** Until the Payments API is served: fresh ids in Xendit's formats, and nothing stored behind them. */
    CheckoutPayments IDS_ONLY = completion -> new Outcome(completion.pay() ? Ids.paymentRequestId() : null,
            completion.pay() ? Ids.paymentId() : null, completion.save() ? Ids.paymentTokenId() : null);
}
