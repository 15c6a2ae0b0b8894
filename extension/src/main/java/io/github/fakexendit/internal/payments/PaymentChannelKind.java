package io.github.fakexendit.internal.payments;

import java.util.List;

/** What the payments product needs to know of channels beyond the catalog: cards are special. */
public final class PaymentChannelKind {

    /** The channel of card payments, the only one that can be authorised and captured later. */
    public static final String CARDS = "CARDS";

    private PaymentChannelKind() {
    }

    /**
     * The channel of a completion whose test named none: {@code CARDS} when the payment is only authorised or the
     * method is saved and the session offers cards (authorise-only is for cards alone, and a saved card is the
     * common case), otherwise the first channel offered.
     *
     * @param offered the channels the session offers, in its order; not empty
     */
    public static String defaultChannel(List<String> offered, boolean manualCapture, boolean saves) {
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("a session offers at least one channel");
        }
        if ((manualCapture || saves) && offered.contains(CARDS)) {
            return CARDS;
        }
        return manualCapture ? CARDS : offered.get(0);
    }
}
