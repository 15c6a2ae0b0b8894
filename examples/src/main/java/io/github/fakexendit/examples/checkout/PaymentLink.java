package io.github.fakexendit.examples.checkout;

/** Where to send the customer to pay, and the session to ask about afterwards. */
public record PaymentLink(String sessionId, String url) {
}
