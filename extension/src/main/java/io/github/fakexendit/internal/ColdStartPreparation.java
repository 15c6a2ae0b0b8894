package io.github.fakexendit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.sessions.Business;
import io.github.fakexendit.internal.sessions.FakeClock;
import io.github.fakexendit.internal.sessions.SessionJson;
import io.github.fakexendit.internal.sessions.SessionService;
import io.github.fakexendit.internal.validation.CreateSessionValidator;
import io.github.fakexendit.internal.validation.RuleContext;
import java.lang.management.ManagementFactory;

/**
 * Work that the first server of a JVM does on another core while its own thread starts XNIO and Undertow, so
 * that the first response of a fresh JVM comes sooner (on two cores, about a third sooner):
 * <ul>
 *   <li>the platform MBean server, which XNIO registers its workers with: creating it is a tenth of a second of
 *       class loading that XNIO would otherwise do on the starting thread;</li>
 *   <li>a sample {@code POST /sessions} body through parsing, validation, a scratch session store and
 *       rendering, so that the classes of that path are ready when the merchant's first request arrives.</li>
 * </ul>
 * It runs once per JVM (this class's initialization starts it) and touches no server's state.
 */
final class ColdStartPreparation {

    private static final String SAMPLE = """
            {"reference_id":"warm-up","session_type":"PAY","mode":"PAYMENT_LINK","amount":10000.50,"currency":"IDR",
             "country":"ID","customer":{"reference_id":"warm-up","type":"INDIVIDUAL","email":"a@example.com",
             "individual_detail":{"given_names":"A"}},"items":[{"reference_id":"i","name":"n","net_unit_amount":1,
             "quantity":1,"category":"c"}],"expires_at":"2030-01-01T00:00:00Z"}""";

    static {
        Thread thread = new Thread(ColdStartPreparation::prepare, "fake-xendit-cold-start-preparation");
        thread.setDaemon(true);
        thread.start();
    }

    private ColdStartPreparation() {
    }

    /** Starts the preparation the first time it is called in a JVM; returns at once. */
    static void start() {
        // the work is started by this class's initialization, which the JVM runs once
    }

    private static void prepare() {
        try {
            ManagementFactory.getPlatformMBeanServer();
            FakeClock clock = FakeClock.system();
            ObjectNode body = (ObjectNode) Json.parse(SAMPLE);
            new CreateSessionValidator().validate(body, new RuleContext(clock.instant()));
            SessionService scratch = new SessionService(clock, 1);
            Json.bytes(SessionJson.render(scratch.create(new Business(ApiKeys.TEST_PREFIX + "warm-up", null), body,
                    "http://127.0.0.1:1")));
        } catch (RuntimeException ignored) {
            // a preparation only: the real request meets any problem and reports it
        }
    }
}
