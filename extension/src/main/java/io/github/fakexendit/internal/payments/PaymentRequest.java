package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.PaymentRequestStatus;
import io.github.fakexendit.internal.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A payment request of the Payments API v3, immutable: a change makes a new value.
 *
 * @param sequence        creation order within the server, across requests, payments and tokens
 * @param paymentTokenId  the token it saved or charges, or {@code null}
 * @param latestPaymentId its newest payment, or {@code null} before the first
 * @param actions         what the customer has to do; empty for a request that needs nothing
 * @param failureCode     why it failed, or {@code null}
 */
public record PaymentRequest(
        long sequence,
        String id,
        Terms terms,
        RequestType type,
        String paymentTokenId,
        String latestPaymentId,
        List<Action> actions,
        PaymentRequestStatus status,
        String failureCode,
        Instant created,
        Instant updated) {

    public PaymentRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(status, "status");
        actions = List.copyOf(actions);
    }

    /**
     * When this request expires on the clock: its {@code channel_properties.expires_at}, for a direct payment that
     * still waits for its customer; {@code null} for any other request.
     */
    Instant clockExpiry() {
        if (paymentTokenId != null || (status != PaymentRequestStatus.REQUIRES_ACTION
                && status != PaymentRequestStatus.ACCEPTING_PAYMENTS)) {
            return null;
        }
        JsonNode properties = terms.channelProperties();
        JsonNode expiresAt = properties == null ? null : properties.get("expires_at");
        return expiresAt == null || !expiresAt.isTextual() ? null
                : Json.instant(expiresAt.textValue()).map(Timestamps::shown).orElse(null);
    }

    /** This request after {@code move} at {@code now}; the move must be allowed (see {@link Lifecycle}). */
    PaymentRequest moved(Move move, Instant now) {
        PaymentRequestStatus next = Lifecycle.PAYMENT_REQUEST.require(status, move);
        return new PaymentRequest(sequence, id, terms, type, paymentTokenId, latestPaymentId, actions, next,
                failureCode, created, Timestamps.after(updated, now));
    }
}
