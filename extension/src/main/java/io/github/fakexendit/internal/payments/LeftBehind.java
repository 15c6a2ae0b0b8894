package io.github.fakexendit.internal.payments;

/**
 * The ids of what a checkout left behind, for the session to show; each is {@code null} where nothing of the kind
 * was made (a SAVE makes no payment; a declined attempt's ids are not the session's to show).
 */
public record LeftBehind(String paymentRequestId, String paymentId, String paymentTokenId) {

    public static final LeftBehind NOTHING = new LeftBehind(null, null, null);
}
