package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;

/**
 * A refund as Xendit shows it, in create answers, {@code GET /refunds/{id}} and webhooks alike. Unlike the other
 * v3 objects it prints {@code null} for {@code failure_code}, {@code refund_fee_amount} and {@code metadata} without
 * a value, as Xendit's refund type and its refund example do. {@code payment_method_type} and {@code country},
 * which the official SDK's refund webhook type requires, are shown too; {@code reference_id} only when given.
 */
public final class RefundJson {

    private RefundJson() {
    }

    public static ObjectNode render(Refund r) {
        ObjectNode json = Json.object();
        json.put("id", r.id());
        json.put("payment_request_id", r.paymentRequestId());
        json.put("payment_id", r.paymentId());
        if (r.referenceId() != null) {
            json.put("reference_id", r.referenceId());
        }
        if (r.paymentMethodType() != null) {
            json.put("payment_method_type", r.paymentMethodType());
        }
        json.put("channel_code", r.channelCode());
        json.put("country", r.country());
        json.put("currency", r.currency());
        json.put("amount", r.amount());
        json.put("status", r.status().name());
        json.put("reason", r.reason());
        json.put("failure_code", r.failureCode());
        json.putNull("refund_fee_amount");
        if (r.metadata() == null) {
            json.putNull("metadata");
        } else {
            json.set("metadata", r.metadata());
        }
        json.put("created", Timestamps.format(r.created()));
        json.put("updated", Timestamps.format(r.updated()));
        return json;
    }
}
