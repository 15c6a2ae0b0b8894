package io.github.fakexendit.internal.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiKeys;
import io.github.fakexendit.internal.platform.Business;
import io.github.fakexendit.internal.platform.FakeClock;
import io.github.fakexendit.internal.platform.PaymentChannels;
import io.github.fakexendit.internal.sessions.SessionJson;
import io.github.fakexendit.internal.sessions.SessionService;
import io.github.fakexendit.internal.validation.CreateSessionValidator;
import io.github.fakexendit.internal.validation.RuleContext;
import java.lang.management.ManagementFactory;

/**
 * Work that the first server of a JVM does on another thread while its own thread starts XNIO and Undertow, so
 * that on a machine with a core to spare the first response of a fresh JVM comes sooner:
 * <ul>
 *   <li>the platform MBean server, which XNIO registers its workers with: creating it is a tenth of a second of
 *       class loading that XNIO would otherwise do on the starting thread;</li>
 *   <li>a sample {@code POST /sessions} body through parsing, validation, a scratch session store and
 *       rendering, so that the classes of that path are ready when the merchant's first request arrives.</li>
 * </ul>
 * It runs once per JVM (this class's initialization starts it) and touches no server's state.
 */
final class ColdStartPreparation {

    /** The create page's one-time payment example: every kind of node, a customer, items. */
    private static final String SAMPLE = """
            {"reference_id":"order_12345_PAY","session_type":"PAY","mode":"PAYMENT_LINK","amount":10000,
             "currency":"PHP","country":"PH","customer":{"reference_id":"cust_Lorem_Ipsum","type":"INDIVIDUAL",
             "email":"test@yourdomain.com","mobile_number":"+6212345678",
             "individual_detail":{"given_names":"Lorem","surname":"Ipsum"}},
             "items":[{"reference_id":"item_001","name":"Clothes","description":"Red clothes",
             "type":"PHYSICAL_PRODUCT","category":"CLOTHES","net_unit_amount":10000,"quantity":1,"currency":"PHP",
             "url":"https://example.com/item"}],"capture_method":"AUTOMATIC","locale":"en",
             "description":"Sample one-time payment using Payment Session",
             "success_return_url":"https://yourcompany.com/success",
             "cancel_return_url":"https://yourcompany.com/cancel"}""";

    static {
        // not named fake-xendit-...: those are a server's threads, which close() waits for; this one ends alone
        Thread thread = new Thread(ColdStartPreparation::prepare, "cold-start-preparation-of-fake-xendit");
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
            answerSample();
        } catch (RuntimeException ignored) {
            // a preparation only: the real request meets any problem and reports it
        }
    }

    /** What the server would answer to the sample, created in a scratch store. */
    static byte[] answerSample() {
        FakeClock clock = FakeClock.system();
        ObjectNode body = (ObjectNode) Json.parse(SAMPLE);
        new CreateSessionValidator().validate(body, new RuleContext(clock.instant(), new PaymentChannels()))
                .ifPresent(invalid -> {
                    throw new IllegalStateException("the sample is invalid: " + invalid.message());
                });
        SessionService scratch = new SessionService(clock, new PaymentChannels(), 1);
        return Json.bytes(SessionJson.render(scratch.create(new Business(ApiKeys.TEST_PREFIX + "warm-up", null),
                body, "http://127.0.0.1:1")));
    }
}
