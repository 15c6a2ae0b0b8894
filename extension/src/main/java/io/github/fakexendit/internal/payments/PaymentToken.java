package io.github.fakexendit.internal.payments;

import io.github.fakexendit.PaymentTokenStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A payment token (a saved payment method) of the Payments API v3, immutable: a change makes a new value. Its
 * {@link Terms} are those of the payment it was saved with, or of the SAVE session; it shows their customer,
 * country, currency, channel, card and reference.
 *
 * @param sequence    creation order within the server
 * @param failureCode why it failed, or {@code null}
 */
public record PaymentToken(
        long sequence,
        String id,
        Terms terms,
        PaymentTokenStatus status,
        String failureCode,
        Instant created,
        Instant updated) {

    public PaymentToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(status, "status");
    }

    /** This token after {@code move} at {@code now}; the move must be allowed (see {@link Lifecycle}). */
    PaymentToken moved(Move move, Instant now) {
        return new PaymentToken(sequence, id, terms, Lifecycle.PAYMENT_TOKEN.require(status, move), failureCode,
                created, Timestamps.after(updated, now));
    }
}
