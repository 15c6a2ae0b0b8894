package io.github.fakexendit.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.RefundStatus;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.FakeClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

class RefundsTest {

    private static final Instant PAID = Instant.parse("2026-05-01T10:00:00Z");
    private static final String PR = "pr-8877c08a-740d-4153-9816-3d744ed197a5";
    private static final String PY = "py-cc3938dc-c2a5-43c4-89d7-7570793348c2";

    private final FakeClock clock = new FakeClock(Clock.fixed(PAID, ZoneOffset.UTC));
    private final Refunds refunds = new Refunds(clock, 1000);
    private final List<Refund> heard = new ArrayList<>();

    {
        refunds.subscribe(heard::add);
    }

    private static RefundTarget paid(String channel, String amount) {
        return new RefundTarget("biz", "b1", "pr-" + java.util.UUID.randomUUID(), PY, "SUCCEEDED", "Payment", channel,
                "ID", "IDR", new BigDecimal(amount), PAID);
    }

    private static JsonNode body(String json) {
        return Json.parse(json);
    }

    private Refund refund(RefundTarget target, String json) {
        return refunds.create(target, body(json));
    }

    private static void refused(ThrowableAssert.ThrowingCallable call, int status, String code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            ApiError error = e.error();
            assertThat(error.status()).isEqualTo(status);
            assertThat(error.errorCode()).isEqualTo(code);
            assertThat(error.message()).isEqualTo(message);
        });
    }

    @Test
    void aFullRefundWithoutAmountRefundsEverythingCollectedAndStartsPending() {
        Refund refund = refund(paid("CARDS", "100000"),
                "{\"payment_request_id\": \"" + PR + "\", \"reason\": \"REQUESTED_BY_CUSTOMER\"}");

        assertThat(refund.id()).matches("rfd-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(refund.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(refund.amount()).isEqualByComparingTo("100000");
        assertThat(refund.paymentId()).isEqualTo(PY);
        assertThat(refund.paymentMethodType()).isEqualTo("CARD");
        assertThat(refund.reason()).isEqualTo("REQUESTED_BY_CUSTOMER");
    }

    @Test
    void partialRefundsAddUpToWhatWasCollectedAndNoFurther() {
        RefundTarget target = paid("CARDS", "100000");
        refunds.settleAsScripted(refund(target, "{\"reason\": \"OTHERS\", \"amount\": 30000}"));
        refunds.settleAsScripted(refund(target, "{\"reason\": \"OTHERS\", \"amount\": 50000}"));

        refused(() -> refund(target, "{\"reason\": \"OTHERS\", \"amount\": 20001}"),
                400, "REFUND_AMOUNT_EXCEEDED", "amount 20001 exceeds the refundable amount 20000");
        Refund rest = refund(target, "{\"reason\": \"OTHERS\"}");
        assertThat(rest.amount()).isEqualByComparingTo("20000");
        refunds.settleAsScripted(rest);
        refused(() -> refund(target, "{\"reason\": \"OTHERS\"}"), 400, "REFUND_AMOUNT_EXCEEDED",
                "Payment request " + target.paymentRequestId() + " has nothing left to refund: 100000 of 100000 is refunded or pending");
    }

    @Test
    void aFailedRefundGivesItsAmountBack() {
        RefundTarget target = paid("CARDS", "100000");
        refunds.scriptNext(Refunds.Outcome.fail(null));
        Refund failed = refunds.settleAsScripted(refund(target, "{\"reason\": \"OTHERS\"}"));

        assertThat(failed.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(failed.failureCode()).isEqualTo("REFUND_FAILED");
        assertThat(refund(target, "{\"reason\": \"OTHERS\"}").amount()).isEqualByComparingTo("100000");
    }

    @Test
    void aPendingRefundBlocksTheNextOneOfTheSameRequest() {
        RefundTarget target = paid("CARDS", "100000");
        refunds.settleBy(Refunds.Outcome.hold());
        Refund pending = refunds.settleAsScripted(refund(target, "{\"reason\": \"OTHERS\", \"amount\": 1000}"));
        assertThat(pending.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(heard).isEmpty();

        refused(() -> refund(target, "{\"reason\": \"OTHERS\", \"amount\": 1000}"), 400, "REFUND_IN_PROGRESS",
                "Refund " + pending.id() + " of this payment request is still PENDING");

        refunds.succeed(pending.id());
        assertThat(heard).extracting(Refund::status).containsExactly(RefundStatus.SUCCEEDED);
        assertThat(refund(target, "{\"reason\": \"OTHERS\", \"amount\": 1000}").status())
                .isEqualTo(RefundStatus.PENDING);
    }

    @Test
    void scriptedOutcomesComeBeforeTheDefaultInOrder() {
        RefundTarget target = paid("CARDS", "100000");
        refunds.scriptNext(Refunds.Outcome.fail("INSUFFICIENT_BALANCE"));
        refunds.scriptNext(Refunds.Outcome.hold());

        assertThat(refunds.settleAsScripted(refund(target, "{\"reason\": \"OTHERS\", \"amount\": 1}")).failureCode())
                .isEqualTo("INSUFFICIENT_BALANCE");
        Refund held = refunds.settleAsScripted(refund(target, "{\"reason\": \"OTHERS\", \"amount\": 1}"));
        assertThat(held.status()).isEqualTo(RefundStatus.PENDING);
        refunds.fail(held.id(), "ACCOUNT_NOT_FOUND");
        assertThat(refunds.settleAsScripted(refund(target, "{\"reason\": \"OTHERS\", \"amount\": 1}")).status())
                .isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(heard).extracting(Refund::status)
                .containsExactly(RefundStatus.FAILED, RefundStatus.FAILED, RefundStatus.SUCCEEDED);
    }

    @Test
    void aSettledRefundNeverMovesAgain() {
        Refund done = refunds.settleAsScripted(refund(paid("CARDS", "100"), "{\"reason\": \"OTHERS\"}"));

        assertThatThrownBy(() -> refunds.fail(done.id(), "REFUND_FAILED"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is SUCCEEDED");
        assertThat(refunds.find(done.id())).get().extracting(Refund::status).isEqualTo(RefundStatus.SUCCEEDED);
    }

    @Test
    void onlyCollectedMoneyIsRefunded() {
        RefundTarget authorized = new RefundTarget("biz", "b1", PR, PY, "AUTHORIZED", "Payment", "CARDS", "ID",
                "IDR", BigDecimal.ZERO, null);
        refused(() -> refund(authorized, "{\"reason\": \"OTHERS\"}"), 400, "INELIGIBLE_TRANSACTION_STATUS",
                "Payment status is AUTHORIZED, expecting SUCCEEDED");
        RefundTarget waiting = new RefundTarget("biz", "b1", PR, null, "REQUIRES_ACTION", "Payment request",
                "DANA", "ID", "IDR", BigDecimal.ZERO, null);
        refused(() -> refund(waiting, "{\"reason\": \"OTHERS\"}"), 400, "INELIGIBLE_TRANSACTION_STATUS",
                "Payment request status is REQUIRES_ACTION, expecting SUCCEEDED");
    }

    @Test
    void channelsWithoutRefundsRefuseThemAndFullOnlyChannelsRefusePartialAmounts() {
        refused(() -> refund(paid("BCA_VIRTUAL_ACCOUNT", "100000"), "{\"reason\": \"OTHERS\"}"),
                403, "REFUND_NOT_SUPPORTED", "Channel BCA_VIRTUAL_ACCOUNT does not support refunds");
        refused(() -> refund(paid("QRIS", "100000"), "{\"reason\": \"OTHERS\", \"amount\": 99999}"),
                403, "PARTIAL_REFUND_NOT_SUPPORTED", "Channel QRIS does not support partial refunds");

        assertThat(refund(paid("QRIS", "100000"), "{\"reason\": \"OTHERS\", \"amount\": 100000}").amount())
                .isEqualByComparingTo("100000");
        assertThat(refund(paid("OVO", "100000"), "{\"reason\": \"OTHERS\", \"amount\": 1}").paymentMethodType())
                .isEqualTo("EWALLET");
    }

    @Test
    void aRefundPastTheChannelsWindowIsRefused() {
        clock.advance(Duration.ofDays(30).minusMillis(1));
        assertThat(refund(paid("QRIS", "5000"), "{\"reason\": \"OTHERS\"}").status()).isEqualTo(RefundStatus.PENDING);

        clock.advance(Duration.ofMillis(1));
        refused(() -> refund(paid("DANA", "5000"), "{\"reason\": \"OTHERS\"}"), 400, "INELIGIBLE_TRANSACTION_STATUS",
                "Payment " + PY + " was collected at 2026-05-01T10:00:00.000Z, past the 30-day refund window of channel"
                        + " DANA");
        assertThat(refund(paid("CARDS", "5000"), "{\"reason\": \"OTHERS\"}").status())
                .isEqualTo(RefundStatus.PENDING);
    }

    @Test
    void theCurrencyMustBeTheRequestsAndTheAmountAboveZeroInItsDecimals() {
        RefundTarget target = paid("CARDS", "100000");
        refused(() -> refund(target, "{\"reason\": \"OTHERS\", \"currency\": \"PHP\"}"), 400, "INVALID_VALUE_ERROR",
                "currency PHP does not match the payment request's currency IDR");
        refused(() -> refund(target, "{\"reason\": \"OTHERS\", \"amount\": 0}"), 400, "INVALID_VALUE_ERROR",
                "amount must be greater than 0");
        refused(() -> refund(target, "{\"reason\": \"OTHERS\", \"amount\": 100.5}"), 400, "INVALID_VALUE_ERROR",
                "amount 100.5 has more decimal places than IDR allows (0)");
        assertThat(refund(target, "{\"reason\": \"OTHERS\", \"currency\": \"IDR\", \"amount\": 100.00}").amount())
                .isEqualByComparingTo("100");
    }

    @Test
    void refundsRacingOnOneRequestNeverExceedWhatWasCollected() throws Exception {
        RefundTarget target = paid("CARDS", "1000");
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Refund>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return refunds.settleAsScripted(refund(target, "{\"reason\": \"OTHERS\", \"amount\": 300}"));
                    } catch (ApiException refused) {
                        return null;
                    }
                }));
            }
            start.countDown();
            for (Future<Refund> result : results) {
                result.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        BigDecimal refunded = refunds.of(target.paymentRequestId()).stream().map(Refund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(refunded).isLessThanOrEqualTo(new BigDecimal("1000"));
        assertThat(refunds.of(target.paymentRequestId())).hasSizeBetween(1, 3);
    }

    @Test
    void refundsAreFoundByTheirOwnBusinessAlone() {
        Refund refund = refund(paid("CARDS", "100"), "{\"reason\": \"OTHERS\"}");

        assertThat(refunds.find("biz", refund.id())).contains(refund);
        assertThat(refunds.find("other", refund.id())).isEmpty();
    }

    @Test
    void holdsAtMostItsCapacity() {
        Refunds small = new Refunds(clock, 2);
        RefundTarget target = paid("CARDS", "100");
        Refund first = small.settleAsScripted(small.create(target, body("{\"reason\": \"OTHERS\", \"amount\": 1}")));
        small.settleAsScripted(small.create(target, body("{\"reason\": \"OTHERS\", \"amount\": 1}")));
        small.settleAsScripted(small.create(target, body("{\"reason\": \"OTHERS\", \"amount\": 1}")));

        assertThat(small.all()).hasSize(2);
        assertThat(small.find(first.id())).isEmpty();
    }

    @Test
    void rendersAsXenditsRefundWithItsNulls() {
        RefundTarget target = paid("CARDS", "100000");
        Refund refund = refund(target, "{\"reason\": \"CANCELLATION\", \"amount\": 25000}");

        assertThat(Json.compact(RefundJson.render(refund))).isEqualTo("{\"id\":\"" + refund.id() + "\","
                + "\"payment_request_id\":\"" + target.paymentRequestId() + "\",\"payment_id\":\"" + PY + "\",\"payment_method_type\":\"CARD\","
                + "\"channel_code\":\"CARDS\",\"country\":\"ID\",\"currency\":\"IDR\",\"amount\":25000,"
                + "\"status\":\"PENDING\",\"reason\":\"CANCELLATION\",\"failure_code\":null,\"refund_fee_amount\":null,"
                + "\"metadata\":null,\"created\":\"2026-05-01T10:00:00.000Z\",\"updated\":\"2026-05-01T10:00:00.000Z\"}");
        Refund withMore = refund(paid("QRIS", "100"), "{\"reason\": \"OTHERS\", \"reference_id\": \"r-1\","
                + " \"metadata\": {\"order\": \"o-1\"}}");
        assertThat(RefundJson.render(withMore).get("reference_id").textValue()).isEqualTo("r-1");
        assertThat(RefundJson.render(withMore).get("metadata").get("order").textValue()).isEqualTo("o-1");
        assertThat(RefundJson.render(withMore).has("payment_method_type")).isFalse();
    }
}
