package io.github.fakexendit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.SessionHandle;
import io.github.fakexendit.WebhookAttempt;
import io.github.fakexendit.testing.WebhookReceiver;
import io.github.fakexendit.testing.XenditHttp;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension's lifecycle, checked by running small test classes through JUnit's own engine. The classes
 * below are fixtures: Surefire does not run nested classes by itself.
 */
class FakeXenditExtensionTest {

    /** What the fixtures saw, keyed by fixture and step. */
    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    @BeforeEach
    void forget() {
        SEEN.clear();
    }

    @Test
    void oneServerPerClassIsResetBeforeEachTestAndClosedAfterTheClass() {
        Events tests = run(TwoTestMethods.class);

        tests.assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(SEEN.get("first")).isSameAs(SEEN.get("second"));
        assertThat(SEEN).containsEntry("second.sessions", 0).containsEntry("second.requests", 0);
        assertRefusesConnections((FakeXenditServer) SEEN.get("first"));
    }

    @Test
    void theServerIsInjectedIntoConstructorsLifecycleMethodsAndTests() {
        run(Injection.class).assertStatistics(stats -> stats.started(1).succeeded(1));

        assertThat(SEEN.get("beforeAll")).isNotNull()
                .isSameAs(SEEN.get("constructor")).isSameAs(SEEN.get("beforeEach")).isSameAs(SEEN.get("test"));
    }

    @Test
    void aPerClassTestInstanceGetsTheServerInItsConstructorToo() {
        run(PerClass.class).assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(SEEN.get("constructor")).isSameAs(SEEN.get("test"));
    }

    @Test
    void nestedClassesShareTheEnclosingServerWhichIsResetBeforeEachOfTheirTests() {
        run(Outer.class).assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(SEEN.get("outer")).isNotNull().isSameAs(SEEN.get("inner"));
        assertThat(SEEN).containsEntry("inner.sessions", 0);
    }

    @Test
    void theAnnotationIsInheritedWithItsSettings() {
        run(Subclass.class).assertStatistics(stats -> stats.started(1).succeeded(1));

        assertThat(((FakeXenditServer) SEEN.get("subclass")).apiKey()).isEqualTo("xnd_development_inherited");
    }

    @Test
    void classesRunningInParallelEachHaveTheirOwnServer() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .selectors(selectClass(ParallelA.class), selectClass(ParallelB.class), selectClass(ParallelC.class))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(6).succeeded(6));
        assertThat(List.of(SEEN.get("A"), SEEN.get("B"), SEEN.get("C"))).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(SEEN.get("overlap")).as("the classes ran at the same time").isEqualTo(true);
    }

    @Test
    void aParameterTheExtensionCannotSupplyFailsWithAMessageThatSaysWhatToDo() {
        run(WrongParameter.class).assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(
                instanceOf(ParameterResolutionException.class),
                message(m -> m.contains("declare a FakeXenditServer parameter") && m.contains("server.session(id)")))));
    }

    @Test
    void aLiveKeyInTheAnnotationIsAConfigurationErrorThatDoesNotPrintTheKey() {
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(LiveKey.class)).execute()
                .containerEvents();

        events.assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("@FakeXendit on") && m.contains("test-mode") && !m.contains("SECRET")))));
    }

    @Test
    void theWebhookSettingsOfTheAnnotationAreUsed() {
        run(WebhookUrlPerEvent.class).assertStatistics(stats -> stats.started(1).succeeded(1));
        run(WebhookUrlForBoth.class).assertStatistics(stats -> stats.started(1).succeeded(1));
        run(WebhookUrlPerTopic.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void anEventUrlWithoutItsUrlIsAConfigurationErrorThatSaysHowToWriteIt() {
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(EventWebhookUrlWithoutUrl.class))
                .execute().containerEvents();

        events.assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("@FakeXendit on") && m.contains("take event=url")))));
    }

    @Test
    void usingTheServerAfterItsClassEndedFailsToConnect() {
        run(TwoTestMethods.class);
        FakeXenditServer closed = (FakeXenditServer) SEEN.get("first");

        assertThatThrownBy(() -> new XenditHttp(closed.baseUrl(), closed.apiKey()).getSession("ps-1"))
                .hasCauseInstanceOf(ConnectException.class);
    }

    private static Events run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents();
    }

    private static void assertRefusesConnections(FakeXenditServer server) {
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 1000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    private static String createSession(FakeXenditServer server) {
        XenditHttp.Reply reply = new XenditHttp(server.baseUrl(), server.apiKey())
                .createSession(XenditHttp.resource("requests/one-time-payment.json"));
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("payment_session_id").asText();
    }

    @FakeXendit
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class TwoTestMethods {
        @Test
        @Order(1)
        void first(FakeXenditServer server) {
            createSession(server);
            SEEN.put("first", server);
        }

        @Test
        @Order(2)
        void second(FakeXenditServer server) {
            SEEN.put("second", server);
            SEEN.put("second.sessions", server.sessions().size());
            SEEN.put("second.requests", server.requests().size());
        }
    }

    @FakeXendit
    static class Injection {
        Injection(FakeXenditServer server) {
            SEEN.put("constructor", server);
        }

        @BeforeAll
        static void beforeAll(FakeXenditServer server) {
            SEEN.put("beforeAll", server);
        }

        @BeforeEach
        void beforeEach(FakeXenditServer server) {
            SEEN.put("beforeEach", server);
        }

        @Test
        void test(FakeXenditServer server) {
            SEEN.put("test", server);
        }
    }

    @FakeXendit
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClass {
        private final FakeXenditServer server;

        PerClass(FakeXenditServer server) {
            this.server = server;
            SEEN.put("constructor", server);
        }

        @Test
        void one(FakeXenditServer injected) {
            SEEN.put("test", injected);
            assertThat(injected).isSameAs(server);
            createSession(server);
        }

        @Test
        void two() {
            createSession(server);
            assertThat(server.sessions()).hasSize(1);
        }
    }

    @FakeXendit
    static class Outer {
        @Test
        void outer(FakeXenditServer server) {
            createSession(server);
            SEEN.put("outer", server);
        }

        @Nested
        class Inner {
            @Test
            void inner(FakeXenditServer server) {
                SEEN.put("inner", server);
                SEEN.put("inner.sessions", server.sessions().size());
            }
        }
    }

    @FakeXendit(apiKey = "xnd_development_inherited")
    abstract static class Base {
    }

    static class Subclass extends Base {
        @Test
        void test(FakeXenditServer server) {
            SEEN.put("subclass", server);
        }
    }

    /** Three classes that wait for one another, so they provably overlap, each checking it sees only its own. */
    abstract static class ParallelBase {
        static final CountDownLatch ALL_STARTED = new CountDownLatch(3);
        static final List<String> IDS = Collections.synchronizedList(new ArrayList<>());

        @Test
        void createsItsOwnSession(FakeXenditServer server) throws InterruptedException {
            SEEN.put(getClass().getSimpleName().substring("Parallel".length()), server);
            String id = createSession(server);
            ALL_STARTED.countDown();
            SEEN.merge("overlap", ALL_STARTED.await(10, TimeUnit.SECONDS), (a, b) -> (Boolean) a && (Boolean) b);
            assertThat(server.sessions()).extracting(SessionHandle::id).containsExactly(id);
        }

        @Test
        void seesNoOtherClassesRequests(FakeXenditServer server) {
            createSession(server);
            assertThat(server.requests()).hasSize(1);
        }
    }

    @FakeXendit
    static class ParallelA extends ParallelBase {
    }

    @FakeXendit
    static class ParallelB extends ParallelBase {
    }

    @FakeXendit
    static class ParallelC extends ParallelBase {
    }

    /** Nothing listens on port 9 of loopback: the attempts fail at once and show where they went. */
    @FakeXendit(completedWebhookUrl = "http://127.0.0.1:9/completed", expiredWebhookUrl = "http://127.0.0.1:9/expired",
            synchronousWebhooks = true)
    static class WebhookUrlPerEvent {
        @Test
        void test(FakeXenditServer server) {
            server.session(createSession(server)).complete();
            server.session(createSession(server)).expire();

            // the payment's webhook has no URL of its own here, so it is recorded without being sent
            assertThat(server.webhooks().attempts()).extracting(WebhookAttempt::url)
                    .containsExactly(null, "http://127.0.0.1:9/completed", "http://127.0.0.1:9/expired");
        }
    }

    /** Every event to one URL, and the payment's to a URL of its own, as a merchant's dashboard may set them. */
    @FakeXendit(webhookUrl = "http://127.0.0.1:9/all", eventWebhookUrls = "payment.capture=http://127.0.0.1:9/payments",
            synchronousWebhooks = true)
    static class WebhookUrlPerTopic {
        @Test
        void test(FakeXenditServer server) {
            server.session(createSession(server)).complete();

            assertThat(server.webhooks().attempts()).extracting(WebhookAttempt::event, WebhookAttempt::url)
                    .containsExactly(tuple("payment.capture", "http://127.0.0.1:9/payments"),
                            tuple("payment_session.completed", "http://127.0.0.1:9/all"));
        }
    }

    @FakeXendit(eventWebhookUrls = "payment.capture")
    static class EventWebhookUrlWithoutUrl {
        @Test
        void test(FakeXenditServer server) {
        }
    }

    @FakeXendit(webhookUrl = "http://127.0.0.1:9/both", synchronousWebhooks = true, webhookTimeoutMillis = 300)
    static class WebhookUrlForBoth {
        @Test
        void test(FakeXenditServer server) {
            server.session(createSession(server)).expire();
            assertThat(server.webhooks().attempts()).extracting(WebhookAttempt::url)
                    .containsExactly("http://127.0.0.1:9/both");

            try (WebhookReceiver silent = WebhookReceiver.start().holdAnswers()) {
                server.webhooks().sendTo(silent.url());
                server.session(createSession(server)).complete();

                assertThat(server.webhooks().attempts()).last()
                        .satisfies(attempt -> assertThat(attempt.error()).isEqualTo("no answer within 300 ms"));
            }
        }
    }

    @FakeXendit
    static class WrongParameter {
        @Test
        void test(SessionHandle session) {
        }
    }

    @FakeXendit(apiKey = "xnd_production_SECRET")
    static class LiveKey {
        @Test
        void test(FakeXenditServer server) {
        }
    }
}
