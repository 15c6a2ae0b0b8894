package io.github.fakexendit.internal.payments;

import io.github.fakexendit.PaymentStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A payment of the Payments API v3, immutable: a change makes a new value.
 *
 * @param sequence                 creation order within the server
 * @param amount                   {@code request_amount}: what was paid or authorised
 * @param captures                 oldest first; empty until captured
 * @param failureCode              why it failed, or {@code null}
 * @param authorizationExpiresAt   when the hold of an AUTHORIZED payment lapses; {@code null} in any other status
 */
public record Payment(
        long sequence,
        String id,
        String paymentRequestId,
        Terms terms,
        RequestType type,
        String paymentTokenId,
        BigDecimal amount,
        List<Capture> captures,
        PaymentStatus status,
        String failureCode,
        Instant created,
        Instant updated,
        Instant authorizationExpiresAt) {

    /** How long an authorisation holds the amount: Xendit releases it after seven days without capture. */
    public static final Duration AUTHORIZATION_HOLD = Duration.ofDays(7);

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(status, "status");
        captures = List.copyOf(captures);
        if ((status == PaymentStatus.AUTHORIZED) != (authorizationExpiresAt != null)) {
            throw new IllegalArgumentException("an AUTHORIZED payment, and only one, has a hold that lapses");
        }
    }

    /** Whether the hold of this authorised payment has lapsed as of {@code now}. */
    public boolean isLapsed(Instant now) {
        return authorizationExpiresAt != null && !now.isBefore(authorizationExpiresAt);
    }

    /** What has been captured, in total. */
    public BigDecimal captured() {
        return captures.stream().map(Capture::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** This payment after {@code move} at {@code now}; the move must be allowed (see {@link Lifecycle}). */
    Payment moved(Move move, Instant now) {
        PaymentStatus next = Lifecycle.PAYMENT.require(status, move);
        return new Payment(sequence, id, paymentRequestId, terms, type, paymentTokenId, amount, captures, next,
                failureCode, created, Timestamps.after(updated, now), null);
    }

    /** This authorised payment, captured for {@code capture}'s amount. */
    Payment captured(Capture capture) {
        Payment moved = moved(Move.CAPTURE, capture.timestamp());
        return new Payment(sequence, id, paymentRequestId, terms, type, paymentTokenId, amount, List.of(capture),
                moved.status, failureCode, created, moved.updated, null);
    }
}
