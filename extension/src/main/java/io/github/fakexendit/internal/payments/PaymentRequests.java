package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.Violation;
import io.github.fakexendit.internal.validation.JsonSchema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The schema checks of the payments routes, worded as Xendit's OpenAPI validator words them
 * ({@code request/params/payment_id must NOT have fewer than 39 characters}), against the schemas in
 * {@code payments-requests.schema.json}. The validator checks headers before path parameters before the body, and
 * reports the first violation.
 */
public final class PaymentRequests {

    private static final Map<String, JsonSchema> SCHEMAS =
            JsonSchema.loadEach(PaymentRequests.class, "payments-requests.schema.json");

    /** The path parameters the v3 routes take, by the name the validator gives them. */
    public static final String PAYMENT_REQUEST_ID = "payment_request_id";
    public static final String PAYMENT_ID = "payment_id";
    public static final String PAYMENT_TOKEN_ID = "payment_token_id";

    private PaymentRequests() {
    }

    /**
     * The optional {@code api-version} header: absent or {@code 2024-11-11}.
     *
     * @throws ApiException 400 {@code API_VALIDATION_ERROR} for any other value
     */
    public static void requireApiVersion(String header) {
        if (header != null) {
            check("api-version", Json.NODES.textNode(header), "/headers/api-version");
        }
    }

    /**
     * A path parameter of the v3 routes, such as {@link #PAYMENT_ID}: exactly 39 characters.
     *
     * @throws ApiException 400 {@code API_VALIDATION_ERROR} naming the parameter
     */
    public static void requireId(String parameter, String id) {
        check(parameter, Json.NODES.textNode(id), "/params/" + parameter);
    }

    /**
     * A route whose body Xendit's schema requires (capture) was sent one, or at least a content type.
     *
     * @param contentType the request's {@code Content-Type}, or {@code null}
     * @param rawBody     the bytes of the body as sent
     * @throws ApiException 415 {@code UNSUPPORTED_CONTENT_TYPE} for a request with no body at all (no content
     *                      type, nothing sent), as the validator answers a required body that is missing
     */
    public static void requireBody(String contentType, byte[] rawBody) {
        if (contentType == null && rawBody.length == 0) {
            throw PaymentError.UNSUPPORTED_CONTENT_TYPE.refusal("media_type", "undefined");
        }
    }

    /**
     * The body of a capture: {@code capture_amount}, a number not below zero, or nothing.
     *
     * @param body the parsed body; an empty body is an empty object
     * @return the amount to capture, or {@code null} for the whole authorised amount
     * @throws ApiException 400 {@code API_VALIDATION_ERROR} for a schema violation
     */
    public static BigDecimal captureAmount(JsonNode body) {
        check("capture", body, "/body");
        JsonNode amount = body.get("capture_amount");
        return amount == null ? null : amount.decimalValue();
    }

    private static void check(String schema, JsonNode value, String path) {
        List<Violation> violations = SCHEMAS.get(schema).validate(value, path);
        if (!violations.isEmpty()) {
            throw new ApiException(ApiError.validation(violations));
        }
    }
}
