package io.github.fakexendit.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.internal.platform.ApiError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The error catalogue of spec section 10, as read from its data file. */
class PaymentErrorTest {

    @ParameterizedTest
    @CsvSource({
            "API_VALIDATION_ERROR, 400", "UNSUPPORTED_CONTENT_TYPE, 415", "DATA_NOT_FOUND, 404",
            "INELIGIBLE_TRANSACTION_STATUS, 400", "INACTIVE_PAYMENT_REQUEST, 400", "CAPTURE_AMOUNT_EXCEEDED, 400",
            "INVALID_VALUE_ERROR, 400", "INVALID_TOKEN, 400", "REFUND_AMOUNT_EXCEEDED, 400",
            "REFUND_IN_PROGRESS, 400", "REFUND_NOT_SUPPORTED, 403", "PARTIAL_REFUND_NOT_SUPPORTED, 403",
            "IDEMPOTENCY_ERROR, 409"})
    void eachCodeHasItsStatus(PaymentError code, int status) {
        assertThat(code.status()).isEqualTo(status);
    }

    @Test
    void messagesAreFilledIn() {
        assertThat(PaymentError.DATA_NOT_FOUND.error("object", "Payment token", "id", "pt-1"))
                .isEqualTo(ApiError.of(404, "DATA_NOT_FOUND", "Payment token pt-1 not found"));
        assertThat(PaymentError.REFUND_NOT_SUPPORTED.error("channel", "BCA_VIRTUAL_ACCOUNT").message())
                .isEqualTo("Channel BCA_VIRTUAL_ACCOUNT does not support refunds");
        assertThat(PaymentError.IDEMPOTENCY_ERROR.error().message()).isEqualTo("Idempotency key has been used before.");
        assertThat(PaymentError.UNSUPPORTED_CONTENT_TYPE.error("media_type", "undefined").message())
                .isEqualTo("unsupported media type undefined");
    }

    @Test
    void aValueWithDollarsAndBackslashesIsKeptAsItIs() {
        assertThat(PaymentError.INVALID_VALUE_ERROR.error("detail", "currency $1 \\ is odd").message())
                .isEqualTo("currency $1 \\ is odd");
    }

    @Test
    void aMissingOrUnusedValueIsABugCaughtAtOnce() {
        assertThatThrownBy(() -> PaymentError.DATA_NOT_FOUND.error("object", "Payment"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{id}");
        assertThatThrownBy(() -> PaymentError.IDEMPOTENCY_ERROR.error("id", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no place");
        assertThatThrownBy(() -> PaymentError.DATA_NOT_FOUND.error("object"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
