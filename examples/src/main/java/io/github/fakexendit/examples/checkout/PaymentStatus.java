package io.github.fakexendit.examples.checkout;

/** What the shop makes of a payment session's status. */
public enum PaymentStatus {
    AWAITING_PAYMENT, PAID, EXPIRED, CANCELLED;

    static PaymentStatus of(String sessionStatus) {
        return switch (sessionStatus) {
            case "ACTIVE" -> AWAITING_PAYMENT;
            case "COMPLETED" -> PAID;
            case "EXPIRED" -> EXPIRED;
            case "CANCELED" -> CANCELLED;
            default -> throw new IllegalStateException("unknown session status " + sessionStatus);
        };
    }
}
