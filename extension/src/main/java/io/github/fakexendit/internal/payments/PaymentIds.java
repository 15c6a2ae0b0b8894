package io.github.fakexendit.internal.payments;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The identifiers of the Payments API v3: a prefix and a lower-case version-4 UUID. Payment requests, payments and
 * tokens are 39 characters long, the length the v3 path parameters require.
 */
public final class PaymentIds {

    /** The length of a payment request, payment or token id, which the v3 routes require of their path parameter. */
    public static final int LENGTH = 39;

    private PaymentIds() {
    }

    public static String paymentRequestId() {
        return "pr-" + randomUuid();
    }

    public static String paymentId() {
        return "py-" + randomUuid();
    }

    public static String paymentTokenId() {
        return "pt-" + randomUuid();
    }

    /** {@code cptr-}: the prefix of captures in the payloads Xendit's guides captured; its reference says {@code cap-}. */
    public static String captureId() {
        return "cptr-" + randomUuid();
    }

    /** {@code rfd-}: refunds (40 characters). */
    public static String refundId() {
        return "rfd-" + randomUuid();
    }

    private static UUID randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
