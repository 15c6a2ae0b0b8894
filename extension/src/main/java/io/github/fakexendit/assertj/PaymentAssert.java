package io.github.fakexendit.assertj;

import io.github.fakexendit.PaymentCapture;
import io.github.fakexendit.PaymentHandle;
import io.github.fakexendit.PaymentStatus;
import io.github.fakexendit.internal.FailureMessages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one payment of the Payments API v3 as it is now: its status, what was captured of it, why it
 * failed. Every failure shows the whole payment as {@code GET /v3/payments/{id}} returns it.
 *
 * <pre>{@code
 * shop.ship(orderId);                                  // the shop captures the authorised payment
 * assertThat(xendit.payment(paymentId)).wasCapturedOnceFor(150_000);
 * assertThat(xendit).hasSentWebhook(Webhooks.PAYMENT_CAPTURE, paymentId).wasDelivered();
 * }</pre>
 */
public final class PaymentAssert extends AbstractAssert<PaymentAssert, PaymentHandle> {

    private static final String SUBJECT = "the payment";

    PaymentAssert(PaymentHandle payment) {
        super(payment, PaymentAssert.class);
    }

    /** The payment's status now. */
    public PaymentAssert hasStatus(PaymentStatus status) {
        isNotNull();
        PaymentStatus now = actual.status();
        if (now != status) {
            failWithMessage("%s", FailureMessages.mismatch("the status", SUBJECT, status, now, actual.toString()));
        }
        return myself;
    }

    /**
     * The payment is SUCCEEDED with exactly one capture, of {@code amount} (compared as a number: {@code 150000}
     * matches {@code 150000.00}).
     */
    public PaymentAssert wasCapturedOnceFor(Number amount) {
        isNotNull();
        List<PaymentCapture> captures = actual.captures();
        BigDecimal expected = new BigDecimal(amount.toString());
        if (actual.status() != PaymentStatus.SUCCEEDED || captures.size() != 1
                || captures.get(0).amount().compareTo(expected) != 0) {
            failWithMessage("%s", FailureMessages.lacking("the payment to be SUCCEEDED and captured once, for "
                    + expected.toPlainString() + ", but it is " + actual.status() + " with "
                    + FailureMessages.count(captures.size(), "capture")
                    + (captures.isEmpty() ? "" : " " + captures.stream()
                            .map(c -> c.amount().toPlainString()).toList()), SUBJECT, actual.toString()));
        }
        return myself;
    }

    /** Nothing was captured of it (an authorisation not yet captured, voided or lapsed, or a failed payment). */
    public PaymentAssert hasNoCaptures() {
        isNotNull();
        List<PaymentCapture> captures = actual.captures();
        if (!captures.isEmpty()) {
            failWithMessage("%s", FailureMessages.lacking("no captures of the payment, but it has "
                    + FailureMessages.count(captures.size(), "capture"), SUBJECT, actual.toString()));
        }
        return myself;
    }

    /** The {@code failure_code} of a FAILED payment, such as {@code CARD_DECLINED}. */
    public PaymentAssert hasFailureCode(String failureCode) {
        isNotNull();
        String code = actual.failureCode();
        if (!Objects.equals(code, failureCode)) {
            failWithMessage("%s", FailureMessages.mismatch("the failure_code", SUBJECT, failureCode, code,
                    actual.toString()));
        }
        return myself;
    }
}
