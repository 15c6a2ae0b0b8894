package io.github.fakexendit.internal.payments;

/** The {@code type} of a payment request, which its payments and their webhooks carry too. */
public enum RequestType {
    PAY,
    PAY_AND_SAVE,
    REUSABLE_PAYMENT_CODE
}
