package io.github.fakexendit.internal.payments;

/**
 * What the customer has to do for a payment request to go on: an entry of its {@code actions}, e.g.
 * {@code REDIRECT_CUSTOMER} / {@code WEB_URL} / a link.
 */
public record Action(String type, String descriptor, String value) {
}
