package io.github.fakexendit.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.PaymentRequestStatus;
import io.github.fakexendit.PaymentStatus;
import io.github.fakexendit.PaymentTokenStatus;
import io.github.fakexendit.internal.platform.ApiException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tables of spec section 6, row by row, and that nothing else moves. */
class LifecycleTest {

    @ParameterizedTest
    @CsvSource({
            "AUTHORIZED, CAPTURE, SUCCEEDED",
            "AUTHORIZED, VOID, CANCELED",
            "AUTHORIZED, LAPSE, EXPIRED"})
    void payment(PaymentStatus from, Move move, PaymentStatus to) {
        assertThat(Lifecycle.PAYMENT.after(from, move)).contains(to);
    }

    @ParameterizedTest
    @CsvSource({
            "REQUIRES_ACTION, SUCCEED, SUCCEEDED",
            "REQUIRES_ACTION, AUTHORIZE, AUTHORIZED",
            "REQUIRES_ACTION, FAIL, FAILED",
            "REQUIRES_ACTION, CANCEL, CANCELED",
            "REQUIRES_ACTION, EXPIRE, EXPIRED",
            "ACCEPTING_PAYMENTS, CANCEL, CANCELED",
            "ACCEPTING_PAYMENTS, EXPIRE, EXPIRED",
            "AUTHORIZED, CAPTURE, SUCCEEDED",
            "AUTHORIZED, VOID, CANCELED",
            "AUTHORIZED, LAPSE, EXPIRED"})
    void paymentRequest(PaymentRequestStatus from, Move move, PaymentRequestStatus to) {
        assertThat(Lifecycle.PAYMENT_REQUEST.after(from, move)).contains(to);
    }

    @ParameterizedTest
    @CsvSource({
            "REQUIRES_ACTION, ACTIVATE, ACTIVE",
            "REQUIRES_ACTION, FAIL, FAILED",
            "ACTIVE, CANCEL, CANCELED",
            "ACTIVE, EXPIRE, EXPIRED"})
    void paymentToken(PaymentTokenStatus from, Move move, PaymentTokenStatus to) {
        assertThat(Lifecycle.PAYMENT_TOKEN.after(from, move)).contains(to);
    }

    @Test
    void terminalStatusesNeverChange() {
        assertTerminal(Lifecycle.PAYMENT, EnumSet.of(PaymentStatus.SUCCEEDED, PaymentStatus.CANCELED,
                PaymentStatus.FAILED, PaymentStatus.EXPIRED, PaymentStatus.PENDING));
        assertTerminal(Lifecycle.PAYMENT_REQUEST, EnumSet.of(PaymentRequestStatus.SUCCEEDED,
                PaymentRequestStatus.CANCELED, PaymentRequestStatus.FAILED, PaymentRequestStatus.EXPIRED));
        assertTerminal(Lifecycle.PAYMENT_TOKEN, EnumSet.of(PaymentTokenStatus.CANCELED, PaymentTokenStatus.EXPIRED,
                PaymentTokenStatus.FAILED, PaymentTokenStatus.PENDING));
    }

    @Test
    void onlyTheListedMovesAreAllowed() {
        int allowed = 0;
        for (PaymentRequestStatus from : PaymentRequestStatus.values()) {
            for (Move move : Move.values()) {
                allowed += Lifecycle.PAYMENT_REQUEST.after(from, move).isPresent() ? 1 : 0;
            }
        }
        assertThat(allowed).as("the ten rows of the payment request table").isEqualTo(10);
        assertThat(Lifecycle.PAYMENT.allowing(Move.CAPTURE)).containsExactly(PaymentStatus.AUTHORIZED);
    }

    @Test
    void aRefusedMoveNamesTheStatusItIsInAndTheOnesItNeeds() {
        assertThatThrownBy(() -> Lifecycle.PAYMENT.require(PaymentStatus.SUCCEEDED, Move.CAPTURE))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.error())
                        .extracting("status", "errorCode", "message").containsExactly(400,
                                "INELIGIBLE_TRANSACTION_STATUS", "Payment status is SUCCEEDED, expecting AUTHORIZED"));
        assertThatThrownBy(() -> Lifecycle.PAYMENT_REQUEST.require(PaymentRequestStatus.EXPIRED, Move.CANCEL))
                .hasMessage("INELIGIBLE_TRANSACTION_STATUS: Payment request status is EXPIRED, "
                        + "expecting REQUIRES_ACTION or ACCEPTING_PAYMENTS");
        assertThat(Lifecycle.PAYMENT_TOKEN.expected(Move.CANCEL)).isEqualTo("ACTIVE");
    }

    private static <S extends Enum<S>> void assertTerminal(Lifecycle<S> lifecycle, Set<S> terminal) {
        for (S status : terminal) {
            assertThat(lifecycle.isTerminal(status)).as(status.name()).isTrue();
            for (Move move : Move.values()) {
                assertThat(lifecycle.after(status, move)).as(status + " " + move).isEmpty();
            }
        }
    }
}
