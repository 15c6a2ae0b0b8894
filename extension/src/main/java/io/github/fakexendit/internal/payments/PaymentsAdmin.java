package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.UnknownResourceException;
import java.util.List;
import java.util.function.Function;

/**
 * What a test can read and script of the payments product from its side (the JVM handles and the admin API), as
 * plain calls: every object of every business, each as its GET shows it, and the moves a test makes. Refusals
 * are those of the test side: {@link UnknownResourceException} for an object the fake does not hold,
 * {@link IllegalStateException} for one in no state for the move.
 */
public final class PaymentsAdmin {

    private final PaymentLedger ledger;

    public PaymentsAdmin(PaymentLedger ledger) {
        this.ledger = ledger;
    }

    /** {@code GET /_fake/payment_requests}: {@code {"payment_requests": [...]}}, oldest first. */
    public ObjectNode paymentRequests() {
        return list("payment_requests", ledger.paymentRequests(), PaymentJson::paymentRequest);
    }

    /** {@code GET /_fake/payments}: {@code {"payments": [...]}}, oldest first. */
    public ObjectNode payments() {
        return list("payments", ledger.payments(), PaymentJson::payment);
    }

    /** {@code GET /_fake/payment_tokens}: {@code {"payment_tokens": [...]}}, oldest first. */
    public ObjectNode paymentTokens() {
        return list("payment_tokens", ledger.paymentTokens(), PaymentJson::paymentToken);
    }

    /** The ids of every payment request, oldest first. */
    public List<String> paymentRequestIds() {
        return ledger.paymentRequests().stream().map(PaymentRequest::id).toList();
    }

    /** The ids of every payment, oldest first. */
    public List<String> paymentIds() {
        return ledger.payments().stream().map(Payment::id).toList();
    }

    /** The ids of every payment token, oldest first. */
    public List<String> paymentTokenIds() {
        return ledger.paymentTokens().stream().map(PaymentToken::id).toList();
    }

    /** The payment request, whoever owns it; {@link UnknownResourceException} if there is none. */
    public PaymentRequest paymentRequest(String id) {
        return ledger.paymentRequest(id).orElseThrow(() -> new UnknownResourceException("payment request", id));
    }

    /** The payment, whoever owns it; {@link UnknownResourceException} if there is none. */
    public Payment payment(String id) {
        return ledger.payment(id).orElseThrow(() -> new UnknownResourceException("payment", id));
    }

    /** The token, whoever owns it; {@link UnknownResourceException} if there is none. */
    public PaymentToken paymentToken(String id) {
        return ledger.paymentToken(id).orElseThrow(() -> new UnknownResourceException("payment token", id));
    }

    /**
     * The authorisation of a payment lapses now, as seven days would let it: the payment and its request become
     * EXPIRED and {@code payment.expiry} goes out.
     *
     * @throws UnknownResourceException if there is no such payment
     * @throws IllegalStateException    if the payment is not AUTHORIZED
     */
    public Payment expireAuthorization(String id) {
        payment(id);
        try {
            return ledger.lapseAuthorization(id);
        } catch (ApiException e) {
            throw new IllegalStateException(e.error().message()
                    + ": only an AUTHORIZED payment has an authorisation that can lapse", e);
        }
    }

    /**
     * Sends the webhook of a payment's or token's status again, as a new delivery.
     *
     * @return the event sent
     * @throws UnknownResourceException if there is no such payment or token
     * @throws IllegalStateException    if its status sends no webhook
     */
    public String redeliver(String id) {
        if (ledger.payment(id).isEmpty() && ledger.paymentToken(id).isEmpty()) {
            throw new UnknownResourceException("payment or payment token", id);
        }
        return ledger.redeliver(id);
    }

    private static <T> ObjectNode list(String name, List<T> objects, Function<T, ObjectNode> render) {
        ObjectNode json = Json.object();
        ArrayNode list = json.putArray(name);
        objects.forEach(o -> list.add(render.apply(o)));
        return json;
    }
}
