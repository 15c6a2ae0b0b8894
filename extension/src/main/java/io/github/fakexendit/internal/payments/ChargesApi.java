package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.PaymentChannels;

/**
 * The merchant-facing routes of the Payments API v3 and the unified refunds that move money after a checkout, as
 * plain calls: charge a token or start a direct payment, simulate a payment, cancel a waiting request or a token,
 * refund, read a refund. Each checks in the order Xendit's validator and service check: a missing body (415), the
 * {@code api-version} header (v3 routes only), the id's length, the body's schema, then the objects of this
 * business (404), their statuses and the business rules. The HTTP layer authenticates, honours
 * {@code idempotency-key} and turns the {@link ApiException} these throw into Xendit's envelope.
 */
public final class ChargesApi {

    /** Xendit's fixed answer to a simulation (a wire value, kept exactly). */
    static final String SIMULATED = "A simulated payment for the specified payment request id is being processed."
            + " You will be informed of the result via a webhook.";

    private final Charges charges;
    private final Refunds refunds;
    private final PaymentChannels channels;

    public ChargesApi(Charges charges, Refunds refunds, PaymentChannels channels) {
        this.charges = charges;
        this.refunds = refunds;
        this.channels = channels;
    }

    /**
     * {@code POST /v3/payment_requests}: 201 with the payment request; its webhooks go out after the answer.
     *
     * @param baseUrl where this server serves the page a redirect action points at
     */
    public ObjectNode create(Object account, String businessId, String apiVersion, String contentType,
                             byte[] rawBody, JsonNode body, String baseUrl) {
        PaymentRequests.requireBody(contentType, rawBody);
        PaymentRequests.requireApiVersion(apiVersion);
        ChargeValidator.Charge charge = ChargeValidator.validate(body, id -> charges.tokenFacts(account, id),
                channels);
        return PaymentJson.paymentRequest(charges.charge(account, businessId, charge, baseUrl));
    }

    /** {@code POST /v3/payment_requests/{id}/simulate}: 200 with Xendit's fixed body; the payment follows. */
    public ObjectNode simulate(Object account, String apiVersion, String id, String contentType, byte[] rawBody,
                               JsonNode body) {
        PaymentRequests.requireBody(contentType, rawBody);
        PaymentRequests.requireApiVersion(apiVersion);
        PaymentRequests.requireId(PaymentRequests.PAYMENT_REQUEST_ID, id);
        ChargeValidator.checkSchema("simulate", body);
        JsonNode amount = body.get("amount");
        charges.simulate(account, id, amount == null ? null : amount.decimalValue());
        ObjectNode answer = Json.object();
        answer.put("status", "PENDING");
        answer.put("message", SIMULATED);
        return answer;
    }

    /** {@code POST /v3/payment_requests/{id}/cancel}: 200 with the CANCELED request. */
    public ObjectNode cancelRequest(Object account, String apiVersion, String id) {
        PaymentRequests.requireApiVersion(apiVersion);
        PaymentRequests.requireId(PaymentRequests.PAYMENT_REQUEST_ID, id);
        return PaymentJson.paymentRequest(charges.cancelRequest(account, id));
    }

    /** {@code POST /v3/payment_tokens/{id}/cancel}: 200 with the CANCELED token. */
    public ObjectNode cancelToken(Object account, String apiVersion, String id) {
        PaymentRequests.requireApiVersion(apiVersion);
        PaymentRequests.requireId(PaymentRequests.PAYMENT_TOKEN_ID, id);
        return PaymentJson.paymentToken(charges.cancelToken(account, id));
    }

    /**
     * {@code POST /refunds} (no {@code api-version}): 200 with the refund, PENDING; it settles after the answer as
     * the test scripted (by default SUCCEEDED), with its webhook.
     *
     * @return the refund as answered, and what to do once the answer is out
     */
    public Refund refund(Object account, String contentType, byte[] rawBody, JsonNode body) {
        PaymentRequests.requireBody(contentType, rawBody);
        ChargeValidator.checkSchema("refund", body);
        RefundTarget target = charges.refundTarget(account, body.get("payment_request_id").textValue());
        return refunds.create(target, body);
    }

    /** Settles a refund just answered PENDING, as the test scripted. */
    public void settle(Refund created) {
        refunds.settleAsScripted(created);
    }

    /** {@code GET /refunds/{id}}: 200 with the refund (no length rule for refund ids). */
    public ObjectNode getRefund(Object account, String id) {
        return RefundJson.render(refunds.find(account, id)
                .orElseThrow(() -> PaymentError.DATA_NOT_FOUND.refusal("object", "Refund", "id", id)));
    }
}
