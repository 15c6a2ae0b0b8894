package io.github.fakexendit.internal.platform;

import java.util.Base64;
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

    /** {@code cust-} and a random (version 4) UUID, as Xendit's customer ids are. */
    public static String customerId() {
        return "cust-" + randomUuid();
    }

    public static String paymentRequestId() {
        return "pr-" + randomUuid();
    }

    public static String paymentId() {
        return "py-" + randomUuid();
    }

    /**
     * {@code pt-} and a version 4 UUID, 39 characters, as every token in Xendit's guides and the length
     * {@code GET /v3/payment_tokens/{id}} requires (one schema example's {@code ptkn-} is not what it sends).
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

    /** {@code repl_} and a version 4 UUID: the recurring plan a SUBSCRIPTION session sets up. */
    public static String recurringPlanId() {
        return "repl_" + randomUuid();
    }

    /**
     * What Xendit's Components SDK ({@code xendit-components-web}) takes as {@code componentsSdkKey}:
     * {@code session-<32 hex>-<host id>-<public key>-<signature>}, dash-separated. The SDK splits it at the
     * dashes, calls the first two parts the session's auth key and refuses a host id it does not know; {@code pd}
     * is its host of test mode. The last two parts are base64, which has no dash.
     */
    public static String componentsSdkKey() {
        return "session-" + randomHex(16) + "-pd-" + randomBase64(120) + "-" + randomBase64(96);
    }

    private static String randomBase64(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
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
