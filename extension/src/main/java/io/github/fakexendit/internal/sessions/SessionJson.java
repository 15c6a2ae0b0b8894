package io.github.fakexendit.internal.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import java.util.List;

/**
 * The session object as Xendit returns it from create and get and sends it in webhooks: every field of the
 * 201 schema, in the order of the create page's example, built from the stored session alone.
 *
 * <p>The result shares nodes with the stored request (no copy on the hot path): write it out, never modify it.
 */
public final class SessionJson {

    /** Configuration of a mode or session type, echoed as sent; sessions without it do not show the field. */
    private static final List<String> ECHOED_IF_SENT =
            List.of("payment_link_configuration", "cards_session_js", "subscription");

    private SessionJson() {
    }

    public static ObjectNode render(Session s) {
        JsonNode request = s.request();
        boolean pay = "PAY".equals(s.sessionType());
        ObjectNode json = Json.object();
        json.put("payment_session_id", s.id());
        json.put("created", Json.timestamp(s.created()));
        json.put("updated", Json.timestamp(s.updated()));
        json.put("reference_id", s.referenceId());
        json.put("customer_id", s.customerId());
        json.put("session_type", s.sessionType());
        json.put("allow_save_payment_method", orDefault(s, "allow_save_payment_method", pay ? "DISABLED" : null));
        json.put("currency", s.text("currency"));
        json.set("amount", request.get("amount"));
        json.put("country", s.text("country"));
        json.put("mode", s.mode());
        json.put("capture_method", orDefault(s, "capture_method", pay ? "AUTOMATIC" : null));
        json.set("channel_properties", presentOr(request.get("channel_properties"), Json.object()));
        json.set("allowed_payment_channels",
                presentOr(request.get("allowed_payment_channels"), Json.NODES.arrayNode()));
        json.put("expires_at", Json.timestamp(s.expiresAt()));
        json.put("locale", orDefault(s, "locale", "en"));
        json.set("metadata", presentOr(request.get("metadata"), null));
        json.put("description", s.text("description"));
        json.set("items", presentOr(request.get("items"), null));
        json.put("success_return_url", s.text("success_return_url"));
        json.put("cancel_return_url", s.text("cancel_return_url"));
        json.put("status", s.status().name());
        json.put("payment_link_url", s.paymentLinkUrl());
        if (s.componentsSdkKey() != null) {
            json.put("components_sdk_key", s.componentsSdkKey());
            json.set("components_configuration", presentOr(request.get("components_configuration"), null));
        }
        for (String configuration : ECHOED_IF_SENT) {
            if (request.hasNonNull(configuration)) {
                json.set(configuration, request.get(configuration));
            }
        }
        json.put("payment_token_id", s.payment().paymentTokenId());
        json.put("payment_id", s.payment().paymentId());
        json.put("payment_request_id", s.payment().paymentRequestId());
        json.put("business_id", s.business().businessId());
        return json;
    }

    private static String orDefault(Session s, String field, String fallback) {
        String value = s.text(field);
        return value != null ? value : fallback;
    }

    private static JsonNode presentOr(JsonNode value, JsonNode fallback) {
        if (value == null || value.isNull()) {
            return fallback == null ? Json.NODES.nullNode() : fallback;
        }
        return value;
    }
}
