package io.github.fakexendit.internal.payments;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The objects of spec section 4 as JSON: fields, absent-not-null, timestamps, ids. */
class PaymentJsonTest {

    private static final Instant START = Instant.parse("2026-05-01T10:00:00Z");
    private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private final TestClock clock = new TestClock(START);
    private final PaymentLedger ledger = new PaymentLedger(clock, 100);

    @Test
    void anAuthorisedCardPaymentRequest() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));

        ObjectNode json = PaymentJson.paymentRequest(ledger.paymentRequest(left.paymentRequestId()).orElseThrow());

        assertThat(fieldNames(json)).containsExactly("business_id", "reference_id", "payment_request_id",
                "latest_payment_id", "type", "country", "currency", "request_amount", "capture_method", "channel_code",
                "channel_properties", "actions", "status", "created", "updated");
        assertThatJson(Json.compact(json)).isEqualTo("""
                {"business_id": "5f27a14a9bf05c73dd040bc8", "reference_id": "order-1",
                 "payment_request_id": "%s", "latest_payment_id": "%s", "type": "PAY", "country": "ID",
                 "currency": "IDR", "request_amount": 100000, "capture_method": "MANUAL", "channel_code": "CARDS",
                 "channel_properties": {"card_details": {"masked_card_number": "400000XXXXXX1000",
                   "expiry_month": "12", "expiry_year": "2029", "network": "VISA", "type": "CREDIT", "country": "ID"}},
                 "actions": [], "status": "AUTHORIZED",
                 "created": "2026-05-01T10:00:00.000Z", "updated": "2026-05-01T10:00:00.000Z"}
                """.formatted(left.paymentRequestId(), left.paymentId()));
        assertThat(left.paymentRequestId()).matches("pr-" + UUID_V4).hasSize(39);
    }

    @Test
    void anAuthorisedPaymentHasEmptyCapturesAndATestAuthorisation() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));

        ObjectNode json = PaymentJson.payment(ledger.payment(left.paymentId()).orElseThrow());

        assertThat(fieldNames(json)).containsExactly("payment_id", "business_id", "reference_id", "payment_request_id",
                "type", "country", "currency", "request_amount", "capture_method", "channel_code",
                "channel_properties", "captures", "status", "payment_details", "created", "updated");
        assertThat(json.get("captures").isArray()).isTrue();
        assertThat(json.get("captures")).isEmpty();
        assertThat(left.paymentId()).matches("py-" + UUID_V4).hasSize(39);
        JsonNode authorization = json.at("/payment_details/authorization_data");
        assertThat(authorization.get("network_response_code").textValue()).isEqualTo("00");
        assertThat(authorization.get("cvn_verification_result").textValue()).isEqualTo("M");
        assertThat(authorization.get("authorization_code").textValue()).matches("\\d{6}");
        assertThat(PaymentJson.payment(ledger.payment(left.paymentId()).orElseThrow()))
                .as("derived from the id, so every read agrees").isEqualTo(json);
    }

    @Test
    void aCapturedPaymentListsItsCapture() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));
        Payment captured = ledger.capture(Checkouts.SHOP, left.paymentId(), new BigDecimal("60000"));

        ObjectNode json = PaymentJson.payment(captured);

        assertThatJson(Json.compact(json)).inPath("captures").isEqualTo("""
                [{"capture_id": "%s", "capture_amount": 60000, "capture_timestamp": "2026-05-01T10:00:00.001Z"}]
                """.formatted(captured.captures().get(0).id()));
        assertThat(json.get("status").textValue()).isEqualTo("SUCCEEDED");
        assertThat(json.get("request_amount").toString()).isEqualTo("100000");
    }

    @Test
    void optionalFieldsAreLeftOutNeverNull() {
        for (LeftBehind left : List.of(ledger.settle(Checkouts.pay("OVO", "5")),
                ledger.decline(Checkouts.pay("OVO", "5"), null), ledger.settle(Checkouts.save("GCASH")),
                ledger.settle(Checkouts.payAndSave("CARDS", CaptureMethod.MANUAL)))) {
            List<JsonNode> rendered = new ArrayList<>();
            ledger.paymentRequest(String.valueOf(left.paymentRequestId()))
                    .ifPresent(r -> rendered.add(PaymentJson.paymentRequest(r)));
            ledger.payment(String.valueOf(left.paymentId())).ifPresent(p -> rendered.add(PaymentJson.payment(p)));
            ledger.paymentToken(String.valueOf(left.paymentTokenId()))
                    .ifPresent(t -> rendered.add(PaymentJson.paymentToken(t)));
            for (JsonNode json : rendered) {
                assertThat(Json.compact(json)).doesNotContain("null");
                assertThat(json.get("created").textValue()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
                assertThat(json.get("updated").textValue()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            }
        }
    }

    @Test
    void aWalletPaymentHasNoCardAndNoToken() {
        ObjectNode json = PaymentJson.payment(ledger.payment(ledger.settle(Checkouts.pay("OVO", "5")).paymentId())
                .orElseThrow());

        assertThat(json.get("channel_properties")).isEqualTo(Json.object());
        assertThat(json.get("payment_details")).isEqualTo(Json.object());
        assertThat(json.has("payment_token_id")).isFalse();
        assertThat(json.has("failure_code")).isFalse();
        assertThat(json.get("customer_id").textValue()).isEqualTo("cust-5ed61c4e-499f-49bd-9d90-f3f45028a7a3");
    }

    @Test
    void aFailedPaymentShowsItsFailureCodeAndADeclinedAuthorisation() {
        LeftBehind left = ledger.decline(Checkouts.pay("CARDS", "5"), null);

        ObjectNode payment = PaymentJson.payment(ledger.payment(left.paymentId()).orElseThrow());
        ObjectNode request = PaymentJson.paymentRequest(ledger.paymentRequest(left.paymentRequestId()).orElseThrow());

        assertThat(payment.get("failure_code").textValue()).isEqualTo("CARD_DECLINED");
        assertThat(payment.at("/payment_details/authorization_data/network_response_code").textValue()).isEqualTo("05");
        assertThat(request.get("failure_code").textValue()).isEqualTo("CARD_DECLINED");
        assertThat(request.get("status").textValue()).isEqualTo("FAILED");
    }

    @Test
    void whatTheMerchantSaidIsShownAsSentWithDecimalsKept() {
        LeftBehind left = ledger.settle(Checkouts.described("Tea for two", "{\"order\":\"A-1\"}"));

        ObjectNode request = PaymentJson.paymentRequest(ledger.paymentRequest(left.paymentRequestId()).orElseThrow());
        ObjectNode payment = PaymentJson.payment(ledger.payment(left.paymentId()).orElseThrow());

        assertThat(request.get("request_amount").toString()).isEqualTo("10000.50");
        assertThat(request.get("description").textValue()).isEqualTo("Tea for two");
        assertThat(request.get("metadata")).isEqualTo(Json.parse("{\"order\":\"A-1\"}"));
        assertThat(request.get("items").get(0).get("name").textValue()).isEqualTo("Tea");
        assertThat(payment.get("metadata")).isEqualTo(Json.parse("{\"order\":\"A-1\"}"));
        assertThat(payment.has("description")).isFalse();
        assertThat(payment.get("captures").get(0).get("capture_amount").toString()).isEqualTo("10000.50");
    }

    @Test
    void aPayAndSaveRequestAndPaymentPointAtTheToken() {
        LeftBehind left = ledger.settle(Checkouts.payAndSave("CARDS", CaptureMethod.AUTOMATIC));

        ObjectNode request = PaymentJson.paymentRequest(ledger.paymentRequest(left.paymentRequestId()).orElseThrow());
        ObjectNode payment = PaymentJson.payment(ledger.payment(left.paymentId()).orElseThrow());

        assertThat(request.get("type").textValue()).isEqualTo("PAY_AND_SAVE");
        assertThat(request.get("payment_token_id").textValue()).isEqualTo(left.paymentTokenId());
        assertThat(payment.get("payment_token_id").textValue()).isEqualTo(left.paymentTokenId());
        assertThat(payment.get("type").textValue()).isEqualTo("PAY_AND_SAVE");
    }

    @Test
    void aCardToken() {
        LeftBehind left = ledger.settle(Checkouts.payAndSave("CARDS", CaptureMethod.AUTOMATIC));

        ObjectNode json = PaymentJson.paymentToken(ledger.paymentToken(left.paymentTokenId()).orElseThrow());

        assertThat(fieldNames(json)).containsExactly("payment_token_id", "business_id", "reference_id", "customer_id",
                "country", "currency", "channel_code", "channel_properties", "actions", "status", "token_details",
                "created", "updated");
        assertThat(left.paymentTokenId()).matches("pt-" + UUID_V4).hasSize(39);
        assertThat(json.get("status").textValue()).isEqualTo("ACTIVE");
        assertThat(json.get("actions")).isEmpty();
        assertThat(json.at("/channel_properties/card_details/masked_card_number").textValue())
                .isEqualTo("400000XXXXXX1000");
        assertThat(json.at("/token_details/authorization_data/network_response_code").textValue()).isEqualTo("00");
    }

    @Test
    void aWalletToken() {
        LeftBehind left = ledger.settle(Checkouts.save("GCASH"));

        ObjectNode json = PaymentJson.paymentToken(ledger.paymentToken(left.paymentTokenId()).orElseThrow());

        assertThatJson(Json.compact(json)).whenIgnoringPaths("payment_token_id").isEqualTo("""
                {"business_id": "5f27a14a9bf05c73dd040bc8", "reference_id": "save-1",
                 "customer_id": "cust-5ed61c4e-499f-49bd-9d90-f3f45028a7a3", "country": "PH", "currency": "PHP",
                 "channel_code": "GCASH", "channel_properties": {}, "actions": [], "status": "ACTIVE",
                 "token_details": {"account_name": "FAKE XENDIT TEST ACCOUNT"},
                 "created": "2026-05-01T10:00:00.000Z", "updated": "2026-05-01T10:00:00.000Z"}
                """);
    }

    @Test
    void aCardIsMaskedToItsFirstSixAndLastFourDigits() {
        CardDetails card = CardDetails.testCard("5200000000001005", "MASTERCARD", "PH", START);

        assertThat(card.maskedCardNumber()).isEqualTo("520000XXXXXX1005");
        assertThat(card.expiryYear()).isEqualTo("2029");
        assertThat(CardDetails.testCard("340000000001098", "AMEX", "ID", START).maskedCardNumber())
                .isEqualTo("340000XXXXX1098");
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            names.add(it.next().getKey());
        }
        return names;
    }
}
