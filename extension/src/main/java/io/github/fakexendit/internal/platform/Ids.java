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

    /** The create page's schema example uses {@code ptkn-}; the webhook example's {@code pt-} is not used. */
    public static String paymentTokenId() {
        return "ptkn-" + randomUuid();
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
