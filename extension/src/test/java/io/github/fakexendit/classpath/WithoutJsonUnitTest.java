package io.github.fakexendit.classpath;

import static io.github.fakexendit.assertj.FakeXenditAssertions.assertThat;
import static io.github.fakexendit.testing.XenditHttp.resource;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import org.junit.jupiter.api.Test;

/**
 * The assertions without json-unit on the classpath: everything but the JSON body comparisons works. Runs in
 * a Surefire execution of its own, whose classpath leaves json-unit out.
 */
@FakeXendit
class WithoutJsonUnitTest {

    @Test
    void theAssertionsWorkAndOnlyTheJsonComparisonsNeedJsonUnit(FakeXenditServer xendit) {
        assertThatThrownBy(() -> Class.forName("net.javacrumbs.jsonunit.assertj.JsonAssertions"))
                .as("this run leaves json-unit out").isInstanceOf(ClassNotFoundException.class);
        new XenditHttp(xendit.baseUrl(), xendit.apiKey()).createSession(resource("requests/one-time-payment.json"));

        assertThat(xendit).hasCreatedSessions(1).first().hasReferenceId("order_12345_PAY").hasStatus(201);
        assertThatThrownBy(() -> assertThat(xendit).hasCreatedSessions(1).first().hasAmount(1))
                .hasMessageStartingWith("Expected amount of the request that created session");
        assertThatThrownBy(() -> assertThat(xendit).hasCreatedSessions(1).first().hasBodyMatching("{}"))
                .isInstanceOf(NoClassDefFoundError.class);
    }
}
