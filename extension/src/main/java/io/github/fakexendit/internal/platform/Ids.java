package io.github.fakexendit.internal.platform;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Identifiers in Xendit's formats. */
public final class Ids {

    private static final HexFormat HEX = HexFormat.of();

    private Ids() {
    }

    /** {@code ps-} and 24 lowercase hex digits. */
    public static String sessionId() {
        return "ps-" + randomHex(12);
    }

    /** {@code cust-} and a UUID derived from the business and the customer's reference, so it is stable. */
    public static String customerId(String businessId, String referenceId) {
        byte[] seed = (businessId + "\n" + referenceId).getBytes(StandardCharsets.UTF_8);
        return "cust-" + UUID.nameUUIDFromBytes(seed);
    }

    public static String paymentRequestId() {
        return "pr-" + randomUuid();
    }

    public static String paymentId() {
        return "py-" + randomUuid();
    }

    /**
     * {@code pt-} and a UUID, 39 characters, as every v3 page and real payload shows it and the length
     * {@code GET /v3/payment_tokens/{id}} requires; one schema example's {@code ptkn-} is not what Xendit sends.
     */
    public static String paymentTokenId() {
        return "pt-" + randomUuid();
    }

    /** {@code cptr-}: the prefix of captures in the payloads Xendit's guides captured; its reference says {@code cap-}. */
    public static String captureId() {
        return "cptr-" + randomUuid();
    }

    /** {@code rfd-} and a UUID: refunds. */
    public static String refundId() {
        return "rfd-" + randomUuid();
    }

    public static String componentsSdkKey() {
        return "sdk-" + randomHex(16);
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return HEX.formatHex(b);
    }

    private static UUID randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
