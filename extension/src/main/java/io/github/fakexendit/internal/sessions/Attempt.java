package io.github.fakexendit.internal.sessions;

import io.github.fakexendit.PaymentAttempt;
import java.time.Instant;

/**
 * One try of the customer to pay (or to save a method) on a session's checkout.
 *
 * @param channel the channel used, or {@code null} if the test did not name one
 */
public record Attempt(Instant time, String channel, PaymentAttempt.Status status) {
}
