package io.github.fakexendit.internal.sessions;

import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.platform.Business;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One payment session, immutable: a change of status makes a new value. The validated request body is kept
 * as it was sent (compactly: {@link SessionRequest}) and never modified; everything the response adds is a field
 * here.
 *
 * <p>Timestamps are whole milliseconds, as Xendit shows them, so that what is stored is what every view prints.
 *
 * @param sequence creation order within the server
 * @param paymentLinkUrl   the hosted checkout page; PAYMENT_LINK sessions only
 * @param componentsSdkKey what Xendit's Components SDK takes; COMPONENTS sessions only
 * @param recurringPlanId  the plan a SUBSCRIPTION session sets up; SUBSCRIPTION sessions only
 * @param request  the validated request body; read only
 * @param attempts the customer's payment attempts, oldest first; the last one of a COMPLETED session succeeded
 */
public record Session(
        long sequence,
        String id,
        Business business,
        SessionRequest request,
        String customerId,
        String paymentLinkUrl,
        String componentsSdkKey,
        String recurringPlanId,
        Instant created,
        Instant updated,
        Instant expiresAt,
        SessionStatus status,
        Payment payment,
        List<Attempt> attempts) {

    public Session {
        attempts = List.copyOf(attempts);
    }

    public String sessionType() {
        return text("session_type");
    }

    public String mode() {
        return text("mode");
    }

    public String referenceId() {
        return text("reference_id");
    }

    /** The field as the merchant sent it, or {@code null}. */
    public String text(String field) {
        return request.text(field);
    }

    public boolean isDue(Instant now) {
        return status == SessionStatus.ACTIVE && !now.isBefore(expiresAt);
    }

    /** This session after moving to {@code target} at {@code at}. */
    Session moveTo(SessionStatus target, Instant at, Payment outcome) {
        return new Session(sequence, id, business, request, customerId, paymentLinkUrl, componentsSdkKey, recurringPlanId,
                created, laterThan(updated, at), expiresAt, target, outcome, attempts);
    }

    /** This session with one more payment attempt; a failed attempt changes nothing the API shows. */
    Session withAttempt(Attempt attempt) {
        List<Attempt> more = new ArrayList<>(attempts);
        more.add(attempt);
        return new Session(sequence, id, business, request, customerId, paymentLinkUrl, componentsSdkKey, recurringPlanId,
                created, updated, expiresAt, status, payment, more);
    }

    /**
     * Timestamps are kept and shown in milliseconds, so an update within the millisecond of the previous one is
     * moved to the next millisecond: {@code updated} visibly moves on every change.
     */
    private static Instant laterThan(Instant previous, Instant at) {
        Instant shown = at.truncatedTo(ChronoUnit.MILLIS);
        return shown.isAfter(previous) ? shown : previous.plusMillis(1);
    }
}
