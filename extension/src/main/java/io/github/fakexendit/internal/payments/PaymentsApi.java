package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The merchant-facing routes of the Payments API v3 that follow a session, as plain calls: what each checks, in
 * the order Xendit's validator and service check it, and the object each answers with. The HTTP layer
 * authenticates, reads the body and turns the {@link io.github.fakexendit.internal.platform.ApiException} these throw
 * into Xendit's envelope.
 *
 * <p>Order of checks: a missing body (415, capture only), the {@code api-version} header, the id's length, the
 * body's schema, then the object of this business (404) and its status.
 */
public final class PaymentsApi {

    private final PaymentLedger ledger;

    public PaymentsApi(PaymentLedger ledger) {
        this.ledger = ledger;
    }

    /** {@code GET /v3/payment_requests/{payment_request_id}}: 200 with the request. */
    public ObjectNode getPaymentRequest(Object account, String apiVersion, String id) {
        PaymentRequests.requireApiVersion(apiVersion);
        PaymentRequests.requireId(PaymentRequests.PAYMENT_REQUEST_ID, id);
        return PaymentJson.paymentRequest(ledger.paymentRequest(account, id));
    }

    /** {@code GET /v3/payments/{payment_id}}: 200 with the payment. */
    public ObjectNode getPayment(Object account, String apiVersion, String id) {
        PaymentRequests.requireApiVersion(apiVersion);
        PaymentRequests.requireId(PaymentRequests.PAYMENT_ID, id);
        return PaymentJson.payment(ledger.payment(account, id));
    }

    /** {@code GET /v3/payment_tokens/{payment_token_id}}: 200 with the token. */
    public ObjectNode getPaymentToken(Object account, String apiVersion, String id) {
        PaymentRequests.requireApiVersion(apiVersion);
        PaymentRequests.requireId(PaymentRequests.PAYMENT_TOKEN_ID, id);
        return PaymentJson.paymentToken(ledger.paymentToken(account, id));
    }

    /**
     * {@code POST /v3/payments/{payment_id}/capture}: 200 with the captured payment; {@code payment.capture} goes
     * out after the answer.
     *
     * @param contentType the request's {@code Content-Type}, or {@code null}
     * @param rawBody     the body's bytes as sent
     * @param body        parses the body (an empty body is an empty object), or refuses it as malformed
     */
    public ObjectNode capture(Object account, String apiVersion, String id, String contentType, byte[] rawBody,
                              Supplier<JsonNode> body) {
        PaymentRequests.requireBody(contentType, rawBody);
        PaymentRequests.requireApiVersion(apiVersion);
        PaymentRequests.requireId(PaymentRequests.PAYMENT_ID, id);
        BigDecimal amount = PaymentRequests.captureAmount(body.get());
        return PaymentJson.payment(ledger.capture(account, id, amount));
    }

    /** {@code POST /v3/payments/{payment_id}/cancel}: voids an authorisation; 200 with the payment. */
    public ObjectNode cancel(Object account, String apiVersion, String id) {
        PaymentRequests.requireApiVersion(apiVersion);
        PaymentRequests.requireId(PaymentRequests.PAYMENT_ID, id);
        return PaymentJson.payment(ledger.voidAuthorization(account, id));
    }
}
