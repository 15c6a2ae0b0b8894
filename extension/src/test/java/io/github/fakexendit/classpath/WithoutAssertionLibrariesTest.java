package io.github.fakexendit.classpath;

import static io.github.fakexendit.RecordedRequest.matching;
import static io.github.fakexendit.testing.XenditHttp.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.fakexendit.Fault;
import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The server and the JUnit extension need neither AssertJ nor json-unit: waiting, faults and strict mode work
 * with JUnit alone. Runs in a Surefire execution of its own, whose classpath leaves both out.
 */
@FakeXendit
class WithoutAssertionLibrariesTest {

    @Test
    void waitingFaultsAndStrictModeWorkWithJUnitAlone(FakeXenditServer xendit) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.assertj.core.api.Assertions"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("net.javacrumbs.jsonunit.core.Option"));
        XenditHttp client = new XenditHttp(xendit.baseUrl(), xendit.apiKey());

        xendit.inject(Fault.serverError());
        assertEquals(500, client.createSession(resource("requests/one-time-payment.json")).status());
        assertEquals(500, xendit.awaitRequest(matching("POST", "/sessions"), Duration.ofSeconds(10)).status());

        var strict = EngineTestKit.engine("junit-jupiter").selectors(selectClass(Strict.class)).execute();
        strict.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        Throwable failure = strict.testEvents().failed().list().get(0)
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertTrue(failure.getMessage().startsWith("fake-xendit strict mode"), failure.getMessage());
    }

    @FakeXendit(strict = true)
    static class Strict {
        @Test
        void swallowsARejection(FakeXenditServer xendit) {
            new XenditHttp(xendit.baseUrl(), xendit.apiKey()).getSession("ps-1");
        }
    }
}
