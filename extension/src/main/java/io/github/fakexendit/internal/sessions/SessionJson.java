package io.github.fakexendit.internal.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import java.util.List;

/**
 * The session object as Xendit sends it, the one rendering behind create, get, cancel, webhook {@code data}, the
 * admin API and the JVM handles: built from the stored session alone, so they all agree field for field.
 *
 * <p>It follows the responses Xendit's guides print as captured from test mode: fields in their order
 * ({@code payment_session_id, created, updated, status, reference_id, currency, amount, country} first), optional
 * fields the merchant did not send left out rather than {@code null}, and only the defaults Xendit prints
 * ({@code locale}; {@code capture_method} on PAY). Ids that do not exist yet are left out too.
 *
 * <p>The result shares nodes with the request's tree: write it out, never modify it.
 */
public final class SessionJson {

    /** Request fields echoed as sent, in this order, when the merchant sent them. */
    private static final List<String> ECHOED_AFTER_MODE = List.of(
            "channel_properties", "allowed_payment_channels");
    private static final List<String> ECHOED_AFTER_LOCALE = List.of(
            "metadata", "description", "items", "success_return_url", "cancel_return_url");
    private static final List<String> ECHOED_CONFIGURATION = List.of(
            "components_configuration", "payment_link_configuration", "cards_session_js", "subscription");

    private SessionJson() {
    }

    public static ObjectNode render(Session s) {
        return render(s, s.request().tree());
    }

    /**
     * The session rendered with its request already parsed ({@code request} is {@code s.request().tree()}), as
     * the create route has it: the stored bytes are not parsed again.
     */
    public static ObjectNode render(Session s, JsonNode request) {
        ObjectNode json = Json.object();
        json.put("payment_session_id", s.id());
        json.put("created", Json.timestamp(s.created()));
        json.put("updated", Json.timestamp(s.updated()));
        json.put("status", s.status().name());
        json.put("reference_id", s.referenceId());
        json.put("currency", s.text("currency"));
        json.set("amount", request.get("amount"));
        json.put("country", s.text("country"));
        putIfPresent(json, "customer_id", s.customerId());
        json.put("session_type", s.sessionType());
        echo(json, request, "allow_save_payment_method");
        json.put("mode", s.mode());
        if ("PAY".equals(s.sessionType())) {
            String sent = SessionRequest.textOf(request, "capture_method");
            json.put("capture_method", sent != null ? sent : "AUTOMATIC");
        }
        ECHOED_AFTER_MODE.forEach(field -> echo(json, request, field));
        json.put("expires_at", Json.timestamp(s.expiresAt()));
        String locale = SessionRequest.textOf(request, "locale");
        json.put("locale", locale != null ? locale : "en");
        ECHOED_AFTER_LOCALE.forEach(field -> echo(json, request, field));
        putIfPresent(json, "payment_link_url", s.paymentLinkUrl());
        putIfPresent(json, "components_sdk_key", s.componentsSdkKey());
        ECHOED_CONFIGURATION.forEach(field -> echo(json, request, field));
        putIfPresent(json, "recurring_plan_id", s.recurringPlanId());
        Payment payment = s.payment();
        putIfPresent(json, "payment_token_id", payment.paymentTokenId());
        putIfPresent(json, "payment_request_id", payment.paymentRequestId());
        putIfPresent(json, "payment_id", payment.paymentId());
        json.put("business_id", s.business().businessId());
        return json;
    }

    /** A field the merchant sent, as sent; one sent as {@code null} is left out like one not sent. */
    private static void echo(ObjectNode json, JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value != null && !value.isNull()) {
            json.set(field, value);
        }
    }

    private static void putIfPresent(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
