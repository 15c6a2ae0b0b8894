package io.github.fakexendit.internal.sessions;

/** The ids a completed session carries; each is {@code null} where the outcome did not produce it. */
public record Payment(String paymentRequestId, String paymentId, String paymentTokenId) {

    public static final Payment NONE = new Payment(null, null, null);
}
