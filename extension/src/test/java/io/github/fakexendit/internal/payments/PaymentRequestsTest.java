package io.github.fakexendit.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.Violation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The validator's wording for the v3 routes' headers, path parameters and capture bodies (spec section 9). */
class PaymentRequestsTest {

    private static final String ID = "py-37e924ed-d7eb-4d32-bcb7-111c7863cb22";

    @Test
    void theOneApiVersionOrNoneIsAccepted() {
        assertThatCode(() -> PaymentRequests.requireApiVersion(null)).doesNotThrowAnyException();
        assertThatCode(() -> PaymentRequests.requireApiVersion("2024-11-11")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-01-01", "", "2024-11-11 ", "v3"})
    void anyOtherApiVersionIsRefused(String version) {
        assertThat(refusal(() -> PaymentRequests.requireApiVersion(version))).isEqualTo(new ApiError(400,
                "API_VALIDATION_ERROR",
                "request/headers/api-version must be equal to one of the allowed values: 2024-11-11",
                java.util.List.of(Violation.at("/headers/api-version",
                        "must be equal to one of the allowed values: 2024-11-11"))));
    }

    @ParameterizedTest
    @CsvSource({
            "payment_request_id, pr-123, request/params/payment_request_id must NOT have fewer than 39 characters",
            "payment_id, py-37e924ed-d7eb-4d32-bcb7-111c7863cb22x, "
                    + "request/params/payment_id must NOT have more than 39 characters",
            "payment_token_id, ptkn-37e924ed-d7eb-4d32-bcb7-111c7863cb22, "
                    + "request/params/payment_token_id must NOT have more than 39 characters"})
    void anIdOfTheWrongLengthIsRefusedNamingTheParameter(String parameter, String id, String message) {
        ApiError error = refusal(() -> PaymentRequests.requireId(parameter, id));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.errorCode()).isEqualTo("API_VALIDATION_ERROR");
        assertThat(error.message()).isEqualTo(message);
        assertThat(error.errors()).extracting(Violation::path).containsExactly("/params/" + parameter);
    }

    @Test
    void anIdOfThirtyNineCharactersPassesWhateverItSays() {
        assertThatCode(() -> PaymentRequests.requireId(PaymentRequests.PAYMENT_ID, ID)).doesNotThrowAnyException();
        assertThatCode(() -> PaymentRequests.requireId(PaymentRequests.PAYMENT_ID, "x".repeat(39)))
                .doesNotThrowAnyException();
    }

    @Test
    void aCaptureWithoutAnAmountCapturesEverything() {
        assertThat(capture("application/json", "{}")).isNull();
        assertThat(capture("application/json", "")).isNull();
        assertThat(capture("application/json", "{\"capture_amount\": 1500.5, \"note\": 1}")).isEqualByComparingTo("1500.5");
        assertThat(capture("application/json", "{\"capture_amount\": 0}")).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"capture_amount\": \"100\"}| request/body/capture_amount must be number| /body/capture_amount",
            "{\"capture_amount\": -5}| request/body/capture_amount must be >= 0| /body/capture_amount",
            "{\"capture_amount\": null}| request/body/capture_amount must be number| /body/capture_amount",
            "{\"capture_amount\": true}| request/body/capture_amount must be number| /body/capture_amount",
            "[100]| request/body must be object| /body",
            "100| request/body must be object| /body"})
    void aCaptureBodyBreakingTheSchemaIsRefused(String body, String message, String path) {
        ApiError error = refusal(() -> capture("application/json", body));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.errorCode()).isEqualTo("API_VALIDATION_ERROR");
        assertThat(error.message()).isEqualTo(message);
        assertThat(error.errors()).extracting(Violation::path).containsExactly(path);
    }

    @Test
    void aCaptureWithNoBodyAtAllIsAnUnsupportedMediaTypeButAContentTypeAloneIsEnough() {
        assertThatCode(() -> PaymentRequests.requireBody("application/json", new byte[0])).doesNotThrowAnyException();
        assertThat(refusal(() -> PaymentRequests.requireBody(null, new byte[0])))
                .isEqualTo(ApiError.of(415, "UNSUPPORTED_CONTENT_TYPE", "unsupported media type undefined"));
    }

    private static java.math.BigDecimal capture(String contentType, String body) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        PaymentRequests.requireBody(contentType, raw);
        return PaymentRequests.captureAmount(raw.length == 0 ? Json.object() : Json.parse(body));
    }

    private static ApiError refusal(Runnable check) {
        try {
            check.run();
        } catch (ApiException e) {
            return e.error();
        }
        throw new AssertionError("expected a refusal");
    }
}
