package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import java.util.List;
import java.util.function.Function;

/**
 * What a test can read and script of the payments product over the admin API, as plain calls: every object of
 * every business, each as its GET shows it, and the moves the JVM handles make.
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

    /**
     * {@code GET /_fake/payment_requests/{id}}, whoever owns it.
     *
     * @throws io.github.fakexendit.internal.ApiException 404 {@code DATA_NOT_FOUND}
     */
    public ObjectNode paymentRequest(String id) {
        return PaymentJson.paymentRequest(ledger.paymentRequest(id)
                .orElseThrow(() -> PaymentError.DATA_NOT_FOUND.refusal("object", "Payment request", "id", id)));
    }

    /** {@code GET /_fake/payments/{id}}, whoever owns it. */
    public ObjectNode payment(String id) {
        return PaymentJson.payment(ledger.payment(id)
                .orElseThrow(() -> PaymentError.DATA_NOT_FOUND.refusal("object", "Payment", "id", id)));
    }

    /** {@code GET /_fake/payment_tokens/{id}}, whoever owns it. */
    public ObjectNode paymentToken(String id) {
        return PaymentJson.paymentToken(ledger.paymentToken(id)
                .orElseThrow(() -> PaymentError.DATA_NOT_FOUND.refusal("object", "Payment token", "id", id)));
    }

    /**
     * {@code POST /_fake/payments/{id}/expire_authorization}: the authorisation lapses now; the answer is the
     * payment as GET then shows it.
     *
     * @throws io.github.fakexendit.internal.ApiException 404, or 400 {@code INELIGIBLE_TRANSACTION_STATUS} unless
     *         the payment is AUTHORIZED
     */
    public ObjectNode expireAuthorization(String id) {
        return PaymentJson.payment(ledger.lapseAuthorization(id));
    }

    private static <T> ObjectNode list(String name, List<T> objects, Function<T, ObjectNode> render) {
        ObjectNode json = Json.object();
        ArrayNode list = json.putArray(name);
        objects.forEach(o -> list.add(render.apply(o)));
        return json;
    }
}
