package io.github.fakexendit.internal.payments;

import static io.github.fakexendit.internal.payments.Checkouts.OTHER_SHOP;
import static io.github.fakexendit.internal.payments.Checkouts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.fakexendit.PaymentRequestStatus;
import io.github.fakexendit.PaymentStatus;
import io.github.fakexendit.PaymentTokenStatus;
import io.github.fakexendit.internal.platform.ApiException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What a checkout leaves behind, capture and void, the authorisation hold: the ledger without HTTP. */
class PaymentLedgerTest {

    private static final Instant START = Instant.parse("2026-05-01T10:00:00.250Z");

    private final TestClock clock = new TestClock(START);
    private final PaymentLedger ledger = new PaymentLedger(clock, 1000);
    private final List<PaymentEvent> events = new CopyOnWriteArrayList<>();

    PaymentLedgerTest() {
        ledger.subscribe(events::add);
    }

    @Test
    void anAutomaticPaymentSucceedsWithOneCaptureOfTheWholeAmount() {
        LeftBehind left = ledger.settle(Checkouts.pay("OVO", "150000"));

        PaymentRequest request = ledger.paymentRequest(left.paymentRequestId()).orElseThrow();
        Payment payment = ledger.payment(left.paymentId()).orElseThrow();
        assertThat(left.paymentTokenId()).isNull();
        assertThat(request.status()).isEqualTo(PaymentRequestStatus.SUCCEEDED);
        assertThat(request.type()).isEqualTo(RequestType.PAY);
        assertThat(request.latestPaymentId()).isEqualTo(payment.id());
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.paymentRequestId()).isEqualTo(request.id());
        assertThat(payment.captures()).singleElement().satisfies(capture -> {
            assertThat(capture.amount()).isEqualByComparingTo("150000");
            assertThat(capture.id()).matches("cptr-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(capture.timestamp()).isEqualTo(Instant.parse("2026-05-01T10:00:00.250Z"));
        });
        assertThat(payment.authorizationExpiresAt()).isNull();
        assertThat(events).extracting(PaymentEvent::name, PaymentEvent::resourceId)
                .containsExactly(tuple("payment.capture", payment.id()));
    }

    @Test
    void aManualCardPaymentIsOnlyAuthorisedAndHeldForSevenDays() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));

        Payment payment = ledger.payment(left.paymentId()).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(payment.captures()).isEmpty();
        assertThat(payment.authorizationExpiresAt()).isEqualTo(START.plus(Duration.ofDays(7)));
        assertThat(ledger.paymentRequest(left.paymentRequestId()).orElseThrow().status())
                .isEqualTo(PaymentRequestStatus.AUTHORIZED);
        assertThat(payment.terms().card()).isNotNull();
        assertThat(events).extracting(PaymentEvent::name).containsExactly("payment.authorization");
    }

    @Test
    void authoriseOnlyIsForCardsAlone() {
        assertThatThrownBy(() -> new Checkout(SHOP, "b", true, false, "r", null, "ID", "IDR", BigDecimal.TEN,
                CaptureMethod.MANUAL, "OVO", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capture_method MANUAL is only supported for channel CARDS");
    }

    @Test
    void payingAndSavingMakesAPayAndSaveRequestAndAnActiveToken() {
        LeftBehind left = ledger.settle(Checkouts.payAndSave("CARDS", CaptureMethod.AUTOMATIC));

        PaymentToken token = ledger.paymentToken(left.paymentTokenId()).orElseThrow();
        PaymentRequest request = ledger.paymentRequest(left.paymentRequestId()).orElseThrow();
        Payment payment = ledger.payment(left.paymentId()).orElseThrow();
        assertThat(token.status()).isEqualTo(PaymentTokenStatus.ACTIVE);
        assertThat(request.type()).isEqualTo(RequestType.PAY_AND_SAVE);
        assertThat(request.paymentTokenId()).isEqualTo(token.id());
        assertThat(payment.paymentTokenId()).isEqualTo(token.id());
        assertThat(payment.type()).isEqualTo(RequestType.PAY_AND_SAVE);
        assertThat(events).extracting(PaymentEvent::name, PaymentEvent::resourceId).containsExactly(
                tuple("payment.capture", payment.id()), tuple("payment_token.activation", token.id()));
    }

    @Test
    void savingAManualPaymentAuthorisesThenActivates() {
        ledger.settle(Checkouts.payAndSave("CARDS", CaptureMethod.MANUAL));

        assertThat(events).extracting(PaymentEvent::name)
                .containsExactly("payment.authorization", "payment_token.activation");
    }

    @Test
    void aSaveCheckoutMakesATokenAlone() {
        LeftBehind left = ledger.settle(Checkouts.save("GCASH"));

        assertThat(left.paymentRequestId()).isNull();
        assertThat(left.paymentId()).isNull();
        assertThat(ledger.paymentTokens()).singleElement().satisfies(token -> {
            assertThat(token.id()).isEqualTo(left.paymentTokenId());
            assertThat(token.status()).isEqualTo(PaymentTokenStatus.ACTIVE);
            assertThat(token.terms().channelCode()).isEqualTo("GCASH");
            assertThat(token.terms().amount()).isNull();
        });
        assertThat(ledger.paymentRequests()).isEmpty();
        assertThat(events).extracting(PaymentEvent::name).containsExactly("payment_token.activation");
    }

    @Test
    void aDeclinedAttemptLeavesAFailedRequestAndPaymentWithTheChannelsDefaultCode() {
        LeftBehind card = ledger.decline(Checkouts.pay("CARDS", "5000"), null);
        LeftBehind wallet = ledger.decline(Checkouts.pay("OVO", "5000"), null);
        LeftBehind scripted = ledger.decline(Checkouts.pay("OVO", "5000"), "INSUFFICIENT_BALANCE");

        assertThat(List.of(card, wallet, scripted)).extracting(left -> ledger.payment(left.paymentId()).orElseThrow())
                .extracting(Payment::status, Payment::failureCode).containsExactly(
                        tuple(PaymentStatus.FAILED, "CARD_DECLINED"),
                        tuple(PaymentStatus.FAILED, "USER_DECLINED_PAYMENT"),
                        tuple(PaymentStatus.FAILED, "INSUFFICIENT_BALANCE"));
        assertThat(ledger.paymentRequest(scripted.paymentRequestId()).orElseThrow())
                .extracting(PaymentRequest::status, PaymentRequest::failureCode)
                .containsExactly(PaymentRequestStatus.FAILED, "INSUFFICIENT_BALANCE");
        assertThat(events).extracting(PaymentEvent::name).containsOnly("payment.failure").hasSize(3);
        assertThat(ledger.decline(Checkouts.save("GCASH"), null)).isEqualTo(LeftBehind.NOTHING);
    }

    @Test
    void aFullCaptureSucceedsThePaymentAndItsRequest() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));
        clock.advance(Duration.ofHours(2));

        Payment captured = ledger.capture(SHOP, left.paymentId(), null);

        assertThat(captured.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(captured.captures()).singleElement().satisfies(c -> {
            assertThat(c.amount()).isEqualByComparingTo("100000");
            assertThat(c.timestamp()).isEqualTo(START.plus(Duration.ofHours(2)));
        });
        assertThat(captured.updated()).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(captured.authorizationExpiresAt()).isNull();
        assertThat(ledger.paymentRequest(left.paymentRequestId()).orElseThrow())
                .extracting(PaymentRequest::status, PaymentRequest::updated)
                .containsExactly(PaymentRequestStatus.SUCCEEDED, START.plus(Duration.ofHours(2)));
        assertThat(events).extracting(PaymentEvent::name).containsExactly("payment.authorization", "payment.capture");
        assertThat(events.get(1).data().get("status").textValue()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aPartialCaptureSucceedsAndReleasesTheRest() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));

        Payment captured = ledger.capture(SHOP, left.paymentId(), new BigDecimal("60000"));

        assertThat(captured.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(captured.captured()).isEqualByComparingTo("60000");
        assertThat(captured.amount()).isEqualByComparingTo("100000");
    }

    @Test
    void aCaptureAboveTheAuthorisedAmountIsRefused() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));

        assertThatThrownBy(() -> ledger.capture(SHOP, left.paymentId(), new BigDecimal("150000")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.error().status()).isEqualTo(400);
                    assertThat(e.error().errorCode()).isEqualTo("CAPTURE_AMOUNT_EXCEEDED");
                    assertThat(e.error().message()).isEqualTo("capture_amount 150000 exceeds the authorized amount 100000");
                });
        assertThat(ledger.payment(left.paymentId()).orElseThrow().status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void aCaptureOfZeroIsRefused() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));

        assertThatThrownBy(() -> ledger.capture(SHOP, left.paymentId(), BigDecimal.ZERO))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.error().errorCode()).isEqualTo("INVALID_VALUE_ERROR");
                    assertThat(e.error().message()).isEqualTo("capture_amount must be greater than 0, got 0");
                });
    }

    @Test
    void aCaptureHasNoMoreDecimalsThanItsCurrency() {
        LeftBehind rupiah = ledger.settle(Checkouts.authorize("100000"));

        assertThatThrownBy(() -> ledger.capture(SHOP, rupiah.paymentId(), new BigDecimal("0.5")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.error().message())
                        .isEqualTo("capture_amount 0.5 has more decimal places than IDR allows (0)"));
        assertThat(ledger.capture(SHOP, rupiah.paymentId(), new BigDecimal("500.00")).captured())
                .isEqualByComparingTo("500");
    }

    @Test
    void onlyAnAuthorisedPaymentIsCapturedOrVoided() {
        LeftBehind paid = ledger.settle(Checkouts.pay("OVO", "1000"));
        LeftBehind authorised = ledger.settle(Checkouts.authorize("1000"));
        ledger.capture(SHOP, authorised.paymentId(), null);

        for (LeftBehind left : List.of(paid, authorised)) {
            assertThatThrownBy(() -> ledger.capture(SHOP, left.paymentId(), null))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.error())
                            .extracting("status", "errorCode", "message").containsExactly(400,
                                    "INELIGIBLE_TRANSACTION_STATUS", "Payment status is SUCCEEDED, expecting AUTHORIZED"));
            assertThatThrownBy(() -> ledger.voidAuthorization(SHOP, left.paymentId()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.error().errorCode())
                            .isEqualTo("INELIGIBLE_TRANSACTION_STATUS"));
        }
    }

    @Test
    void aVoidCancelsThePaymentAndItsRequestWithoutAWebhook() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));
        events.clear();

        Payment voided = ledger.voidAuthorization(SHOP, left.paymentId());

        assertThat(voided.status()).isEqualTo(PaymentStatus.CANCELED);
        assertThat(voided.captures()).isEmpty();
        assertThat(ledger.paymentRequest(left.paymentRequestId()).orElseThrow().status())
                .isEqualTo(PaymentRequestStatus.CANCELED);
        assertThat(events).isEmpty();
        assertThatThrownBy(() -> ledger.capture(SHOP, left.paymentId(), null))
                .hasMessageContaining("Payment status is CANCELED, expecting AUTHORIZED");
    }

    @Test
    void anotherBusinessesPaymentDoesNotExistForIt() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));

        assertThatThrownBy(() -> ledger.capture(OTHER_SHOP, left.paymentId(), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.error())
                        .extracting("status", "errorCode", "message")
                        .containsExactly(404, "DATA_NOT_FOUND", "Payment " + left.paymentId() + " not found"));
        assertThatThrownBy(() -> ledger.voidAuthorization(OTHER_SHOP, left.paymentId()))
                .hasMessageContaining("DATA_NOT_FOUND");
        assertThatThrownBy(() -> ledger.paymentRequest(OTHER_SHOP, left.paymentRequestId()))
                .hasMessageContaining("Payment request " + left.paymentRequestId() + " not found");
        assertThatThrownBy(() -> ledger.payment(OTHER_SHOP, "py-00000000-0000-4000-8000-000000000000"))
                .hasMessageContaining("DATA_NOT_FOUND");
        assertThat(ledger.payment(SHOP, left.paymentId()).status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(ledger.paymentRequest(SHOP, left.paymentRequestId()).id()).isEqualTo(left.paymentRequestId());
    }

    @Test
    void aTokenBelongsToItsBusiness() {
        LeftBehind left = ledger.settle(Checkouts.save("GCASH"));

        assertThat(ledger.paymentToken(SHOP, left.paymentTokenId()).id()).isEqualTo(left.paymentTokenId());
        assertThatThrownBy(() -> ledger.paymentToken(OTHER_SHOP, left.paymentTokenId()))
                .hasMessage("DATA_NOT_FOUND: Payment token " + left.paymentTokenId() + " not found");
    }

    @Test
    void theHoldLapsesSevenDaysAfterAuthorisationOnTheClock() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));
        assertThat(ledger.nextLapse()).contains(START.plus(Duration.ofDays(7)));

        clock.advance(Duration.ofDays(7).minusMillis(1));
        ledger.expireDue();
        assertThat(ledger.payment(left.paymentId()).orElseThrow().status()).isEqualTo(PaymentStatus.AUTHORIZED);

        clock.advance(Duration.ofMillis(1));
        ledger.expireDue();
        ledger.expireDue();

        Payment expired = ledger.payment(left.paymentId()).orElseThrow();
        assertThat(expired.status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(expired.updated()).isEqualTo(START.plus(Duration.ofDays(7)));
        assertThat(ledger.paymentRequest(left.paymentRequestId()).orElseThrow().status())
                .isEqualTo(PaymentRequestStatus.EXPIRED);
        assertThat(events).extracting(PaymentEvent::name).containsExactly("payment.authorization", "payment.expiry");
        assertThat(ledger.nextLapse()).isEmpty();
    }

    @Test
    void aLapsedHoldShowsOnTheFirstReadAndRefusesACaptureWithItsExpiryAnnounced() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));
        clock.advance(Duration.ofDays(8));

        assertThat(ledger.paymentRequest(left.paymentRequestId()).orElseThrow().status())
                .isEqualTo(PaymentRequestStatus.EXPIRED);
        assertThatThrownBy(() -> ledger.capture(SHOP, left.paymentId(), null))
                .hasMessageContaining("Payment status is EXPIRED, expecting AUTHORIZED");
        assertThat(events).extracting(PaymentEvent::name).containsExactly("payment.authorization", "payment.expiry");
    }

    @Test
    void aCaptureRacingTheLapseSeesTheLapseFirst() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));
        clock.advance(Duration.ofDays(7));

        assertThatThrownBy(() -> ledger.capture(SHOP, left.paymentId(), null))
                .hasMessageContaining("Payment status is EXPIRED");
        assertThat(events).extracting(PaymentEvent::name).containsExactly("payment.authorization", "payment.expiry");
    }

    @Test
    void aTestLetsAnAuthorisationLapseEarly() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));
        clock.advance(Duration.ofMinutes(5));

        Payment lapsed = ledger.lapseAuthorization(left.paymentId());

        assertThat(lapsed.status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(lapsed.updated()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(ledger.paymentRequest(left.paymentRequestId()).orElseThrow().status())
                .isEqualTo(PaymentRequestStatus.EXPIRED);
        assertThat(ledger.nextLapse()).isEmpty();
        assertThat(events).extracting(PaymentEvent::name).containsExactly("payment.authorization", "payment.expiry");
        assertThatThrownBy(() -> ledger.lapseAuthorization(left.paymentId()))
                .hasMessageContaining("Payment status is EXPIRED, expecting AUTHORIZED");
    }

    @Test
    void everyChangeMovesUpdatedEvenWithinTheSameMillisecond() {
        LeftBehind left = ledger.settle(Checkouts.authorize("100000"));

        Payment captured = ledger.capture(SHOP, left.paymentId(), null);

        assertThat(captured.created()).isEqualTo(START);
        assertThat(captured.updated()).isEqualTo(START.plusMillis(1));
        assertThat(captured.captures().get(0).timestamp()).isEqualTo(START.plusMillis(1));
    }

    @Test
    void timestampsAreKeptToTheMillisecond() {
        clock.advance(Duration.ofNanos(987_654));

        Payment payment = ledger.payment(ledger.settle(Checkouts.pay("OVO", "1")).paymentId()).orElseThrow();

        assertThat(payment.created()).isEqualTo(Instant.parse("2026-05-01T10:00:00.250Z"));
    }

    @Test
    void listsAreInCreationOrderAndResetForgetsEverything() {
        LeftBehind first = ledger.settle(Checkouts.payAndSave("CARDS", CaptureMethod.AUTOMATIC));
        LeftBehind second = ledger.settle(Checkouts.pay("OVO", "1"));

        assertThat(ledger.paymentRequests()).extracting(PaymentRequest::id)
                .containsExactly(first.paymentRequestId(), second.paymentRequestId());
        assertThat(ledger.payments()).extracting(Payment::id).containsExactly(first.paymentId(), second.paymentId());
        assertThat(ledger.paymentTokens()).extracting(PaymentToken::id).containsExactly(first.paymentTokenId());

        ledger.reset();

        assertThat(ledger.paymentRequests()).isEmpty();
        assertThat(ledger.payments()).isEmpty();
        assertThat(ledger.paymentTokens()).isEmpty();
        assertThat(ledger.payment(first.paymentId())).isEmpty();
    }

    @Test
    void beyondItsCapacityTheLedgerForgetsTheOldest() {
        PaymentLedger small = new PaymentLedger(clock, 3);
        LeftBehind oldest = small.settle(Checkouts.authorize("1"));
        LeftBehind middle = small.settle(Checkouts.pay("OVO", "2"));
        LeftBehind newest = small.settle(Checkouts.save("GCASH"));

        assertThat(small.paymentRequest(oldest.paymentRequestId())).isEmpty();
        assertThat(small.payment(oldest.paymentId())).isEmpty();
        assertThat(small.nextLapse()).isEmpty();
        assertThat(small.payment(middle.paymentId())).isPresent();
        assertThat(small.paymentToken(newest.paymentTokenId())).isPresent();
    }

    @Test
    void ofConcurrentCapturesAndVoidsOfOnePaymentExactlyOneWins() throws Exception {
        for (int round = 0; round < 20; round++) {
            LeftBehind left = ledger.settle(Checkouts.authorize("100000"));
            events.clear();
            int threads = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Payment>> moves = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                boolean capture = i % 2 == 0;
                moves.add(pool.submit(() -> {
                    start.await();
                    return capture ? ledger.capture(SHOP, left.paymentId(), new BigDecimal("1000"))
                            : ledger.voidAuthorization(SHOP, left.paymentId());
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Payment> move : moves) {
                try {
                    move.get();
                    won++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(ApiException.class, refused ->
                            assertThat(refused.error().errorCode()).isEqualTo("INELIGIBLE_TRANSACTION_STATUS"));
                }
            }
            pool.shutdown();

            assertThat(won).isEqualTo(1);
            Payment after = ledger.payment(left.paymentId()).orElseThrow();
            assertThat(after.captures()).hasSizeLessThanOrEqualTo(1);
            assertThat(events).hasSize(after.status() == PaymentStatus.SUCCEEDED ? 1 : 0);
        }
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        PaymentLedger ledger = new PaymentLedger(clock, 10);
        ledger.subscribe(event -> {
            throw new IllegalStateException("broken merchant code");
        });
        ledger.subscribe(events::add);

        ledger.settle(Checkouts.pay("OVO", "1"));

        assertThat(events).hasSize(1);
    }
}
