package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.PaymentStatus;
import io.github.fakexendit.internal.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

/**
 * Payment requests, payments and tokens as the Payments API v3 shows them in GET, in the answers of capture and
 * void and in webhook {@code data}: built from the stored record alone, so all of them agree field for field.
 *
 * <p>An optional field without a value is left out, never {@code null} (no capture of Xendit's shows one);
 * {@code actions} and {@code captures} are always there, empty when there is nothing in them. The result shares
 * nodes with the stored record: write it out, never modify it.
 */
public final class PaymentJson {

    private PaymentJson() {
    }

    public static ObjectNode paymentRequest(PaymentRequest r) {
        Terms t = r.terms();
        ObjectNode json = Json.object();
        json.put("business_id", t.businessId());
        json.put("reference_id", t.referenceId());
        json.put("payment_request_id", r.id());
        putIfPresent(json, "payment_token_id", r.paymentTokenId());
        putIfPresent(json, "customer_id", t.customerId());
        putIfPresent(json, "latest_payment_id", r.latestPaymentId());
        json.put("type", r.type().name());
        json.put("country", t.country());
        json.put("currency", t.currency());
        setIfPresent(json, "request_amount", amount(t.amount()));
        json.put("capture_method", t.captureMethod().name());
        json.put("channel_code", t.channelCode());
        json.set("channel_properties", channelProperties(t));
        ArrayNode actions = json.putArray("actions");
        for (Action a : r.actions()) {
            actions.addObject().put("type", a.type()).put("descriptor", a.descriptor()).put("value", a.value());
        }
        json.put("status", r.status().name());
        putIfPresent(json, "failure_code", r.failureCode());
        putIfPresent(json, "description", t.description());
        setIfPresent(json, "metadata", t.metadata());
        setIfPresent(json, "items", t.items());
        setIfPresent(json, "shipping_information", t.shippingInformation());
        json.put("created", Timestamps.format(r.created()));
        json.put("updated", Timestamps.format(r.updated()));
        return json;
    }

    public static ObjectNode payment(Payment p) {
        Terms t = p.terms();
        ObjectNode json = Json.object();
        json.put("payment_id", p.id());
        json.put("business_id", t.businessId());
        json.put("reference_id", t.referenceId());
        json.put("payment_request_id", p.paymentRequestId());
        putIfPresent(json, "payment_token_id", p.paymentTokenId());
        putIfPresent(json, "customer_id", t.customerId());
        json.put("type", p.type().name());
        json.put("country", t.country());
        json.put("currency", t.currency());
        setIfPresent(json, "request_amount", amount(p.amount()));
        json.put("capture_method", t.captureMethod().name());
        json.put("channel_code", t.channelCode());
        json.set("channel_properties", channelProperties(t));
        ArrayNode captures = json.putArray("captures");
        for (Capture c : p.captures()) {
            captures.addObject()
                    .put("capture_id", c.id())
                    .<ObjectNode>set("capture_amount", amount(c.amount()))
                    .put("capture_timestamp", Timestamps.format(c.timestamp()));
        }
        json.put("status", p.status().name());
        json.set("payment_details", paymentDetails(p));
        putIfPresent(json, "failure_code", p.failureCode());
        setIfPresent(json, "metadata", t.metadata());
        json.put("created", Timestamps.format(p.created()));
        json.put("updated", Timestamps.format(p.updated()));
        return json;
    }

    public static ObjectNode paymentToken(PaymentToken k) {
        Terms t = k.terms();
        ObjectNode json = Json.object();
        json.put("payment_token_id", k.id());
        json.put("business_id", t.businessId());
        json.put("reference_id", t.referenceId());
        putIfPresent(json, "customer_id", t.customerId());
        json.put("country", t.country());
        json.put("currency", t.currency());
        json.put("channel_code", t.channelCode());
        json.set("channel_properties", channelProperties(t));
        json.putArray("actions");
        json.put("status", k.status().name());
        ObjectNode details = json.putObject("token_details");
        if (t.card() != null) {
            details.set("authorization_data", authorizationData(k.id(), true));
        } else {
            details.put("account_name", "FAKE XENDIT TEST ACCOUNT");
        }
        putIfPresent(json, "failure_code", k.failureCode());
        json.put("created", Timestamps.format(k.created()));
        json.put("updated", Timestamps.format(k.updated()));
        return json;
    }

    /** The merchant's {@code channel_properties}, or {@code {}}, with the masked card added for card payments. */
    private static JsonNode channelProperties(Terms t) {
        JsonNode sent = t.channelProperties();
        if (t.card() == null) {
            return sent == null ? Json.object() : sent;
        }
        ObjectNode properties = sent instanceof ObjectNode object ? object.deepCopy() : Json.object();
        CardDetails card = t.card();
        properties.putObject("card_details")
                .put("masked_card_number", card.maskedCardNumber())
                .put("expiry_month", card.expiryMonth())
                .put("expiry_year", card.expiryYear())
                .put("network", card.network())
                .put("type", card.type())
                .put("country", card.country());
        return properties;
    }

    /** A card payment carries a test authorisation (declined if the payment failed); other channels show none. */
    private static ObjectNode paymentDetails(Payment p) {
        ObjectNode details = Json.object();
        if (p.terms().card() != null) {
            details.set("authorization_data", authorizationData(p.id(), p.status() != PaymentStatus.FAILED));
        }
        return details;
    }

    /**
     * A card network's answer, as Xendit shows it under {@code authorization_data}; the numbers are derived from
     * the id, so they are stable across reads and differ between payments without being stored.
     */
    private static ObjectNode authorizationData(String id, boolean approved) {
        UUID seed = UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
        Random digits = new Random(seed.getMostSignificantBits() ^ seed.getLeastSignificantBits());
        StringBuilder number = new StringBuilder(33);
        while (number.length() < 33) {
            number.append((char) ('0' + digits.nextInt(10)));
        }
        ObjectNode data = Json.object();
        data.put("authorization_code", number.substring(0, 6));
        data.put("cvn_verification_result", "M");
        data.put("address_verification_result", "M");
        data.put("retrieval_reference_number", number.substring(6, 18));
        data.put("network_response_code", approved ? "00" : "05");
        data.put("network_response_code_descriptor",
                approved ? "Approved and completed successfully" : "Do not honor");
        data.put("network_transaction_id", number.substring(18, 33));
        data.put("acquirer_merchant_id", "fake_xendit_test");
        data.put("reconciliation_id", number.substring(0, 22));
        return data;
    }

    /** An amount as it was sent: {@code 10000} stays whole, {@code 10000.50} keeps its decimals; null stays null. */
    static JsonNode amount(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.scale() <= 0) {
            BigInteger whole = amount.toBigIntegerExact();
            return whole.bitLength() < 63 ? Json.NODES.numberNode(whole.longValue()) : Json.NODES.numberNode(whole);
        }
        return DecimalNode.valueOf(amount);
    }

    private static void putIfPresent(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    private static void setIfPresent(ObjectNode json, String field, JsonNode value) {
        if (value != null && !value.isNull() && !value.isMissingNode()) {
            json.set(field, value);
        }
    }
}
