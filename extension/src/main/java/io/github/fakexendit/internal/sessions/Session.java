package io.github.fakexendit.internal.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.platform.Business;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One payment session, immutable: a change of status makes a new value. The validated request body is kept
 * as it was sent and never modified; everything the response adds is a field here.
 *
 * @param sequence creation order within the server
 * @param request  the validated request body; read only
 * @param attempts the customer's payment attempts, oldest first; the last one of a COMPLETED session succeeded
 */
public record Session(
        long sequence,
        String id,
        Business business,
        ObjectNode request,
        String customerId,
        String paymentLinkUrl,
        String componentsSdkKey,
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
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public boolean isDue(Instant now) {
        return status == SessionStatus.ACTIVE && !now.isBefore(expiresAt);
    }

    /** This session after moving to {@code target} at {@code at}. */
    Session moveTo(SessionStatus target, Instant at, Payment outcome) {
        return new Session(sequence, id, business, request, customerId, paymentLinkUrl, componentsSdkKey,
                created, laterThan(updated, at), expiresAt, target, outcome, attempts);
    }

    /** This session with one more payment attempt; a failed attempt changes nothing the API shows. */
    Session withAttempt(Attempt attempt) {
        List<Attempt> more = new ArrayList<>(attempts);
        more.add(attempt);
        return new Session(sequence, id, business, request, customerId, paymentLinkUrl, componentsSdkKey,
                created, updated, expiresAt, status, payment, more);
    }

    /**
     * Timestamps are shown in whole seconds, so an update within the second of the previous one is moved to
     * the next second: {@code updated} visibly moves on every change.
     */
    private static Instant laterThan(Instant previous, Instant at) {
        Instant shown = previous.truncatedTo(ChronoUnit.SECONDS);
        return at.truncatedTo(ChronoUnit.SECONDS).isAfter(shown) ? at : shown.plus(Duration.ofSeconds(1));
    }
}
