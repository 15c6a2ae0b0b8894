package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.fakexendit.testing.ProcessResources;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server handle without the JUnit extension: start, script, journal, reset, close. */
class FakeXenditServerTest {

    private final FakeXenditServer server = FakeXenditServer.start();
    private final XenditHttp xendit = new XenditHttp(server.baseUrl(), server.apiKey());

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void listensOnLoopbackOnAFreePort() {
        assertThat(server.port()).isPositive();
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(server.callbackToken()).isNotBlank();
        assertThat(server.toString()).contains(server.baseUrl());
    }

    @Test
    void theHandleScriptsWhatTheCustomerDoes() {
        String paid = createdId();
        String abandoned = createdId();
        String cancelled = createdId();

        server.session(paid).complete();
        server.session(abandoned).expire();
        server.session(cancelled).cancel();

        assertThat(server.session(paid).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(server.session(abandoned).status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(server.session(cancelled).status()).isEqualTo(SessionStatus.CANCELED);
        assertThat(xendit.getSession(abandoned).json().get("status").asText()).isEqualTo("EXPIRED");
        assertThat(server.sessions()).extracting(SessionHandle::id).containsExactly(paid, abandoned, cancelled);
    }

    @Test
    void theHandleReadsTheSessionAsGetReturnsIt() {
        String id = createdId();

        assertThat(XenditHttp.parse(server.session(id).json())).isEqualTo(xendit.getSession(id).json());
        assertThat(server.session(id).toString()).contains("\"payment_session_id\" : \"" + id + "\"");
    }

    @Test
    void anIllegalMoveThrowsNamingBothStatuses() {
        String id = createdId();
        server.session(id).complete();

        assertThatThrownBy(() -> server.session(id).cancel())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("COMPLETED").hasMessageContaining("CANCELED");
    }

    @Test
    void anUnknownSessionIdFailsFastListingTheKnownOnes() {
        String id = createdId();

        assertThatThrownBy(() -> server.session("ps-nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ps-nope").hasMessageContaining(id);
    }

    @Test
    void theJournalRecordsEveryRequestAsItArrived() {
        Instant before = Instant.now().minusSeconds(1);
        String id = createdId();
        XenditHttp.send(xendit.request("/sessions/" + id + "?expand=all").header("for-user-id", "sub-1").GET().build());
        XenditHttp.send(xendit.request("/nowhere").GET().build());

        assertThat(server.requests()).extracting(RecordedRequest::method, RecordedRequest::path, RecordedRequest::status)
                .containsExactly(
                        tuple("POST", "/sessions", 201),
                        tuple("GET", "/sessions/" + id, 404),
                        tuple("GET", "/nowhere", 404));
        RecordedRequest create = server.requests().get(0);
        assertThat(create.json().orElseThrow().get("reference_id").asText()).isEqualTo("order_12345_PAY");
        assertThat(create.body()).contains("order_12345_PAY");
        assertThat(create.header("content-type")).isEqualTo("application/json");
        assertThat(create.apiKey()).isEqualTo(server.apiKey());
        assertThat(create.time()).isAfter(before);
        RecordedRequest get = server.requests().get(1);
        assertThat(get.query()).isEqualTo("expand=all");
        assertThat(get.header("FOR-USER-ID")).isEqualTo("sub-1");
        assertThat(get.json()).isEmpty();
    }

    @Test
    void aPrintedRequestMasksTheKeyAndShowsTheBody() {
        createdId();

        String printed = server.requests().get(0).toString();

        assertThat(printed).startsWith("POST /sessions -> 201")
                .contains("Authorization: Basic [xnd_development_" + server.apiKey().substring(16, 20) + "****]")
                .doesNotContain(server.apiKey())
                .contains("\"reference_id\" : \"order_12345_PAY\"");
    }

    @Test
    void theJournalKeepsOnlyTheNewestRequestsUpToItsCapacity() {
        try (FakeXenditServer small = FakeXenditServer.builder().journalCapacity(2).start()) {
            XenditHttp client = new XenditHttp(small.baseUrl(), small.apiKey());
            for (int i = 0; i < 5; i++) {
                client.getSession("ps-" + i);
            }

            assertThat(small.requests()).extracting(RecordedRequest::path).containsExactly("/sessions/ps-3", "/sessions/ps-4");
        }
    }

    @Test
    void beyondItsSessionCapacityTheServerForgetsTheOldestSessions() {
        try (FakeXenditServer small = FakeXenditServer.builder().sessionCapacity(2).start()) {
            XenditHttp client = new XenditHttp(small.baseUrl(), small.apiKey());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(client.createSession(XenditHttp.resource("requests/one-time-payment.json")).json()
                        .get("payment_session_id").asText());
            }

            assertThat(small.sessions()).extracting(SessionHandle::id).containsExactly(ids.get(1), ids.get(2));
            assertThat(client.getSession(ids.get(0)).status()).isEqualTo(404);
            assertThat(client.getSession(ids.get(2)).status()).isEqualTo(200);
        }
    }

    @Test
    void resetForgetsSessionsAndRequests() {
        String id = createdId();

        server.reset();

        assertThat(server.sessions()).isEmpty();
        assertThat(server.requests()).isEmpty();
        assertThat(xendit.getSession(id).status()).isEqualTo(404);
    }

    @Test
    void closeFreesThePortAndMayBeCalledAgain() {
        FakeXenditServer other = FakeXenditServer.start();
        int port = other.port();

        other.close();
        other.close();

        assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress("127.0.0.1", port), 1000))
                .isInstanceOf(ConnectException.class);
        try (FakeXenditServer again = FakeXenditServer.builder().port(port).start()) {
            assertThat(again.port()).isEqualTo(port);
        }
    }

    @Test
    void everyServerOfTheJvmRunsOnTheSameTwoDaemonIoThreads() {
        List<Thread> before = ioThreads();
        for (int i = 0; i < 10; i++) {
            try (FakeXenditServer other = FakeXenditServer.start()) {
                assertThat(new XenditHttp(other.baseUrl(), other.apiKey()).getSession("ps-1").status()).isEqualTo(404);
            }
        }

        assertThat(ioThreads()).isEqualTo(before);
        assertThat(before).filteredOn(thread -> thread.getName().contains("I/O")).hasSize(2);
        assertThat(before).allMatch(Thread::isDaemon, "daemon threads: they never keep the JVM alive");
    }

    private static List<Thread> ioThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("fake-xendit-io"))
                .sorted(java.util.Comparator.comparing(Thread::getName)).toList();
    }

    @Test
    void closingAServerLeavesNoThreadBehind() {
        long before = fakeThreads();
        FakeXenditServer other = FakeXenditServer.start();
        // a session's expiry sets the clock's timer, which runs on a thread of the server's
        new XenditHttp(other.baseUrl(), other.apiKey()).createSession(XenditHttp.resource("requests/one-time-payment.json"));
        assertThat(fakeThreads()).isGreaterThan(before);

        other.close();

        assertThat(fakeThreads()).isEqualTo(before);
    }

    @Test
    void aLiveKeyCannotBeConfiguredAndIsNotPrinted() {
        assertThatThrownBy(() -> FakeXenditServer.builder().apiKey("xnd_production_SECRETSECRET").start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test-mode")
                .hasMessageNotContaining("SECRETSECRET");
    }

    @ParameterizedTest
    @CsvSource({"xendit.test:9000, http://xendit.test:9000", "172.18.0.3:8080, http://172.18.0.3:8080",
            "[::1]:8080, http://[::1]:8080", "not_a_host:1, http://localhost:PORT"})
    void onAWildcardBindAPaymentLinkUsesTheHostTheApiWasCalledBy(String host, String linkBase) throws IOException {
        try (FakeXenditServer everywhere = FakeXenditServer.builder().host("0.0.0.0").start()) {
            String body = SessionsApiTest.minimal("PAY", 10_000).toString();

            String answer = rawPost(everywhere.port(), host, everywhere.apiKey(), body);

            String session = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertThat(answer).startsWith("HTTP/1.1 201");
            assertThat(XenditHttp.parse(session).get("payment_link_url").asText())
                    .startsWith(linkBase.replace("PORT", String.valueOf(everywhere.port())) + "/checkout/ps-");
            assertThat(everywhere.baseUrl()).isEqualTo("http://localhost:" + everywhere.port());
        }
    }

    @Test
    void onALoopbackBindAPaymentLinkUsesTheBoundHostWhateverTheHostHeader() throws IOException {
        String answer = rawPost(server.port(), "xendit.test:9000", server.apiKey(),
                SessionsApiTest.minimal("PAY", 10_000).toString());

        assertThat(answer).contains("\"payment_link_url\":\"" + server.baseUrl() + "/checkout/ps-");
    }

    /** A request with a Host header of our choosing, which java.net.http does not let a caller set. */
    private static String rawPost(int port, String host, String apiKey, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /sessions HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + XenditHttp.basic(apiKey)
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The threads of servers; the I/O threads every server of the JVM shares are not a server's. */
    private static long fakeThreads() {
        return ProcessResources.serverThreadNames().size();
    }

    private String createdId() {
        Reply reply = xendit.createSession(XenditHttp.resource("requests/one-time-payment.json"));
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("payment_session_id").asText();
    }
}
