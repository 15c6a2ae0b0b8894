package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.PaymentChannels;
import io.github.fakexendit.internal.platform.Currencies;
import io.github.fakexendit.internal.validation.JsonSchema;
import io.github.fakexendit.internal.platform.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Validates a {@code POST /v3/payment_requests} body that charges: a token charge ({@code type: PAY} with
 * {@code payment_token_id}) or a direct payment ({@code type: PAY} on a {@code channel_code}). The variant is
 * picked first and the body checked against that one variant's schema (Xendit's four-way {@code oneOf} rejects its
 * own token-charge examples), then the business rules in order: the token (exists for the business, ACTIVE, its
 * channel, currency and country), or the channel (in the catalog and activated for the country and currency); then
 * the amount's decimals, authorise-only for cards alone, and an amount above zero. Pure: the token is looked up
 * through the function the caller passes.
 *
 * <pre>{@code
 * ChargeValidator.Charge charge = ChargeValidator.validate(body, tokens::facts, channels);
 * }</pre>
 */
public final class ChargeValidator {

    static final Map<String, JsonSchema> SCHEMAS = JsonSchema.loadEach(ChargeValidator.class,
            "charge-bodies.schema.json");

    /** The types Xendit has that the fake does not create yet. */
    private static final List<String> LATER_TYPES = List.of("PAY_AND_SAVE", "REUSABLE_PAYMENT_CODE");

    /** What the rules need to know of a payment token. */
    public record TokenFacts(String id, String status, String channelCode, String country, String currency) {
    }

    /**
     * A body that passed: its variant, the channel it charges on (the token's for a token charge) and the token.
     *
     * @param token the token charged, or {@code null} for a direct payment
     */
    public record Charge(JsonNode body, String channelCode, TokenFacts token, boolean manualCapture) {

        public boolean isTokenCharge() {
            return token != null;
        }

        public BigDecimal amount() {
            return body.get("request_amount").decimalValue();
        }

        public String currency() {
            return body.get("currency").textValue();
        }

        public String country() {
            return body.get("country").textValue();
        }
    }

    private ChargeValidator() {
    }

    /**
     * Checks a body against the schema of another charge-side request: {@code refund} or {@code simulate}.
     *
     * @throws ApiException with the schema violations
     */
    public static void checkSchema(String schema, JsonNode body) {
        List<Violation> violations = SCHEMAS.get(schema).validate(body, "/body");
        if (!violations.isEmpty()) {
            throw new ApiException(ApiError.validation(violations));
        }
    }

    /**
     * @param tokens the business's token of an id, if it has one
     * @throws ApiException with the first error, as Xendit answers it
     */
    public static Charge validate(JsonNode body, Function<String, Optional<TokenFacts>> tokens,
                                  PaymentChannels channels) {
        String type = body.path("type").isTextual() ? body.get("type").textValue() : null;
        if (type != null && LATER_TYPES.contains(type)) {
            throw invalid("type " + type + " is not supported by the fake");
        }
        boolean tokenCharge = "PAY".equals(type) && body.has("payment_token_id");
        List<Violation> violations = SCHEMAS.get(tokenCharge ? "token_charge" : "direct_payment")
                .validate(body, "/body");
        if (!violations.isEmpty()) {
            throw new ApiException(ApiError.validation(violations));
        }
        boolean manual = "MANUAL".equals(body.path("capture_method").asText("AUTOMATIC"));
        String currency = body.get("currency").textValue();
        String country = body.get("country").textValue();
        TokenFacts token = null;
        String channel;
        if (tokenCharge) {
            String tokenId = body.get("payment_token_id").textValue();
            token = tokens.apply(tokenId).orElseThrow(() -> PaymentError.DATA_NOT_FOUND.refusal(
                    "object", "Payment token", "id", tokenId));
            if (!"ACTIVE".equals(token.status())) {
                throw PaymentError.INVALID_TOKEN.refusal("id", token.id(), "status", token.status());
            }
            channel = token.channelCode();
            JsonNode named = body.get("channel_code");
            if (named != null && !named.textValue().equals(channel)) {
                throw invalid("channel_code " + named.textValue() + " does not match the channel " + channel
                        + " of payment token " + token.id());
            }
            if (!currency.equals(token.currency())) {
                throw invalid("currency " + currency + " does not match the currency " + token.currency()
                        + " of payment token " + token.id());
            }
            if (!country.equals(token.country())) {
                throw invalid("country " + country + " does not match the country " + token.country()
                        + " of payment token " + token.id());
            }
        } else {
            channel = body.get("channel_code").textValue();
            if (!channels.activated(country, currency).contains(channel)) {
                throw invalid("channel_code " + channel + " is not available for " + currency + " payments in "
                        + country);
            }
            if (PaymentChannelKind.CARDS.equals(channel)) {
                throw invalid("channel_code CARDS takes card numbers, which the fake never accepts: charge a"
                        + " payment token of a card, or let the customer pay in a session");
            }
            JsonNode expiresAt = body.get("channel_properties").get("expires_at");
            if (expiresAt != null && Json.instant(expiresAt.textValue()).isEmpty()) {
                throw invalid("channel_properties.expires_at must be a real date and time, e.g. 2021-12-31T23:59:59Z");
            }
        }
        BigDecimal amount = body.get("request_amount").decimalValue();
        int places = Currencies.decimalPlaces(currency);
        if (amount.stripTrailingZeros().scale() > places) {
            throw invalid(places == 0
                    ? "request_amount must be a whole number for currency " + currency
                    : "request_amount must have at most " + places + " decimal places for currency " + currency);
        }
        if (manual && !PaymentChannelKind.CARDS.equals(channel)) {
            throw invalid("capture_method MANUAL is only supported for channel CARDS");
        }
        if (amount.signum() == 0) {
            throw invalid("request_amount must be greater than 0");
        }
        return new Charge(body, channel, token, manual);
    }

    private static ApiException invalid(String message) {
        return PaymentError.INVALID_VALUE_ERROR.refusal("detail", message);
    }
}
