package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.assertj.FakeXenditAssertions;
import io.github.fakexendit.testing.ProcessResources;
import io.github.fakexendit.testing.RawHttp;
import io.github.fakexendit.testing.XenditHttp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * A live key that reaches the fake is refused with a message that says where it went, and is never shown in
 * full anywhere the fake writes: its answer, the journal (in memory, over the admin API, in {@code toString}),
 * assertion failures, logs, the webhook log. The server listens on loopback alone, the admin API included.
 */
class SecurityTest {

    private static final String LIVE_KEY = "xnd_production_0123456789abcdefSECRET";
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((LIVE_KEY + ":").getBytes(StandardCharsets.UTF_8));

    private final FakeXenditServer server = FakeXenditServer.start();
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage() + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger fakeLogs = Logger.getLogger("io.github.fakexendit");
    private Level levelBefore;

    @BeforeEach
    void captureLogs() {
        levelBefore = fakeLogs.getLevel();
        fakeLogs.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        fakeLogs.addHandler(capture);
    }

    @AfterEach
    void stop() {
        fakeLogs.removeHandler(capture);
        fakeLogs.setLevel(levelBefore);
        server.close();
    }

    @Test
    void aLiveKeyInAnyFormIsRefusedWithAMessageThatSaysItReachedATestDoubleAndIsNeverShownInFull() {
        server.webhooks().sendTo(null);
        List<Map<String, String>> forms = List.of(
                Map.of("Authorization", BASIC),
                Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (LIVE_KEY + ":" + LIVE_KEY).getBytes(StandardCharsets.UTF_8))),
                Map.of("Authorization", "basic " + Base64.getEncoder().encodeToString(
                        LIVE_KEY.getBytes(StandardCharsets.UTF_8))),
                Map.of("Authorization", "Bearer " + LIVE_KEY),
                Map.of("Authorization", "Basic " + LIVE_KEY + ":"),
                Map.of("Authorization", LIVE_KEY),
                Map.of("Authorization", XenditHttp.basic(server.apiKey()), "X-Api-Key", LIVE_KEY));

        for (Map<String, String> form : forms) {
            Map<String, String> headers = new HashMap<>(form);
            headers.put("Content-Type", "application/json");
            RawHttp.Reply reply = RawHttp.exchange(server.port(), RawHttp.request("POST", "/sessions", headers,
                    SessionsApiTest.minimal("PAY", 100).toString().getBytes(StandardCharsets.UTF_8)));

            assertThat(reply.toString()).as(headers.toString()).doesNotContain("SECRET");
            if (headers.containsKey("X-Api-Key")) {
                assertThat(reply.status()).isEqualTo(201);
            } else {
                assertThat(reply.status()).as(headers.toString()).isEqualTo(401);
                assertThat(XenditHttp.parse(reply.body()).get("message").asText())
                        .contains("live key", "test double");
            }
        }
        String id = server.sessions().get(0).id();
        server.session(id).complete();

        assertThat(server.requests()).hasSize(forms.size()).allSatisfy(request -> {
            assertThat(request.toString()).doesNotContain("SECRET");
            assertThat(request.headers().toString()).doesNotContain("SECRET");
            assertThat(String.valueOf(request.apiKey())).doesNotContain("SECRET");
        });
        assertThat(new XenditHttp(server.baseUrl(), null).get("/_fake/requests").body())
                .contains("xnd_production_").doesNotContain("SECRET");
        assertThat(server.webhooks().attempts()).hasSize(2)
                .allSatisfy(attempt -> assertThat(attempt.toString()).doesNotContain("SECRET"));
        assertThatThrownBy(() -> FakeXenditAssertions.assertThat(server).hasReceivedRequest("GET", "/nowhere"))
                .hasMessageContaining("xnd_production_").message().doesNotContain("SECRET");
        assertThatThrownBy(() -> FakeXenditAssertions.assertThat(server).hasReceivedRequests(1))
                .message().doesNotContain("SECRET");
        assertThatThrownBy(() -> FakeXenditAssertions.assertThat(server.requests().get(0)).hasApiKey(LIVE_KEY))
                .message().doesNotContain("SECRET");
        assertThat(logged).allSatisfy(line -> assertThat(line).doesNotContain("SECRET"));
    }

    @Test
    void theJournalMasksALiveKeyEachTimeItComesAndKeepsATestKeyAsSentEachTime() {
        String testKey = XenditHttp.basic(server.apiKey());
        List<String> sent = List.of(testKey, BASIC, testKey, BASIC, "Bearer " + LIVE_KEY, "Bearer " + LIVE_KEY);
        for (String authorization : sent) {
            RawHttp.exchange(server.port(), RawHttp.request("POST", "/sessions",
                    Map.of("Authorization", authorization, "Content-Type", "application/json"),
                    SessionsApiTest.minimal("PAY", 100).toString().getBytes(StandardCharsets.UTF_8)));
        }

        assertThat(server.requests()).extracting(request -> request.header("Authorization"))
                .containsExactly(testKey, "Basic [xnd_production_0123****]", testKey, "Basic [xnd_production_0123****]",
                        "Bearer ****", "Bearer ****");
    }

    @Test
    void aLiveKeyAsTheServersKeyIsRefusedWithoutPrintingIt() {
        assertThatThrownBy(() -> FakeXenditServer.builder().apiKey(LIVE_KEY).start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xnd_production_0123")
                .message().doesNotContain("SECRET");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theServerAndItsAdminApiListenOnOneLoopbackSocketAlone() throws IOException {
        Set<Integer> before = ProcessResources.listeningPorts();

        try (FakeXenditServer another = FakeXenditServer.start()) {
            Map<String, String> listening = ProcessResources.listeningSockets();

            assertThat(ProcessResources.listeningPorts()).as("one new listening port, the server's")
                    .containsExactlyInAnyOrderElementsOf(union(before, another.port()));
            assertThat(listening).containsKey("127.0.0.1:" + another.port());
            assertThat(another.baseUrl()).isEqualTo("http://127.0.0.1:" + another.port());
            assertThat(new XenditHttp(another.baseUrl(), null).get("/_fake/health").status()).isEqualTo(200);
            // bound to 127.0.0.1 alone: another loopback address of the same machine reaches nothing
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress("127.0.0.2", another.port()), 2_000))
                        .isInstanceOf(IOException.class);
            }
        }
    }

    private static Set<Integer> union(Set<Integer> ports, int port) {
        Set<Integer> all = new TreeSet<>(ports);
        all.add(port);
        return all;
    }
}
