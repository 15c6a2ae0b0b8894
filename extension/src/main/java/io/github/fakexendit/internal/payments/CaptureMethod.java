package io.github.fakexendit.internal.payments;

/** How a payment is collected: at once, or authorised first and captured by the merchant (cards only). */
public enum CaptureMethod {
    AUTOMATIC,
    MANUAL;

    /** {@code null} (not sent) is Xendit's default, AUTOMATIC. */
    public static CaptureMethod of(String wire) {
        return wire == null ? AUTOMATIC : valueOf(wire);
    }
}
