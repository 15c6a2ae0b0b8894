package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads at once on one server, over HTTP and through the handle: no session is lost or made twice, ids
 * are unique, every session moves at most once (of a complete and a cancel that race, exactly one wins, and the
 * webhooks agree with the winner), and the journal holds every request up to its capacity.
 */
class ConcurrencyTest {

    static final int THREADS = 8;
    static final int SESSIONS_PER_THREAD = 50;

    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void concurrentCreatesAndReadsLoseNoSessionAndMakeNoneTwice() throws Exception {
        try (FakeXenditServer server = FakeXenditServer.start()) {
            XenditHttp xendit = new XenditHttp(server.baseUrl(), server.apiKey());
            Queue<String> created = new ConcurrentLinkedQueue<>();
            Map<String, String> referenceOf = new ConcurrentHashMap<>();

            List<Integer> requestsSent = onEveryThread(thread -> {
                int sent = 0;
                for (int i = 0; i < SESSIONS_PER_THREAD; i++) {
                    String reference = "t" + thread + "-" + i;
                    Reply reply = xendit.createSession(SessionsApiTest.minimal("PAY", 10_000)
                            .put("reference_id", reference));
                    sent++;
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
                    String id = reply.json().get("payment_session_id").asText();
                    // its reference first: another thread may pick the session as soon as it is in created
                    referenceOf.put(id, reference);
                    created.add(id);
                    // read back a session some other thread made, to read while others write
                    List<String> sessionsSoFar = List.copyOf(created);
                    String other = sessionsSoFar.get(ThreadLocalRandom.current().nextInt(sessionsSoFar.size()));
                    Reply read = xendit.getSession(other);
                    sent++;
                    assertThat(read.status()).isEqualTo(200);
                    assertThat(read.json().get("reference_id").asText()).isEqualTo(referenceOf.get(other));
                }
                return sent;
            });

            int total = THREADS * SESSIONS_PER_THREAD;
            assertThat(created).hasSize(total).doesNotHaveDuplicates();
            assertThat(server.sessions()).extracting(SessionHandle::id).containsExactlyInAnyOrderElementsOf(created);
            assertThat(server.requests()).as("the journal holds every request")
                    .hasSize(requestsSent.stream().mapToInt(Integer::intValue).sum());
            assertThat(server.requests().stream().filter(r -> r.method().equals("POST")).map(r ->
                    r.json().orElseThrow().get("reference_id").asText())).containsExactlyInAnyOrderElementsOf(
                    referenceOf.values());
        }
    }

    @Test
    void ofACompleteAndACancelThatRaceExactlyOneWinsAndTheWebhooksAgree() throws Exception {
        try (FakeXenditServer server = FakeXenditServer.start()) {
            XenditHttp xendit = new XenditHttp(server.baseUrl(), server.apiKey());
            int pairs = THREADS / 2;
            List<List<String>> sessionsOfPair = new ArrayList<>();
            for (int pair = 0; pair < pairs; pair++) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < SESSIONS_PER_THREAD; i++) {
                    ids.add(xendit.createSession(SessionsApiTest.minimal("PAY", 10_000)).json()
                            .get("payment_session_id").asText());
                }
                sessionsOfPair.add(ids);
            }
            List<CyclicBarrier> starts = IntStream.range(0, pairs).mapToObj(p -> new CyclicBarrier(2)).toList();
            Map<String, SessionStatus> won = new ConcurrentHashMap<>();
            Set<String> lost = ConcurrentHashMap.newKeySet();

            // thread 2p completes the pair's sessions, thread 2p+1 cancels them, each session at the same moment;
            // each side uses the handle for half of them and HTTP for the other half
            onEveryThread(thread -> {
                List<String> ids = sessionsOfPair.get(thread / 2);
                boolean completes = thread % 2 == 0;
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(i);
                    starts.get(thread / 2).await(10, TimeUnit.SECONDS);
                    boolean moved = completes ? complete(server, xendit, id, i % 2 == 0)
                            : cancel(server, xendit, id, i % 2 == 1);
                    if (moved) {
                        assertThat(won.put(id, completes ? SessionStatus.COMPLETED : SessionStatus.CANCELED))
                                .as("a second winner for " + id).isNull();
                    } else {
                        lost.add(id + (completes ? " complete" : " cancel"));
                    }
                }
                return ids.size();
            });

            List<String> all = sessionsOfPair.stream().flatMap(List::stream).toList();
            assertThat(won.keySet()).containsExactlyInAnyOrderElementsOf(all);
            assertThat(lost).hasSize(all.size());
            for (String id : all) {
                assertThat(server.session(id).status()).as(id).isEqualTo(won.get(id));
                assertThat(xendit.getSession(id).json().get("status").asText()).isEqualTo(won.get(id).name());
            }
            Set<String> completed = won.entrySet().stream().filter(e -> e.getValue() == SessionStatus.COMPLETED)
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            // each completion sends its payment's webhook, then the session's
            List<WebhookAttempt> webhooks = server.webhooks().await(2 * completed.size(), Duration.ofSeconds(10));
            List<WebhookAttempt> ofSessions = webhooks.stream().filter(w -> w.sessionId() != null).toList();
            assertThat(ofSessions).as("one completed webhook per completed session, none for a cancelled one")
                    .extracting(WebhookAttempt::sessionId).containsExactlyInAnyOrderElementsOf(completed);
            assertThat(ofSessions).extracting(WebhookAttempt::event).containsOnly(Webhooks.COMPLETED);
            assertThat(webhooks).filteredOn(w -> w.sessionId() == null).extracting(WebhookAttempt::event)
                    .hasSize(completed.size()).containsOnly(Webhooks.PAYMENT_CAPTURE);
            assertThat(server.payments()).hasSize(completed.size());
            System.out.printf("complete-cancel races: %d, completes won %d, cancels won %d%n", all.size(),
                    completed.size(), all.size() - completed.size());
        }
    }

    @Test
    void theJournalKeepsTheNewestRequestsUpToItsCapacityAndCountsTheRest() throws Exception {
        try (FakeXenditServer server = FakeXenditServer.builder().journalCapacity(100).start()) {
            XenditHttp xendit = new XenditHttp(server.baseUrl(), server.apiKey());

            List<Integer> sent = onEveryThread(thread -> {
                for (int i = 0; i < SESSIONS_PER_THREAD; i++) {
                    assertThat(xendit.getSession("ps-t" + thread + "-" + i).status()).isEqualTo(404);
                }
                return SESSIONS_PER_THREAD;
            });
            int total = sent.stream().mapToInt(Integer::intValue).sum();

            assertThat(server.requests()).hasSize(100).extracting(RecordedRequest::path).doesNotHaveDuplicates();
            assertThat(xendit.get("/_fake/requests").json().get("dropped").asInt()).isEqualTo(total - 100);
        }
    }

    private static boolean complete(FakeXenditServer server, XenditHttp xendit, String id, boolean overHttp) {
        return moved(overHttp, () -> xendit.post("/_fake/sessions/" + id + "/complete"), 409,
                () -> server.session(id).complete());
    }

    private static boolean cancel(FakeXenditServer server, XenditHttp xendit, String id, boolean overHttp) {
        return moved(overHttp, () -> xendit.cancelSession(id), 422, () -> server.session(id).cancel());
    }

    /** Whether the move won: over HTTP a 200 (or the status of a session already moved), else no exception. */
    private static boolean moved(boolean overHttp, Supplier<Reply> http, int alreadyMoved, Runnable handle) {
        if (overHttp) {
            int status = http.get().status();
            assertThat(status).isIn(200, alreadyMoved);
            return status == 200;
        }
        try {
            handle.run();
            return true;
        } catch (IllegalStateException moved) {
            return false;
        }
    }

    /** Runs {@code work} on every thread at once (given the thread's number) and returns what each returned. */
    private <T> List<T> onEveryThread(ThreadWork<T> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<T>> futures = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int number = thread;
            futures.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return work.run(number);
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return Collections.unmodifiableList(results);
    }

    @FunctionalInterface
    interface ThreadWork<T> {
        T run(int thread) throws Exception;
    }
}
