package io.github.fakexendit;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may call the API: test-mode secret keys over HTTP Basic, nothing else. */
@FakeXendit
class AuthenticationTest {

    private static final String UNAUTHORIZED = """
            {"error_code":"INVALID_API_KEY","message":"API key is not authorized for this API"}""";

    static Stream<Arguments> refusedAuthorizations() {
        return Stream.of(
                Arguments.of("no header", null),
                Arguments.of("bearer scheme", "Bearer xnd_development_abc"),
                Arguments.of("not base64", "Basic %%%"),
                Arguments.of("empty key", XenditHttp.basic("")),
                Arguments.of("bare prefix", XenditHttp.basic("xnd_development_")),
                Arguments.of("public key", XenditHttp.basic("xnd_public_development_abc")),
                Arguments.of("made-up key", XenditHttp.basic("sk_test_abc")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedAuthorizations")
    void anythingButATestSecretKeyIsUnauthorized(String why, String authorization, FakeXenditServer server) {
        for (HttpRequest.Builder request : requests(server)) {
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            Reply reply = XenditHttp.send(request.build());

            assertThat(reply.status()).as(why).isEqualTo(401);
            assertThatJson(reply.body()).isEqualTo(UNAUTHORIZED);
        }
        assertThat(server.sessions()).isEmpty();
    }

    @Test
    void aLiveKeyIsRefusedWithAMessageThatSaysItReachedATestDouble(FakeXenditServer server) {
        String liveKey = "xnd_production_0123456789abcdefSECRET";
        Reply reply = new XenditHttp(server.baseUrl(), liveKey).createSession(SessionsApiTest.minimal("PAY", 100));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("INVALID_API_KEY");
        assertThat(reply.json().get("message").asText())
                .startsWith("API key is not authorized for this API")
                .contains("live key", "test double")
                .doesNotContain("SECRET");
        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.header("Authorization")).doesNotContain("SECRET");
        assertThat(recorded.toString()).doesNotContain("SECRET");
    }

    @Test
    void anyTestKeyIsAcceptedByDefault(FakeXenditServer server) {
        Reply reply = new XenditHttp(server.baseUrl(), "xnd_development_anything")
                .createSession(SessionsApiTest.minimal("PAY", 100));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(server.apiKey()).startsWith("xnd_development_");
    }

    @Test
    void aConfiguredKeyIsTheOnlyOneAccepted() {
        try (FakeXenditServer server = FakeXenditServer.builder().apiKey("xnd_development_only_me").start()) {
            Reply mine = new XenditHttp(server.baseUrl(), "xnd_development_only_me")
                    .createSession(SessionsApiTest.minimal("PAY", 100));
            Reply other = new XenditHttp(server.baseUrl(), "xnd_development_someone")
                    .createSession(SessionsApiTest.minimal("PAY", 100));

            assertThat(server.apiKey()).isEqualTo("xnd_development_only_me");
            assertThat(mine.status()).isEqualTo(201);
            assertThat(other.status()).isEqualTo(401);
        }
    }

    @Test
    void thePasswordPartAndSchemeCaseDoNotMatter(FakeXenditServer server) {
        String credentials = Base64.getEncoder().encodeToString("xnd_development_abc:ignored".getBytes());
        Reply reply = XenditHttp.send(new XenditHttp(server.baseUrl(), null).request("/sessions/ps-x")
                .header("Authorization", "basic " + credentials).GET().build());

        assertThat(reply.status()).isEqualTo(404);
    }

    private static List<HttpRequest.Builder> requests(FakeXenditServer server) {
        XenditHttp anonymous = new XenditHttp(server.baseUrl(), null);
        return List.of(
                anonymous.request("/sessions").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(SessionsApiTest.minimal("PAY", 100).toString())),
                anonymous.request("/sessions/ps-000000000000000000000000").GET(),
                anonymous.request("/sessions/ps-000000000000000000000000/cancel")
                        .POST(HttpRequest.BodyPublishers.noBody()));
    }
}
