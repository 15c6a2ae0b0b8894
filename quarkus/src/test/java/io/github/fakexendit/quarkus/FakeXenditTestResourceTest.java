package io.github.fakexendit.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.FakeXenditServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager.TestInjector;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The resource's life without an application: what Quarkus calls, in the order it calls it. */
class FakeXenditTestResourceTest {

    private final FakeXenditTestResource resource = new FakeXenditTestResource();

    @Test
    void startGivesTheApplicationTheFakesAddressKeyAndToken() throws Exception {
        resource.init(Map.of());
        Map<String, String> configuration = resource.start();
        try {
            FakeXenditServer server = injectedInto(new TestWithTheHandle()).xendit;

            assertThat(configuration).containsOnlyKeys("xendit.base-url", "xendit.secret-key", "xendit.callback-token")
                    .containsEntry("xendit.base-url", server.baseUrl())
                    .containsEntry("xendit.secret-key", server.apiKey())
                    .containsEntry("xendit.callback-token", server.callbackToken());
            assertThat(health(server.baseUrl())).isEqualTo(200);
        } finally {
            resource.stop();
        }
    }

    @Test
    void initArgumentsNameThePropertiesAndSetTheFakeUp() {
        resource.init(Map.of("base-url-property", "payments.xendit.url", "secret-key-property", "payments.key",
                "callback-token-property", "payments.token", "api-key", "xnd_development_shop",
                "callback-token", "the-token"));
        Map<String, String> configuration = resource.start();
        try {
            assertThat(configuration).containsOnlyKeys("payments.xendit.url", "payments.key", "payments.token")
                    .containsEntry("payments.key", "xnd_development_shop")
                    .containsEntry("payments.token", "the-token");
        } finally {
            resource.stop();
        }
    }

    @Test
    void anUnknownInitArgumentIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> resource.init(Map.of("base-url", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no init argument 'base-url'")
                .hasMessageContaining("base-url-property");
    }

    @Test
    void onlyFieldsAnnotatedAndOfTheServersTypeReceiveIt() throws Exception {
        resource.init(Map.of());
        resource.start();
        try {
            TestWithTheHandle test = injectedInto(new TestWithTheHandle());

            assertThat(test.xendit).isNotNull();
            assertThat(test.notAnnotated).isNull();
            assertThat(test.annotatedString).isNull();
        } finally {
            resource.stop();
        }
    }

    @Test
    void stopClosesTheFake() throws Exception {
        resource.init(Map.of());
        String baseUrl = resource.start().get("xendit.base-url");

        resource.stop();

        assertThatThrownBy(() -> health(baseUrl)).isInstanceOf(ConnectException.class);
    }

    /** What Quarkus does with a test instance: injects through the resource into the instance's fields. */
    private TestWithTheHandle injectedInto(TestWithTheHandle test) {
        resource.inject(new TestInjector() {
            @Override
            public void injectIntoFields(Object value, Predicate<Field> predicate) {
                for (Field field : TestWithTheHandle.class.getDeclaredFields()) {
                    if (predicate.test(field)) {
                        try {
                            field.set(test, value);
                        } catch (IllegalAccessException e) {
                            throw new AssertionError(e);
                        }
                    }
                }
            }
        });
        return test;
    }

    private static int health(String baseUrl) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/_fake/health")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static class TestWithTheHandle {
        @InjectFakeXendit
        FakeXenditServer xendit;
        FakeXenditServer notAnnotated;
        @InjectFakeXendit
        String annotatedString;
    }
}
