package io.github.fakexendit.internal.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.PaymentAttempt;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.Business;
import io.github.fakexendit.internal.platform.FakeClock;
import io.github.fakexendit.internal.platform.PaymentChannels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The session state machine, without HTTP. */
class SessionServiceTest {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00.250Z");
    private static final Business SHOP = new Business("xnd_development_shop", null);

    private final FakeClock clock = new FakeClock(Clock.fixed(START, ZoneOffset.UTC));
    private final SessionService sessions = new SessionService(clock);

    @Test
    void aNewSessionIsActiveAndExpiresInThirtyMinutes() {
        Session session = create("PAY");

        assertThat(session.status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(session.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(session.paymentLinkUrl()).isEqualTo("http://fake/checkout/" + session.id());
        assertThat(session.payment()).isEqualTo(Payment.NONE);
    }

    @Test
    void completingAPaySessionSetsPaymentRequestAndPayment() {
        Session done = sessions.move(create("PAY").id(), SessionStatus.COMPLETED);

        assertThat(done.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(done.payment().paymentRequestId()).startsWith("pr-");
        assertThat(done.payment().paymentId()).startsWith("py-");
        assertThat(done.payment().paymentTokenId()).isNull();
    }

    @Test
    void completingASaveSessionSetsAPaymentTokenOnly() {
        Session done = sessions.move(create("SAVE").id(), SessionStatus.COMPLETED);

        assertThat(done.payment().paymentTokenId()).matches("pt-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}").hasSize(39);
        assertThat(done.payment().paymentRequestId()).isNull();
        assertThat(done.payment().paymentId()).isNull();
    }

    @Test
    void aPaySessionThatForcesSavingGetsATokenToo() {
        ObjectNode request = request("PAY").put("allow_save_payment_method", "FORCED");
        Session done = sessions.move(sessions.create(SHOP, request, "http://fake").id(), SessionStatus.COMPLETED);

        assertThat(done.payment().paymentTokenId()).matches("pt-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(done.payment().paymentId()).startsWith("py-");
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"COMPLETED", "EXPIRED", "CANCELED"})
    void onlyAnActiveSessionMovesAndTheRefusalNamesBothStatuses(SessionStatus first) {
        String id = create("PAY").id();
        sessions.move(id, first);

        for (SessionStatus next : List.of(SessionStatus.COMPLETED, SessionStatus.EXPIRED, SessionStatus.CANCELED)) {
            assertThatThrownBy(() -> sessions.move(id, next))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(first.name()).hasMessageContaining(next.name());
        }
        assertThat(sessions.find(id).orElseThrow().status()).isEqualTo(first);
    }

    @Test
    void updatedMovesOnEveryChangeEvenWithinTheSameMillisecond() {
        Session created = create("PAY");
        Session done = sessions.move(created.id(), SessionStatus.COMPLETED);

        assertThat(done.updated()).isEqualTo(created.updated().plusMillis(1));
        assertThat(Json.timestamp(done.updated())).isNotEqualTo(Json.timestamp(created.updated()));
        assertThat(done.created()).isEqualTo(created.created());
    }

    @Test
    void aSessionExpiresWhenTheClockPassesExpiresAt() {
        String id = create("PAY").id();

        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(id).orElseThrow().status()).isEqualTo(SessionStatus.ACTIVE);
        clock.advance(Duration.ofMinutes(1));
        Session expired = sessions.find(id).orElseThrow();

        assertThat(expired.status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(expired.payment()).isEqualTo(Payment.NONE);
        assertThatThrownBy(() -> sessions.move(id, SessionStatus.COMPLETED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EXPIRED");
    }

    @Test
    void anExplicitExpiryIsKept() {
        ObjectNode request = request("PAY").put("expires_at", "2026-01-01T18:00:00+07:00");

        Session session = sessions.create(SHOP, request, "http://fake");

        assertThat(session.expiresAt()).isEqualTo(Instant.parse("2026-01-01T11:00:00Z"));
    }

    @Test
    void aCancelByAnotherBusinessIsNotFound() {
        String id = create("PAY").id();

        assertThatThrownBy(() -> sessions.cancel(new Business("xnd_development_other", null), id))
                .isInstanceOf(ApiException.class).hasMessageContaining("NOT_FOUND");
        assertThat(sessions.find(id).orElseThrow().status()).isEqualTo(SessionStatus.ACTIVE);
    }

    @Test
    void ofACompleteRacingACancelExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 200; round++) {
                String id = create("PAY").id();
                CountDownLatch go = new CountDownLatch(1);
                ConcurrentLinkedQueue<SessionStatus> winners = new ConcurrentLinkedQueue<>();
                List<Future<?>> racers = new ArrayList<>();
                for (SessionStatus target : List.of(SessionStatus.COMPLETED, SessionStatus.CANCELED)) {
                    racers.add(pool.submit(() -> {
                        go.await();
                        try {
                            sessions.move(id, target);
                            winners.add(target);
                        } catch (IllegalStateException lost) {
                            // the other one won
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> racer : racers) {
                    racer.get();
                }
                assertThat(winners).hasSize(1);
                assertThat(sessions.find(id).orElseThrow().status()).isEqualTo(winners.peek());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void allListsSessionsInCreationOrderAndResetForgetsThem() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(create("PAY").id());
        }

        assertThat(sessions.all()).extracting(Session::id).containsExactlyElementsOf(ids);
        sessions.reset();
        assertThat(sessions.all()).isEmpty();
        assertThat(sessions.find(ids.get(0))).isEmpty();
    }

    @Test
    void creatingASessionBeyondTheCapacityForgetsTheOldest() {
        SessionService small = new SessionService(clock, new PaymentChannels(), 2);
        Session first = small.create(SHOP, request("PAY"), "http://fake");
        Session second = small.create(SHOP, request("PAY"), "http://fake");
        Session third = small.create(SHOP, request("PAY"), "http://fake");

        assertThat(small.find(first.id())).isEmpty();
        assertThat(small.all()).containsExactly(second, third);
        assertThatThrownBy(() -> small.move(first.id(), SessionStatus.COMPLETED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aForgottenSessionNoLongerWaitsToExpire() {
        SessionService small = new SessionService(clock, new PaymentChannels(), 1);
        small.create(SHOP, request("PAY").put("expires_at", "2026-01-01T10:10:00Z"), "http://fake");
        Session kept = small.create(SHOP, request("PAY"), "http://fake");

        assertThat(small.nextExpiry()).contains(kept.expiresAt());
    }

    @Test
    void afterAResetTheCapacityCountsFromZero() {
        SessionService small = new SessionService(clock, new PaymentChannels(), 2);
        small.create(SHOP, request("PAY"), "http://fake");
        small.create(SHOP, request("PAY"), "http://fake");
        small.reset();

        Session first = small.create(SHOP, request("PAY"), "http://fake");
        Session second = small.create(SHOP, request("PAY"), "http://fake");

        assertThat(small.all()).containsExactly(first, second);
    }

    @Test
    void listenersHearOfEveryChangeOfStatusOnce() {
        List<Session> heard = new ArrayList<>();
        sessions.subscribe(heard::add);
        String paid = create("PAY").id();
        String cancelled = create("PAY").id();
        String expired = create("PAY").id();

        sessions.move(paid, SessionStatus.COMPLETED);
        sessions.cancel(SHOP, cancelled);
        sessions.move(expired, SessionStatus.EXPIRED);
        assertThatThrownBy(() -> sessions.move(paid, SessionStatus.EXPIRED)).isInstanceOf(IllegalStateException.class);

        assertThat(heard).extracting(Session::id, Session::status).containsExactly(
                tuple(paid, SessionStatus.COMPLETED), tuple(cancelled, SessionStatus.CANCELED),
                tuple(expired, SessionStatus.EXPIRED));
    }

    @Test
    void aSessionPastItsExpiryIsAnnouncedOnceHoweverManyReadItAtOnce() throws Exception {
        ConcurrentLinkedQueue<Session> heard = new ConcurrentLinkedQueue<>();
        sessions.subscribe(heard::add);
        String id = create("PAY").id();
        clock.advance(Duration.ofMinutes(31));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> readers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                readers.add(pool.submit(() -> {
                    go.await();
                    return sessions.find(id);
                }));
            }
            go.countDown();
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
        }
        sessions.expireDue();

        assertThat(heard).singleElement().satisfies(session -> {
            assertThat(session.status()).isEqualTo(SessionStatus.EXPIRED);
            assertThat(session.updated()).isEqualTo(session.expiresAt());
        });
    }

    @Test
    void aMoveRefusedBecauseTheSessionExpiredStillAnnouncesTheExpiry() {
        List<Session> heard = new ArrayList<>();
        sessions.subscribe(heard::add);
        String id = create("PAY").id();
        clock.advance(Duration.ofMinutes(30));

        assertThatThrownBy(() -> sessions.move(id, SessionStatus.COMPLETED)).hasMessageContaining("EXPIRED");

        assertThat(heard).extracting(Session::status).containsExactly(SessionStatus.EXPIRED);
    }

    @Test
    void expireDueExpiresEverySessionTheClockPassedAndNextExpiryNamesTheNextOne() {
        List<Session> heard = new ArrayList<>();
        sessions.subscribe(heard::add);
        String first = create("PAY").id();
        Session later = sessions.create(SHOP, request("PAY").put("expires_at", "2026-01-01T11:00:00Z"), "http://fake");
        String paid = create("PAY").id();
        sessions.move(paid, SessionStatus.COMPLETED);
        heard.clear();
        assertThat(sessions.nextExpiry()).contains(START.plus(Duration.ofMinutes(30)));

        clock.advance(Duration.ofMinutes(45));
        sessions.expireDue();

        assertThat(heard).extracting(Session::id).containsExactly(first);
        assertThat(sessions.nextExpiry()).contains(later.expiresAt());
        clock.advance(Duration.ofMinutes(15));
        sessions.expireDue();
        assertThat(heard).extracting(Session::id).containsExactly(first, later.id());
        assertThat(sessions.nextExpiry()).isEmpty();
    }

    @Test
    void aSessionThatExpiresFirstIsReportedAsSoonAsItIsCreated() {
        List<Instant> told = new ArrayList<>();
        sessions.whenSoonestExpiryChanges(() -> told.add(sessions.nextExpiry().orElseThrow()));

        create("PAY");
        create("PAY");
        sessions.create(SHOP, request("PAY").put("expires_at", "2026-01-01T10:20:00Z"), "http://fake");

        assertThat(told).containsExactly(START.plus(Duration.ofMinutes(30)), Instant.parse("2026-01-01T10:20:00Z"));
    }

    @Test
    void aFailingListenerDoesNotUndoTheMove() {
        sessions.subscribe(session -> {
            throw new IllegalStateException("listener broke");
        });
        String id = create("PAY").id();

        sessions.move(id, SessionStatus.COMPLETED);

        assertThat(sessions.find(id).orElseThrow().status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void theCustomerPaysOnAChannelTheSessionOffers() {
        ObjectNode request = request("PAY");
        request.putArray("allowed_payment_channels").add("OVO").add("DANA");
        String id = sessions.create(SHOP, request, "http://fake").id();

        assertThatThrownBy(() -> sessions.complete(id, new CheckoutChoice("QRIS", false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not offer channel 'QRIS'")
                .hasMessageContaining("its allowed_payment_channels are OVO, DANA");
        assertThat(sessions.find(id).orElseThrow().status()).isEqualTo(SessionStatus.ACTIVE);
        Session done = sessions.complete(id, new CheckoutChoice("DANA", false));

        assertThat(done.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(done.attempts()).extracting(Attempt::channel, Attempt::status)
                .containsExactly(tuple("DANA", PaymentAttempt.Status.SUCCEEDED));
    }

    @Test
    void withoutAllowedChannelsTheActivatedChannelsOfItsCountryAndCurrencyAreOffered() {
        PaymentChannels channels = new PaymentChannels();
        channels.deactivate(List.of("OVO"));
        SessionService withOvoOff = new SessionService(clock, channels, 100);
        String id = withOvoOff.create(SHOP, request("PAY"), "http://fake").id();

        assertThatThrownBy(() -> withOvoOff.complete(id, new CheckoutChoice("GCASH", false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not offer channel 'GCASH'")
                .hasMessageContaining("the activated channels of ID in IDR: CARDS, BRI_DIRECT_DEBIT, DANA, SHOPEEPAY");
        assertThatThrownBy(() -> withOvoOff.failPayment(id, "OVO")).hasMessageContaining("channel 'OVO'");
        Session done = withOvoOff.complete(id, new CheckoutChoice("SHOPEEPAY", false));

        assertThat(done.attempts()).extracting(Attempt::channel).containsExactly("SHOPEEPAY");
    }

    @Test
    void aCustomerWhoOptsInSavesTheMethodWhereItIsOptional() {
        ObjectNode optional = request("PAY").put("allow_save_payment_method", "OPTIONAL");
        String optedIn = sessions.create(SHOP, optional, "http://fake").id();
        String declined = sessions.create(SHOP, optional, "http://fake").id();

        Session saved = sessions.complete(optedIn, new CheckoutChoice(null, true));
        Session notSaved = sessions.complete(declined, CheckoutChoice.DEFAULT);

        assertThat(saved.payment().paymentTokenId()).matches("pt-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(saved.payment().paymentId()).startsWith("py-");
        assertThat(notSaved.payment().paymentTokenId()).isNull();
        assertThat(notSaved.payment().paymentId()).startsWith("py-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "DISABLED"})
    void aCustomerCannotSaveTheMethodWhereItIsDisabled(String allowSave) {
        ObjectNode request = request("PAY");
        if (!allowSave.isEmpty()) {
            request.put("allow_save_payment_method", allowSave);
        }
        String id = sessions.create(SHOP, request, "http://fake").id();

        assertThatThrownBy(() -> sessions.complete(id, new CheckoutChoice(null, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allow_save_payment_method DISABLED").hasMessageContaining("OPTIONAL or FORCED");
        assertThat(sessions.find(id).orElseThrow().status()).isEqualTo(SessionStatus.ACTIVE);
    }

    @Test
    void aManualCaptureSessionIsOnlyAuthorised() {
        String manual = sessions.create(SHOP, request("PAY").put("capture_method", "MANUAL"), "http://fake").id();

        Session done = sessions.move(manual, SessionStatus.COMPLETED);

        assertThat(done.attempts()).extracting(Attempt::status).containsExactly(PaymentAttempt.Status.AUTHORIZED);
        assertThat(done.payment().paymentId()).startsWith("py-");
        assertThat(sessions.move(create("PAY").id(), SessionStatus.COMPLETED).attempts())
                .extracting(Attempt::status).containsExactly(PaymentAttempt.Status.SUCCEEDED);
    }

    @Test
    void aFailedPaymentLeavesTheSessionActiveAndUnchangedAndTheCustomerMayPayAfter() {
        List<Session> heard = new ArrayList<>();
        sessions.subscribe(heard::add);
        Session created = create("PAY");

        clock.advance(Duration.ofMinutes(2));
        Session afterFailure = sessions.failPayment(created.id(), "OVO");

        assertThat(afterFailure.status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(SessionJson.render(afterFailure)).isEqualTo(SessionJson.render(created));
        assertThat(heard).isEmpty();
        Session paid = sessions.complete(created.id(), new CheckoutChoice("DANA", false));
        assertThat(paid.attempts()).extracting(Attempt::channel, Attempt::status).containsExactly(
                tuple("OVO", PaymentAttempt.Status.FAILED), tuple("DANA", PaymentAttempt.Status.SUCCEEDED));
        assertThat(paid.attempts().get(0).time()).isEqualTo(START.plus(Duration.ofMinutes(2)));
        assertThatThrownBy(() -> sessions.failPayment(created.id(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is COMPLETED: only an ACTIVE session takes payment attempts");
    }

    private Session create(String type) {
        return sessions.create(SHOP, request(type), "http://fake");
    }

    private static ObjectNode request(String type) {
        return (ObjectNode) Json.parse("""
                {"reference_id":"order-1","session_type":"%s","currency":"IDR","amount":%d,
                 "mode":"PAYMENT_LINK","country":"ID"}""".formatted(type, "SAVE".equals(type) ? 0 : 10000));
    }
}
