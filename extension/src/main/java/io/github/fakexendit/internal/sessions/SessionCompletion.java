package io.github.fakexendit.internal.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.PaymentAttempt;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.platform.CheckoutPayments;
import java.time.Instant;

/** What completing an ACTIVE session makes of it, the payment it leaves behind made through the port. */
final class SessionCompletion {

    private final SessionChannels channels;
    private final CheckoutPayments payments;

    SessionCompletion(SessionChannels channels, CheckoutPayments payments) {
        this.channels = channels;
        this.payments = payments;
    }

    /**
     * A PAY session gets a payment request and a payment, only authorised with {@code capture_method: MANUAL}; a
     * SAVE session, or a PAY session that saves the method, gets a payment token: the {@link CheckoutPayments}
     * port makes them.
     */
    Session complete(Session session, CheckoutChoice choice, Instant now) {
        channels.requireOffered(session, choice.channel());
        boolean pay = "PAY".equals(session.sessionType());
        boolean save = savesMethod(session, pay, choice.savePaymentMethod());
        CheckoutPayments.Outcome outcome = payments.completed(completion(session, choice, pay, save, now));
        Payment payment = new Payment(outcome.paymentRequestId(), outcome.paymentId(), outcome.paymentTokenId());
        PaymentAttempt.Status status = pay && "MANUAL".equals(session.text("capture_method"))
                ? PaymentAttempt.Status.AUTHORIZED : PaymentAttempt.Status.SUCCEEDED;
        return session.withAttempt(new Attempt(now, choice.channel(), status))
                .moveTo(SessionStatus.COMPLETED, now, payment);
    }

    /**
     * The customer tries to pay and is declined: the attempt is recorded, the port leaves a failed payment behind
     * (whose ids the session does not show), and the session stays ACTIVE.
     */
    Session decline(Session session, CheckoutChoice choice, String failureCode, Instant now) {
        channels.requireOffered(session, choice.channel());
        boolean pay = "PAY".equals(session.sessionType());
        payments.declined(completion(session, choice, pay, false, now), failureCode);
        return session.withAttempt(new Attempt(now, choice.channel(), PaymentAttempt.Status.FAILED));
    }

    private CheckoutPayments.Completion completion(Session session, CheckoutChoice choice, boolean pay, boolean save,
                                                   Instant now) {
        JsonNode request = session.request().tree(); // parsed once: the payment keeps its metadata and items
        JsonNode amount = request.get("amount");
        return new CheckoutPayments.Completion(session.business(), session.id(), session.referenceId(),
                session.customerId(), session.text("country"), session.text("currency"),
                pay && amount != null ? amount.decimalValue() : null, choice.channel(),
                pay ? session.text("capture_method") == null ? "AUTOMATIC" : session.text("capture_method") : null,
                pay, save, now, channels.offered(session), session.text("description"), present(request, "metadata"),
                present(request, "items"), choice.card());
    }

    private static JsonNode present(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** Whether the method is saved, given {@code allow_save_payment_method} and whether the customer opted in. */
    private static boolean savesMethod(Session session, boolean pay, boolean optIn) {
        String allowed = session.text("allow_save_payment_method");
        if (!pay || "FORCED".equals(allowed)) {
            return true;
        }
        if ("OPTIONAL".equals(allowed)) {
            return optIn;
        }
        if (optIn) {
            throw new IllegalArgumentException("Session " + session.id() + " has allow_save_payment_method "
                    + (allowed == null ? "DISABLED (the default)" : allowed)
                    + ": the customer cannot save the method; create it with OPTIONAL or FORCED");
        }
        return false;
    }
}
