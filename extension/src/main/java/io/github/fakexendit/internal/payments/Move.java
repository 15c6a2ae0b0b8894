package io.github.fakexendit.internal.payments;

/** What can happen to a payment request, a payment or a token after it was created. */
public enum Move {
    /** The merchant captures an authorised payment. */
    CAPTURE,
    /** The merchant voids an authorised payment ({@code POST /v3/payments/{id}/cancel}). */
    VOID,
    /** Seven days pass without capture or void, or the test lets the authorisation lapse early. */
    LAPSE,
    /** The customer (or a simulation) completes what the request waited for. */
    SUCCEED,
    /** As {@link #SUCCEED}, for a card request with {@code capture_method: MANUAL}. */
    AUTHORIZE,
    /** The payment the request waited for is declined. */
    FAIL,
    /** The merchant cancels a request or a token. */
    CANCEL,
    /** Its time runs out. */
    EXPIRE,
    /** The customer finishes linking a token. */
    ACTIVATE
}
