package io.github.fakexendit.internal.payments;

import java.math.BigDecimal;
import java.time.Instant;

/** One capture of a payment: an entry of its {@code captures}. */
public record Capture(String id, BigDecimal amount, Instant timestamp) {
}
