package io.github.fakexendit.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.PaymentChannels;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChargeValidatorTest {

    private static final String TOKEN = "pt-56ef1da0-6c92-490a-9ea8-803eaf404ce1";
    private final PaymentChannels channels = new PaymentChannels();
    private final Map<String, ChargeValidator.TokenFacts> tokens = new java.util.HashMap<>(Map.of(
            TOKEN, new ChargeValidator.TokenFacts(TOKEN, "ACTIVE", "CARDS", "ID", "IDR")));

    private static ObjectNode tokenCharge() {
        return (ObjectNode) Json.parse("{\"reference_id\": \"sub-2026-05\", \"type\": \"PAY\", \"payment_token_id\": \""
                + TOKEN + "\", \"country\": \"ID\", \"currency\": \"IDR\", \"request_amount\": 150000}");
    }

    private static ObjectNode direct() {
        return (ObjectNode) Json.parse("{\"reference_id\": \"order-1\", \"type\": \"PAY\", \"country\": \"ID\","
                + " \"currency\": \"IDR\", \"request_amount\": 150000, \"channel_code\": \"DANA\","
                + " \"channel_properties\": {\"success_return_url\": \"https://shop.test/ok\"}}");
    }

    private ChargeValidator.Charge validate(com.fasterxml.jackson.databind.JsonNode body) {
        return ChargeValidator.validate(body, id -> Optional.ofNullable(tokens.get(id)), channels);
    }

    private static void refused(ThrowableAssert.ThrowingCallable call, int status, String code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.error().status()).isEqualTo(status);
            assertThat(e.error().errorCode()).isEqualTo(code);
            assertThat(e.error().message()).isEqualTo(message);
        });
    }

    @Test
    void aTokenChargeTakesItsChannelFromTheToken() {
        ChargeValidator.Charge charge = validate(tokenCharge());

        assertThat(charge.isTokenCharge()).isTrue();
        assertThat(charge.channelCode()).isEqualTo("CARDS");
        assertThat(charge.manualCapture()).isFalse();
    }

    @Test
    void aTokenChargeMayNameTheTokensChannelAndCarryChannelProperties() {
        ObjectNode body = tokenCharge();
        body.put("channel_code", "CARDS");
        body.putObject("channel_properties").put("card_on_file_type", "RECURRING");
        body.put("capture_method", "MANUAL");

        ChargeValidator.Charge charge = validate(body);
        assertThat(charge.manualCapture()).isTrue();
    }

    @Test
    void aDirectPaymentNeedsItsChannel() {
        ChargeValidator.Charge charge = validate(direct());

        assertThat(charge.isTokenCharge()).isFalse();
        assertThat(charge.channelCode()).isEqualTo("DANA");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{}|request/body must have required property 'reference_id'|/body/reference_id",
            "[]|request/body must be object|/body",
            "{\"reference_id\": \"r\", \"type\": \"PAY\", \"country\": \"ID\", \"currency\": \"IDR\","
                    + " \"request_amount\": 1, \"channel_code\": \"DANA\"}"
                    + "|request/body must have required property 'channel_properties'|/body/channel_properties",
            "{\"reference_id\": \"r\", \"type\": \"PAYMENT\", \"country\": \"ID\", \"currency\": \"IDR\","
                    + " \"request_amount\": 1, \"channel_code\": \"DANA\", \"channel_properties\": {},"
                    + " \"payment_token_id\": \"pt-1\"}|request/body/type must be equal to one of the allowed values: PAY|/body/type",
            "{\"reference_id\": \"r\", \"type\": \"PAY\", \"payment_token_id\": \"pt-1\", \"country\": \"ID\","
                    + " \"currency\": \"IDR\"}|request/body must have required property 'request_amount'"
                    + "|/body/request_amount"})
    void schemaViolationsAreWordedAsXenditsValidatorWouldForTheChosenVariant(String body, String message,
                                                                            String path) {
        assertThatThrownBy(() -> validate(Json.parse(body)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.error().status()).isEqualTo(400);
                    assertThat(e.error().errorCode()).isEqualTo("API_VALIDATION_ERROR");
                    assertThat(e.error().message()).isEqualTo(message);
                    assertThat(e.error().errors().get(0).path()).isEqualTo(path);
                });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "request_amount|\"100\"|request/body/request_amount must be number",
            "request_amount|-1|request/body/request_amount must be >= 0",
            "currency|\"idr\"|request/body/currency must be equal to one of the allowed values: IDR, PHP, VND, THB,"
                    + " SGD, MYR, USD, HKD, AUD, GBP, EUR, JPY, MXN",
            "country|\"US\"|request/body/country must be equal to one of the allowed values: ID, PH, VN, TH, SG, MY,"
                    + " HK, MX",
            "capture_method|\"LATER\"|request/body/capture_method must be equal to one of the allowed values:"
                    + " AUTOMATIC, MANUAL",
            "reference_id|\"\"|request/body/reference_id must NOT have fewer than 1 characters",
            "channel_properties|[]|request/body/channel_properties must be object",
            "payment_token_id|7|request/body/payment_token_id must be string"})
    void fieldViolationsOfATokenCharge(String field, String value, String message) {
        ObjectNode body = tokenCharge();
        body.set(field, Json.parse(value));

        refused(() -> validate(body), 400, "API_VALIDATION_ERROR", message);
    }

    @Test
    void laterTypesAreRefusedByName() {
        ObjectNode body = direct();
        body.put("type", "PAY_AND_SAVE");
        refused(() -> validate(body), 400, "INVALID_VALUE_ERROR", "type PAY_AND_SAVE is not supported by the fake");
        body.put("type", "REUSABLE_PAYMENT_CODE");
        refused(() -> validate(body), 400, "INVALID_VALUE_ERROR",
                "type REUSABLE_PAYMENT_CODE is not supported by the fake");
    }

    @Test
    void theTokenMustExistForTheBusinessAndBeActive() {
        ObjectNode unknown = tokenCharge();
        unknown.put("payment_token_id", "pt-00000000-0000-4000-8000-000000000000");
        refused(() -> validate(unknown), 404, "DATA_NOT_FOUND",
                "Payment token pt-00000000-0000-4000-8000-000000000000 not found");

        tokens.put(TOKEN, new ChargeValidator.TokenFacts(TOKEN, "CANCELED", "CARDS", "ID", "IDR"));
        refused(() -> validate(tokenCharge()), 400, "INVALID_TOKEN", "Payment token " + TOKEN + " is CANCELED");
    }

    @Test
    void theChannelCurrencyAndCountryMustBeTheTokens() {
        ObjectNode channel = tokenCharge();
        channel.put("channel_code", "OVO");
        refused(() -> validate(channel), 400, "INVALID_VALUE_ERROR",
                "channel_code OVO does not match the channel CARDS of payment token " + TOKEN);

        ObjectNode currency = tokenCharge();
        currency.put("currency", "PHP");
        refused(() -> validate(currency), 400, "INVALID_VALUE_ERROR",
                "currency PHP does not match the currency IDR of payment token " + TOKEN);

        ObjectNode country = tokenCharge();
        country.put("country", "PH");
        refused(() -> validate(country), 400, "INVALID_VALUE_ERROR",
                "country PH does not match the country ID of payment token " + TOKEN);
    }

    @Test
    void theAmountKeepsTheCurrencysDecimalsAndIsAboveZero() {
        ObjectNode decimals = tokenCharge();
        decimals.put("request_amount", new java.math.BigDecimal("1000.5"));
        refused(() -> validate(decimals), 400, "INVALID_VALUE_ERROR",
                "request_amount must be a whole number for currency IDR");

        ObjectNode zero = tokenCharge();
        zero.put("request_amount", 0);
        refused(() -> validate(zero), 400, "INVALID_VALUE_ERROR", "request_amount must be greater than 0");

        ObjectNode wholeDecimals = tokenCharge();
        wholeDecimals.put("request_amount", new java.math.BigDecimal("1000.00"));
        assertThat(validate(wholeDecimals).amount()).isEqualByComparingTo("1000");
    }

    @Test
    void authoriseOnlyIsForCardsAlone() {
        tokens.put(TOKEN, new ChargeValidator.TokenFacts(TOKEN, "ACTIVE", "OVO", "ID", "IDR"));
        ObjectNode body = tokenCharge();
        body.put("capture_method", "MANUAL");
        refused(() -> validate(body), 400, "INVALID_VALUE_ERROR",
                "capture_method MANUAL is only supported for channel CARDS");

        ObjectNode directManual = direct();
        directManual.put("capture_method", "MANUAL");
        refused(() -> validate(directManual), 400, "INVALID_VALUE_ERROR",
                "capture_method MANUAL is only supported for channel CARDS");
    }

    @Test
    void aDirectPaymentsChannelMustBeActivatedForTheCountryAndCurrency() {
        ObjectNode elsewhere = direct();
        elsewhere.put("channel_code", "GCASH");
        refused(() -> validate(elsewhere), 400, "INVALID_VALUE_ERROR",
                "channel_code GCASH is not available for IDR payments in ID");

        channels.deactivate(List.of("DANA"));
        refused(() -> validate(direct()), 400, "INVALID_VALUE_ERROR",
                "channel_code DANA is not available for IDR payments in ID");
    }

    @Test
    void aDirectCardPaymentIsRefusedSinceTheFakeNeverTakesCardNumbers() {
        ObjectNode cards = direct();
        cards.put("channel_code", "CARDS");
        refused(() -> validate(cards), 400, "INVALID_VALUE_ERROR", "channel_code CARDS takes card numbers, which the"
                + " fake never accepts: charge a payment token of a card, or let the customer pay in a session");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{}|request/body must have required property 'payment_request_id'",
            "{\"payment_request_id\": \"pr-1\"}|request/body must have required property 'reason'",
            "{\"payment_request_id\": \"pr-1\", \"reason\": \"BAD\"}|request/body/reason must be equal to one of the"
                    + " allowed values: FRAUDULENT, DUPLICATE, REQUESTED_BY_CUSTOMER, CANCELLATION, OTHERS",
            "{\"payment_request_id\": \"pr-1\", \"reason\": \"OTHERS\", \"amount\": \"5\"}"
                    + "|request/body/amount must be number",
            "{\"payment_request_id\": \"pr-1\", \"reason\": \"OTHERS\", \"amount\": -5}"
                    + "|request/body/amount must be >= 0",
            "{\"payment_request_id\": \"pr-1\", \"reason\": \"OTHERS\", \"currency\": \"XXX\"}|request/body/currency"
                    + " must be equal to one of the allowed values: IDR, PHP, VND, THB, SGD, MYR, USD, HKD, AUD, GBP,"
                    + " EUR, JPY, MXN"})
    void refundBodiesAreCheckedAgainstXenditsRefundSchema(String body, String message) {
        refused(() -> ChargeValidator.checkSchema("refund", Json.parse(body)), 400, "API_VALIDATION_ERROR", message);
    }

    @Test
    void simulateBodiesCarryANumber() {
        refused(() -> ChargeValidator.checkSchema("simulate", Json.parse("{\"amount\": \"1\"}")), 400,
                "API_VALIDATION_ERROR", "request/body/amount must be number");
        ChargeValidator.checkSchema("simulate", Json.parse("{}"));
    }
}
