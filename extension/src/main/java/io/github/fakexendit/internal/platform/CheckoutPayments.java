package io.github.fakexendit.internal.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The port through which a checkout leaves its payment behind in the Payments API: a PAY checkout a payment
 * request and a payment, a SAVE checkout (or a PAY checkout that saves the method) a payment token, a declined
 * attempt a failed payment request and payment. The sessions product calls it; the payments product fills it;
 * neither knows the other's classes.
 *
 * <p>It is called while the checkout's own object is being changed, so an implementation must not block and must
 * not call back into the product that called it. A refusal ({@link IllegalArgumentException}: a completion no
 * customer could make) leaves nothing behind, and the checkout refuses the change with it.
 */
public interface CheckoutPayments {

    /**
     * The card the customer typed on a checkout page.
     *
     * @param number  the card number, digits only; never stored as it is
     * @param network e.g. {@code VISA}
     */
    record Card(String number, String network) {
    }

    /**
     * What the customer completed, or tried to.
     *
     * @param checkoutId      the id of the checkout, such as a {@code payment_session_id}
     * @param amount          the amount paid; {@code null} if the checkout only saves a method
     * @param channel         the channel code the customer used, or {@code null} if the test named none
     * @param captureMethod   {@code AUTOMATIC} or {@code MANUAL} (only authorised); {@code null} if nothing is paid
     * @param pay             whether a payment is made
     * @param save            whether the payment method is saved as a token
     * @param customerId      the customer the token belongs to, or {@code null}
     * @param offeredChannels the channels the checkout offers, in its order: where a channel is picked for a test
     *                        that named none
     * @param description     the checkout's {@code description}, or {@code null}
     * @param metadata        the checkout's {@code metadata} as sent, or {@code null}; read only
     * @param items           the checkout's {@code items} as sent, or {@code null}; read only
     * @param card            the card typed on the checkout page, or {@code null}
     */
    record Completion(Business business, String checkoutId, String referenceId, String customerId, String country,
                      String currency, BigDecimal amount, String channel, String captureMethod, boolean pay,
                      boolean save, Instant at, List<String> offeredChannels, String description, JsonNode metadata,
                      JsonNode items, Card card) {

        public Completion {
            offeredChannels = List.copyOf(offeredChannels);
        }
    }

    /** The ids of what the completion left behind; each is {@code null} where it made none. */
    record Outcome(String paymentRequestId, String paymentId, String paymentTokenId) {

        public static final Outcome NOTHING = new Outcome(null, null, null);
    }

    /** Records the payment of {@code completion} and says what it made. */
    Outcome completed(Completion completion);

    /**
     * Records a declined payment attempt: what it made (failed, with {@code failureCode}, or the channel's default
     * code if {@code null}) is not the checkout's to show.
     */
    Outcome declined(Completion completion, String failureCode);

    /** Fresh ids in Xendit's formats and nothing stored behind them, for a checkout tested on its own. */
    CheckoutPayments IDS_ONLY = new CheckoutPayments() {
        @Override
        public Outcome completed(Completion completion) {
            return new Outcome(completion.pay() ? Ids.paymentRequestId() : null,
                    completion.pay() ? Ids.paymentId() : null, completion.save() ? Ids.paymentTokenId() : null);
        }

        @Override
        public Outcome declined(Completion completion, String failureCode) {
            return Outcome.NOTHING;
        }
    };
}
