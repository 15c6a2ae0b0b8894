package io.github.fakexendit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.SessionHandle;
import io.github.fakexendit.WebhookAttempt;
import io.github.fakexendit.Webhooks;
import io.github.fakexendit.testing.ProcessResources;
import io.github.fakexendit.testing.RawHttp;
import io.github.fakexendit.testing.XenditHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A suite of many test classes using {@code @FakeXendit}, run by JUnit's own engine with classes in parallel,
 * round after round: every test passes, each class sees only its own server, and once the rounds are over the
 * servers have left nothing behind: no thread, no socket, no listening port. Measured on Linux from
 * {@code /proc/self}. The classes below are fixtures: Surefire does not run nested classes by itself.
 */
@EnabledOnOs(OS.LINUX)
class ParallelSuiteTest {

    static final int ROUNDS = 5;
    static final List<Class<?>> CLASSES = List.of(F01.class, F02.class, F03.class, F04.class, F05.class, F06.class,
            F07.class, F08.class, F09.class, F10.class, F11.class, F12.class);
    static final int TESTS_PER_CLASS = 3;

    /** The port of the server each fixture test ran against. */
    static final Queue<Integer> PORTS = new ConcurrentLinkedQueue<>();

    /** Threads that the fake starts: the I/O threads the servers share, each server's clock, its webhook deliveries. */
    private static final Predicate<String> FAKE_THREADS = name -> name.startsWith("fake-xendit")
            || name.startsWith("HttpClient-");

    @Test
    void manyClassesInParallelStayGreenAndIsolatedAndLeaveNoThreadSocketOrPort() {
        runRound(); // a warm-up: classes loaded, the JVM's own lazy threads and files opened once
        PORTS.clear();
        List<String> threadsBefore = ProcessResources.threadNames();
        Map<String, Integer> filesBefore = ProcessResources.openFileDescriptors();
        Set<Integer> listeningBefore = ProcessResources.listeningPorts();

        for (int round = 0; round < ROUNDS; round++) {
            runRound();
        }

        List<String> threadsAfter = ProcessResources.threadNames();
        Map<String, Integer> filesAfter = ProcessResources.openFileDescriptors();
        Set<Integer> listeningAfter = ProcessResources.listeningPorts();
        System.out.printf("parallel suite: %d rounds of %d classes, %d tests, %d servers on %d ports; fake threads"
                        + " before %s after %s; descriptors before %s after %s; listening before %s after %s%n",
                ROUNDS, CLASSES.size(), ROUNDS * CLASSES.size() * TESTS_PER_CLASS, ROUNDS * CLASSES.size(),
                new TreeSet<>(PORTS).size(), threadsBefore.stream().filter(FAKE_THREADS).toList(),
                threadsAfter.stream().filter(FAKE_THREADS).toList(), filesBefore, filesAfter, listeningBefore,
                listeningAfter);

        assertThat(PORTS).hasSize(ROUNDS * CLASSES.size() * TESTS_PER_CLASS);
        assertThat(threadsAfter.stream().filter(FAKE_THREADS)).as("threads the fake left running")
                .isSubsetOf(threadsBefore);
        assertThat(listeningAfter).as("listening ports").isEqualTo(listeningBefore)
                .doesNotContainAnyElementsOf(PORTS);
        for (String kind : List.of("socket", "pipe", "anon_inode:[eventpoll]")) {
            assertThat(filesAfter.getOrDefault(kind, 0)).as("open descriptors of kind " + kind)
                    .isLessThanOrEqualTo(filesBefore.getOrDefault(kind, 0));
        }
    }

    private static void runRound() {
        EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .selectors(CLASSES.stream().map(c -> selectClass(c)).toArray(ClassSelector[]::new))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(CLASSES.size() * TESTS_PER_CLASS)
                        .succeeded(CLASSES.size() * TESTS_PER_CLASS));
    }

    /** What each fixture class does: sessions, moves, webhooks, all checked against its own server alone. */
    @FakeXendit
    abstract static class SuiteFixture {

        private final FakeXenditServer server;
        private final String name = getClass().getSimpleName();

        SuiteFixture(FakeXenditServer server) {
            this.server = server;
        }

        @Test
        void createsCompletesAndCancelsOnlyItsOwnSessions() {
            PORTS.add(server.port());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(create(name + "-" + i));
            }
            server.session(ids.get(0)).complete();
            RawHttp.Reply cancelled = RawHttp.exchange(server.port(), RawHttp.request("POST",
                    "/sessions/" + ids.get(1) + "/cancel", Map.of("Authorization", key()), new byte[0]));

            assertThat(cancelled.status()).isEqualTo(200);
            assertThat(server.sessions()).extracting(SessionHandle::id).containsExactlyElementsOf(ids);
            assertThat(server.requests()).hasSize(6)
                    .allSatisfy(request -> assertThat(request.body()).satisfiesAnyOf(
                            body -> assertThat(body).isEmpty(), body -> assertThat(body).contains(name + "-")));
        }

        @Test
        void sendsItsWebhookForItsOwnSession() {
            PORTS.add(server.port());
            // any answer will do: the attempt is logged with the status it got
            server.webhooks().sendTo(server.baseUrl() + "/_fake/health");
            String id = create(name + "-paid");
            server.session(id).complete();

            List<WebhookAttempt> attempts = server.webhooks().await(2, Duration.ofSeconds(10));

            assertThat(attempts.get(0).event()).isEqualTo(Webhooks.PAYMENT_CAPTURE);
            assertThat(attempts.get(0).resourceId()).isEqualTo(server.session(id).paymentId());
            assertThat(attempts).hasSize(2).last().satisfies(attempt -> {
                assertThat(attempt.sessionId()).isEqualTo(id);
                assertThat(attempt.event()).isEqualTo(Webhooks.COMPLETED);
                assertThat(attempt.status()).isEqualTo(405);
            });
        }

        @Test
        void startsEachTestOnAnEmptyServer() {
            PORTS.add(server.port());
            assertThat(server.sessions()).isEmpty();
            assertThat(server.requests()).isEmpty();
            assertThat(server.webhooks().attempts()).isEmpty();
        }

        private String create(String reference) {
            byte[] body = ("{\"reference_id\":\"" + reference + "\",\"session_type\":\"PAY\",\"currency\":\"IDR\","
                    + "\"amount\":10000,\"mode\":\"PAYMENT_LINK\",\"country\":\"ID\"}")
                    .getBytes(StandardCharsets.UTF_8);
            RawHttp.Reply created = RawHttp.exchange(server.port(), RawHttp.request("POST", "/sessions",
                    Map.of("Authorization", key(), "Content-Type", "application/json"), body));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonNode session = XenditHttp.parse(created.body());
            return session.get("payment_session_id").asText();
        }

        private String key() {
            return XenditHttp.basic(server.apiKey());
        }
    }

    static class F01 extends SuiteFixture {
        F01(FakeXenditServer server) {
            super(server);
        }
    }

    static class F02 extends SuiteFixture {
        F02(FakeXenditServer server) {
            super(server);
        }
    }

    static class F03 extends SuiteFixture {
        F03(FakeXenditServer server) {
            super(server);
        }
    }

    static class F04 extends SuiteFixture {
        F04(FakeXenditServer server) {
            super(server);
        }
    }

    static class F05 extends SuiteFixture {
        F05(FakeXenditServer server) {
            super(server);
        }
    }

    static class F06 extends SuiteFixture {
        F06(FakeXenditServer server) {
            super(server);
        }
    }

    static class F07 extends SuiteFixture {
        F07(FakeXenditServer server) {
            super(server);
        }
    }

    static class F08 extends SuiteFixture {
        F08(FakeXenditServer server) {
            super(server);
        }
    }

    static class F09 extends SuiteFixture {
        F09(FakeXenditServer server) {
            super(server);
        }
    }

    static class F10 extends SuiteFixture {
        F10(FakeXenditServer server) {
            super(server);
        }
    }

    static class F11 extends SuiteFixture {
        F11(FakeXenditServer server) {
            super(server);
        }
    }

    static class F12 extends SuiteFixture {
        F12(FakeXenditServer server) {
            super(server);
        }
    }
}
