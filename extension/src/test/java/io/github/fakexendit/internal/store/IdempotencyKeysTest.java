package io.github.fakexendit.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.FakeClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    private final FakeClock clock = new FakeClock(Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));
    private final IdempotencyKeys<String> keys = new IdempotencyKeys<>(clock, 100);
    private final AtomicInteger runs = new AtomicInteger();

    private String create() {
        return "object-" + runs.incrementAndGet();
    }

    private String send(Object scope, String key, Object request) {
        return keys.answer(scope, key, request, this::create, answer -> true);
    }

    @Test
    void theSameKeyAndRequestGetTheFirstAnswerWithoutRunningTheWorkAgain() {
        assertThat(send("biz", "k1", "body")).isEqualTo("object-1");
        assertThat(send("biz", "k1", "body")).isEqualTo("object-1");

        assertThat(runs).hasValue(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndTheFirstAnswerStays() {
        send("biz", "k1", "body");

        assertThatThrownBy(() -> send("biz", "k1", "other body"))
                .isInstanceOf(IdempotencyKeys.KeyReusedException.class)
                .hasMessage("Idempotency key has been used before.");
        assertThat(send("biz", "k1", "body")).isEqualTo("object-1");
        assertThat(runs).hasValue(1);
    }

    @Test
    void keysAreScopedToTheirBusiness() {
        assertThat(send("biz-a", "k1", "body")).isEqualTo("object-1");
        assertThat(send("biz-b", "k1", "body")).isEqualTo("object-2");
        assertThatThrownBy(() -> send("biz-b", "k1", "another body"))
                .isInstanceOf(IdempotencyKeys.KeyReusedException.class);
        assertThat(send("biz-a", "k1", "body")).isEqualTo("object-1");
    }

    @Test
    void aKeyIsRememberedForTwentyFourHoursOfTheServerClock() {
        send("biz", "k1", "body");
        clock.advance(Duration.ofHours(24).minusMillis(1));
        assertThat(send("biz", "k1", "body")).isEqualTo("object-1");

        clock.advance(Duration.ofMillis(1));
        assertThat(send("biz", "k1", "body")).isEqualTo("object-2");
        assertThat(send("biz", "k1", "body")).isEqualTo("object-2");
    }

    @Test
    void afterTheWindowTheKeyMayCarryAnotherRequest() {
        send("biz", "k1", "body");
        clock.advance(Duration.ofHours(25));

        assertThat(send("biz", "k1", "other body")).isEqualTo("object-2");
    }

    @Test
    void anAnswerThatIsNotRememberedLeavesTheKeyFree() {
        String refused = keys.answer("biz", "k1", "bad body", () -> "400", answer -> false);

        assertThat(refused).isEqualTo("400");
        assertThat(keys.size()).isZero();
        assertThat(send("biz", "k1", "corrected body")).isEqualTo("object-1");
    }

    @Test
    void workThatThrowsLeavesTheKeyFree() {
        assertThatThrownBy(() -> keys.answer("biz", "k1", "body", () -> {
            throw new IllegalStateException("boom");
        }, answer -> true)).hasMessage("boom");

        assertThat(send("biz", "k1", "body")).isEqualTo("object-1");
    }

    @Test
    void holdsAtMostItsCapacityForgettingTheOldestKey() {
        IdempotencyKeys<String> small = new IdempotencyKeys<>(clock, 2);
        small.answer("biz", "k1", "body", this::create, a -> true);
        small.answer("biz", "k2", "body", this::create, a -> true);
        small.answer("biz", "k3", "body", this::create, a -> true);

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.answer("biz", "k3", "body", this::create, a -> true)).isEqualTo("object-3");
        assertThat(small.answer("biz", "k1", "body", this::create, a -> true)).isEqualTo("object-4");
    }

    @Test
    void clearForgetsEveryKey() {
        send("biz", "k1", "body");
        keys.clear();

        assertThat(send("biz", "k1", "body")).isEqualTo("object-2");
    }

    @Test
    void manyThreadsSendingOneKeyTogetherRunTheWorkOnceAndAllGetItsAnswer() throws Exception {
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 50; round++) {
                String key = "key-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> answers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return keys.answer("biz", key, "body", () -> {
                            Thread.yield(); // widen the window in which the others arrive
                            return create();
                        }, a -> true);
                    }));
                }
                start.countDown();
                Set<String> distinct = ConcurrentHashMap.newKeySet();
                for (Future<String> answer : answers) {
                    distinct.add(answer.get(10, TimeUnit.SECONDS));
                }
                assertThat(distinct).hasSize(1);
            }
            assertThat(runs).hasValue(50);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyThreadsWithOneKeyAndDifferentBodiesCreateOneObjectAndRefuseTheRest() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String body = "body-" + t;
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        return send("biz", "shared", body);
                    } catch (IdempotencyKeys.KeyReusedException e) {
                        return "409";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> answer : answers) {
                results.add(answer.get(10, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn(r -> !r.equals("409")).containsExactly("object-1");
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fingerprintsIgnoreWhitespaceAndPropertyOrderButNotValues() {
        RequestFingerprint a = RequestFingerprint.of("POST /refunds",
                Json.parse("{\"amount\": 100, \"reason\": \"OTHERS\", \"metadata\": {\"x\": 1, \"y\": [1, 2]}}"));
        RequestFingerprint b = RequestFingerprint.of("POST /refunds",
                Json.parse("{\"metadata\":{\"y\":[1,2],\"x\":1},\"reason\":\"OTHERS\",\"amount\":100.0}"));

        assertThat(a).isEqualTo(b);
        assertThat(RequestFingerprint.of("POST /refunds", Json.parse("{\"amount\": 101}")))
                .isNotEqualTo(RequestFingerprint.of("POST /refunds", Json.parse("{\"amount\": 100}")));
        assertThat(RequestFingerprint.of("POST /refunds", Json.parse("{\"y\": [1, 2]}")))
                .isNotEqualTo(RequestFingerprint.of("POST /refunds", Json.parse("{\"y\": [2, 1]}")));
        assertThat(RequestFingerprint.of("POST /v3/payment_requests", Json.parse("{}")))
                .isNotEqualTo(RequestFingerprint.of("POST /refunds", Json.parse("{}")));
        assertThat(RequestFingerprint.of("POST /refunds", Json.parse("{\"a\": \"1\"}")))
                .isNotEqualTo(RequestFingerprint.of("POST /refunds", Json.parse("{\"a\": 1}")));
    }
}
