package io.github.fakexendit.junit;

import static io.github.fakexendit.assertj.FakeXenditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.fakexendit.Fault;
import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.testing.XenditHttp;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Strict mode fails a test whose merchant code got a rejection the test did not expect, and only then. The
 * classes below are fixtures run through JUnit's own engine; Surefire does not run nested classes by itself.
 */
class StrictModeTest {

    private static final String INVALID = "{\"reference_id\": \"order-1\", \"session_type\": \"PAY\"}";

    @Test
    void anUnexpectedRejectionFailsTheTestShowingTheRequest() {
        run(Unexpected.class).testEvents().assertThatEvents().haveExactly(1, event(test("swallowsARejection"),
                finishedWithFailure(instanceOf(AssertionError.class), message(m -> m.startsWith(
                        "fake-xendit strict mode: the fake rejected 1 request that the test did not expect:\n\n"
                                + "1. POST /sessions -> 400 API_VALIDATION_ERROR: "
                                + "request/body must have required property 'currency'\n")
                        && m.contains("\"reference_id\" : \"order-1\"")
                        && m.contains("hasRejectedRequest().hasErrorCode(\"API_VALIDATION_ERROR\")")))));
    }

    @Test
    void aRejectionTheTestAssertsOrDeclaresPasses() {
        run(Expected.class).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void scriptedFaultsAndAdminCallsAreNotRejections() {
        run(Faults.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void eachTestAnswersForItsOwnRejectionsAndTheClassEndsCleanly() {
        EngineExecutionResults results = run(OneFailingOneClean.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        results.containerEvents().assertStatistics(stats -> stats.failed(0));
    }

    @Test
    void withoutStrictModeARejectionPassesUnnoticed() {
        run(Lenient.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void aStrictServerWithoutJUnitReportsWhenClosedAndOnlyOnce() {
        FakeXenditServer server = FakeXenditServer.builder().strict(true).start();
        new XenditHttp(server.baseUrl(), server.apiKey()).createSession(INVALID);

        assertThatThrownBy(server::close).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("fake-xendit strict mode: the fake rejected 1 request");
        server.close();
    }

    @Test
    void anyServerCanBeCheckedOnDemand() {
        try (FakeXenditServer server = FakeXenditServer.start()) {
            XenditHttp xendit = new XenditHttp(server.baseUrl(), server.apiKey());
            xendit.getSession("ps-1");
            xendit.createSession(INVALID);

            assertThatThrownBy(server::verifyNoUnexpectedRejections)
                    .hasMessageStartingWith("fake-xendit strict mode: the fake rejected 2 requests")
                    .hasMessageContaining("1. GET /sessions/ps-1 -> 404")
                    .hasMessageContaining("2. POST /sessions -> 400");
            server.verifyNoUnexpectedRejections();
        }
    }

    private static EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
    }

    private static XenditHttp client(FakeXenditServer server) {
        return new XenditHttp(server.baseUrl(), server.apiKey());
    }

    @FakeXendit(strict = true)
    static class Unexpected {
        @Test
        void swallowsARejection(FakeXenditServer xendit) {
            client(xendit).createSession(INVALID);
        }
    }

    @FakeXendit(strict = true)
    static class Expected {
        @Test
        void assertsIt(FakeXenditServer xendit) {
            client(xendit).createSession(INVALID);

            assertThat(xendit).hasRejectedRequest().hasErrorCode("API_VALIDATION_ERROR");
        }

        @Test
        void assertsHowMany(FakeXenditServer xendit) {
            client(xendit).getSession("ps-1");
            client(xendit).getSession("ps-2");

            assertThat(xendit).hasRejectedRequests(2);
        }

        @Test
        void declaresItFirst(FakeXenditServer xendit) {
            xendit.expectRejections(request -> "NOT_FOUND".equals(request.errorCode()));

            client(xendit).getSession("ps-1");
        }
    }

    @FakeXendit(strict = true)
    static class Faults {
        @Test
        void getsScriptedErrors(FakeXenditServer xendit) {
            xendit.inject(Fault.rateLimited()).inject(Fault.serverError());
            client(xendit).getSession("ps-1");
            client(xendit).getSession("ps-1");
            XenditHttp.send(client(xendit).request("/_fake/nowhere").GET().build());
        }
    }

    @FakeXendit(strict = true)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class OneFailingOneClean {
        @Test
        @Order(1)
        void swallowsARejection(FakeXenditServer xendit) {
            client(xendit).createSession(INVALID);
        }

        @Test
        @Order(2)
        void isClean(FakeXenditServer xendit) {
            client(xendit).createSession(XenditHttp.resource("requests/one-time-payment.json"));
        }
    }

    @FakeXendit
    static class Lenient {
        @Test
        void swallowsARejection(FakeXenditServer xendit) {
            client(xendit).createSession(INVALID);
        }
    }
}
