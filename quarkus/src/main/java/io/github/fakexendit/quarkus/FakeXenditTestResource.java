package io.github.fakexendit.quarkus;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.FakeXenditServerBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs one fake-xendit for a Quarkus application under test: started before the application, whose
 * configuration receives the fake's address, key and callback token, and stopped with it. A field annotated
 * {@link InjectFakeXendit} receives the handle; the fake is reset before each test of such a class.
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(FakeXenditTestResource.class)
 * class ShopTest {
 *     @InjectFakeXendit
 *     FakeXenditServer xendit;
 *
 *     @Test
 *     void theOrderIsPaidWhenTheCustomerPays() {
 *         PaymentLink link = checkout.start("order-1", 99_000);
 *         xendit.session(link.sessionId()).complete();
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>The properties it sets are {@code xendit.base-url}, {@code xendit.secret-key} and
 * {@code xendit.callback-token}; init arguments ({@code @ResourceArg}) name others and set the fake up:
 * <ul>
 *   <li>{@code base-url-property}, {@code secret-key-property}, {@code callback-token-property}: the names of
 *       the three properties;</li>
 *   <li>{@code synchronous-webhooks}: {@code true} to have scripted changes return after the application
 *       answered the webhooks they caused;</li>
 *   <li>{@code api-key}, {@code callback-token}: a fixed key or token instead of generated ones.</li>
 * </ul>
 * An init argument it does not know fails the start, naming the ones it knows.
 */
public class FakeXenditTestResource implements QuarkusTestResourceLifecycleManager {

    static final String BASE_URL_PROPERTY = "base-url-property";
    static final String SECRET_KEY_PROPERTY = "secret-key-property";
    static final String CALLBACK_TOKEN_PROPERTY = "callback-token-property";
    static final String SYNCHRONOUS_WEBHOOKS = "synchronous-webhooks";
    static final String API_KEY = "api-key";
    static final String CALLBACK_TOKEN = "callback-token";
    private static final Set<String> ARGUMENTS = Set.of(BASE_URL_PROPERTY, SECRET_KEY_PROPERTY,
            CALLBACK_TOKEN_PROPERTY, SYNCHRONOUS_WEBHOOKS, API_KEY, CALLBACK_TOKEN);

    private Map<String, String> arguments = Map.of();
    private FakeXenditServer server;

    /** Keeps the init arguments; refuses one it does not know, so that a misspelt name is not ignored. */
    @Override
    public void init(Map<String, String> initArgs) {
        for (String name : initArgs.keySet()) {
            if (!ARGUMENTS.contains(name)) {
                throw new IllegalArgumentException("FakeXenditTestResource has no init argument '" + name
                        + "'; it knows " + new TreeSet<>(ARGUMENTS));
            }
        }
        this.arguments = Map.copyOf(initArgs);
    }

    /** Starts the fake and returns the configuration that points the application at it. */
    @Override
    public Map<String, String> start() {
        FakeXenditServerBuilder builder = FakeXenditServer.builder()
                .synchronousWebhooks(Boolean.parseBoolean(arguments.getOrDefault(SYNCHRONOUS_WEBHOOKS, "false")));
        if (arguments.containsKey(API_KEY)) {
            builder.apiKey(arguments.get(API_KEY));
        }
        if (arguments.containsKey(CALLBACK_TOKEN)) {
            builder.callbackToken(arguments.get(CALLBACK_TOKEN));
        }
        server = builder.start();
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put(arguments.getOrDefault(BASE_URL_PROPERTY, "xendit.base-url"), server.baseUrl());
        configuration.put(arguments.getOrDefault(SECRET_KEY_PROPERTY, "xendit.secret-key"), server.apiKey());
        configuration.put(arguments.getOrDefault(CALLBACK_TOKEN_PROPERTY, "xendit.callback-token"),
                server.callbackToken());
        return configuration;
    }

    /** Fills the test's {@link InjectFakeXendit} fields with the running fake. */
    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectFakeXendit.class, FakeXenditServer.class));
    }

    /** Stops the fake; Quarkus calls it after the application stopped. */
    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
