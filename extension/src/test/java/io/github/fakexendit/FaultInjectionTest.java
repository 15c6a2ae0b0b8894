package io.github.fakexendit;

import static io.github.fakexendit.RecordedRequest.matching;
import static io.github.fakexendit.testing.XenditHttp.resource;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.ProcessResources;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each scripted fault, seen by a real HTTP client: what it receives, whether it times out, what was stored. */
@FakeXendit
class FaultInjectionTest {

    private static final String ORDER = resource("requests/one-time-payment.json");
    /** Longer than any test: a request held this long is only ever released by the server. */
    private static final Duration FOREVER = Duration.ofMinutes(5);
    /** Generous upper bound for waits on the client's side. */
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    FaultInjectionTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    @Test
    void aServerErrorIsXenditsExactBodyForTheNextRequestsOnlyAndStoresNothing() {
        server.inject(Fault.serverError().times(2));

        Reply first = xendit.createSession(ORDER);
        Reply second = xendit.createSession(ORDER);
        Reply third = xendit.createSession(ORDER);

        assertThat(List.of(first.status(), second.status(), third.status())).containsExactly(500, 500, 201);
        assertThat(first.body()).isEqualTo("{\"error_code\":\"SERVER_ERROR\",\"message\":\"Something unexpected happened. "
                + "We are investigating this issue. Please try again later.\"}");
        assertThat(first.header("Content-Type")).isEqualTo("application/json");
        assertThat(server.sessions()).hasSize(1);
        assertThat(server.requests()).extracting(RecordedRequest::status, RecordedRequest::fault).containsExactly(
                tuple(500, Fault.serverError().times(2)), tuple(500, Fault.serverError().times(2)), tuple(201, null));
    }

    @Test
    void aRateLimitAnswers429WithXenditsHeaders() {
        server.inject(Fault.rateLimited(Duration.ofMillis(250)));

        Reply limited = xendit.createSession(ORDER);

        assertThat(limited.status()).isEqualTo(429);
        assertThatJson(limited.body()).isEqualTo("{\"error_code\":\"RATE_LIMIT_EXCEEDED\",\"message\":\"${json-unit.any-string}\"}");
        assertThat(limited.header("Rate-Limit-Limit")).isEqualTo("60");
        assertThat(limited.header("Rate-Limit-Remaining")).isEqualTo("0");
        assertThat(limited.header("Rate-Limit-Reset")).isEqualTo("0.25");
        assertThat(Fault.rateLimited().duration()).isEqualTo(Fault.DEFAULT_RATE_LIMIT_RESET);
        assertThat(server.sessions()).isEmpty();
        assertThat(xendit.createSession(ORDER).status()).as("the retry").isEqualTo(201);
    }

    @Test
    void serviceUnavailableAnswers503InXenditsEnvelope() {
        server.inject(Fault.serviceUnavailable());

        Reply reply = xendit.createSession(ORDER);

        assertThat(reply.status()).isEqualTo(503);
        assertThatJson(reply.body()).isEqualTo("{\"error_code\":\"SERVICE_UNAVAILABLE\",\"message\":\"${json-unit.any-string}\"}");
        assertThat(server.sessions()).isEmpty();
    }

    @Test
    void aDelayedRequestIsAnsweredLater() {
        server.inject(Fault.delay(Duration.ofMillis(50)));

        Reply reply = xendit.createSession(ORDER);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.status()).isEqualTo(201);
            assertThat(request.fault()).isEqualTo(Fault.delay(Duration.ofMillis(50)));
        });
    }

    @Test
    void aClientThatGivesUpOnADelayedCreateHasStillCreatedTheSession() {
        server.inject(Fault.delay(FOREVER));

        assertThatThrownBy(() -> XenditHttp.send(xendit.createRequest(ORDER, Duration.ofMillis(300))))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);

        // the client's timeout says nothing of the server's progress: on a busy machine it may come first
        server.awaitRequest(matching("POST", "/sessions"), WAIT);
        assertThat(server.sessions()).hasSize(1);
        assertThat(server.requests()).singleElement().extracting(RecordedRequest::status).isEqualTo(201);
    }

    @Test
    void delayedRequestsDoNotHoldTheIoThreads() {
        server.inject(Fault.delay(FOREVER).times(4).on("POST", "/sessions"));
        List<CompletableFuture<Reply>> held = IntStream.range(0, 4)
                .mapToObj(i -> XenditHttp.sendAsync(xendit.createRequest(ORDER, FOREVER))).toList();
        server.awaitRequests(4, matching("POST", "/sessions"), WAIT);

        Reply meanwhile = xendit.getSession("ps-000000000000000000000000");

        assertThat(meanwhile.status()).isEqualTo(404);
        assertThat(held).noneMatch(CompletableFuture::isDone);
    }

    @Test
    void noResponseLeavesTheClientToTimeOutAndProcessesNothing() {
        server.inject(Fault.noResponse());

        assertThatThrownBy(() -> XenditHttp.send(xendit.createRequest(ORDER, Duration.ofMillis(300))))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);

        RecordedRequest unanswered = server.awaitRequest(matching("POST", "/sessions"), WAIT);
        assertThat(server.sessions()).isEmpty();
        assertThat(unanswered.status()).isZero();
        assertThat(unanswered.responseBody()).isEmpty();
        assertThat(unanswered.toString()).startsWith("POST /sessions -> no answer [scripted fault: NO_RESPONSE]");
    }

    @Test
    void resetClosesTheConnectionsOfUnansweredRequests() {
        server.inject(Fault.noResponse());
        CompletableFuture<Reply> waiting = XenditHttp.sendAsync(xendit.createRequest(ORDER, FOREVER));
        server.awaitRequest(matching("POST", "/sessions"), WAIT);

        server.reset();

        assertThat(failureOf(waiting)).isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
        assertThat(xendit.createSession(ORDER).status()).as("the fault is gone too").isEqualTo(201);
    }

    @Test
    void closeReleasesHeldRequestsAndLeavesNoThreadBehind() {
        long threadsBefore = fakeThreads();
        FakeXenditServer other = FakeXenditServer.start();
        XenditHttp client = new XenditHttp(other.baseUrl(), other.apiKey());
        other.inject(Fault.noResponse()).inject(Fault.delay(FOREVER));
        CompletableFuture<Reply> unanswered = XenditHttp.sendAsync(client.createRequest(ORDER, FOREVER));
        CompletableFuture<Reply> delayed = XenditHttp.sendAsync(client.createRequest(ORDER, FOREVER));
        other.awaitRequests(2, matching("POST", "/sessions"), WAIT);

        other.close();

        assertThat(failureOf(unanswered)).isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
        assertThat(failureOf(delayed)).isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
        assertThat(fakeThreads()).isEqualTo(threadsBefore);
    }

    @Test
    void aDroppedConnectionGivesTheClientAnIoErrorAndProcessesNothing() {
        server.inject(Fault.dropConnection());

        assertThatThrownBy(() -> xendit.createSession(ORDER))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);

        assertThat(server.sessions()).isEmpty();
        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.status()).isZero();
            assertThat(request.fault().kind()).isEqualTo(Fault.Kind.DROP_CONNECTION);
        });
    }

    @Test
    void aConnectionDroppedMidResponseBreaksTheBodyOffAfterTheSessionWasCreated() {
        server.inject(Fault.dropConnectionMidResponse());

        assertThatThrownBy(() -> xendit.createSession(ORDER))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);

        assertThat(server.sessions()).hasSize(1);
        RecordedRequest create = server.requests().get(0);
        assertThat(create.status()).isEqualTo(201);
        assertThat(create.responseBody()).contains(server.sessions().get(0).id());
    }

    @Test
    void aConnectionDroppedMidResponseSendsTheHeadAndHalfTheBody() throws IOException {
        server.inject(Fault.dropConnectionMidResponse());
        byte[] body = ORDER.getBytes(StandardCharsets.UTF_8);

        String received;
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            socket.getOutputStream().write(("POST /sessions HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + XenditHttp.basic(server.apiKey()) + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            received = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        String[] headAndBody = received.split("\r\n\r\n", 2);
        int announced = server.requests().get(0).responseBody().getBytes(StandardCharsets.UTF_8).length;
        assertThat(headAndBody[0]).startsWith("HTTP/1.1 201").containsIgnoringCase("Content-Length: " + announced);
        assertThat(headAndBody[1].getBytes(StandardCharsets.UTF_8)).hasSize(announced / 2);
    }

    @Test
    void aFaultOnAMethodAndPathLeavesOtherRequestsAlone() {
        server.inject(Fault.serverError().on("GET", "/sessions/*"));

        Reply create = xendit.createSession(ORDER);
        Reply cancel = xendit.cancelSession("ps-000000000000000000000000");
        Reply get = xendit.getSession("ps-000000000000000000000000");

        assertThat(List.of(create.status(), cancel.status(), get.status())).containsExactly(201, 404, 500);
    }

    @Test
    void faultsApplyInTheOrderTheyWereInjected() {
        server.inject(Fault.serviceUnavailable()).inject(Fault.rateLimited()).inject(Fault.serverError());

        List<Integer> statuses = IntStream.range(0, 4).mapToObj(i -> xendit.createSession(ORDER).status()).toList();

        assertThat(statuses).containsExactly(503, 429, 500, 201);
    }

    @Test
    void aFaultForeverLastsUntilReset() {
        server.inject(Fault.serviceUnavailable().always());

        List<Integer> statuses = IntStream.range(0, 5).mapToObj(i -> xendit.createSession(ORDER).status()).toList();
        server.reset();

        assertThat(statuses).containsOnly(503);
        assertThat(xendit.createSession(ORDER).status()).isEqualTo(201);
    }

    @Test
    void theAdminApiNeverGetsAFault() {
        server.inject(Fault.serverError());

        Reply health = XenditHttp.send(xendit.request("/_fake/health").GET().build());

        assertThat(health.status()).isEqualTo(200);
        assertThat(xendit.createSession(ORDER).status()).as("the fault is still there").isEqualTo(500);
    }

    @Test
    void aFaultIsDescribedByWhatItDoes() {
        assertThat(Fault.delay(Duration.ofSeconds(2)).times(3).on("post", "/sessions"))
                .hasToString("DELAY PT2S, 3 times, on POST /sessions");
        assertThat(Fault.noResponse().always()).hasToString("NO_RESPONSE, always");
        assertThatThrownBy(() -> Fault.serverError().times(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.delay(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.serverError().on("POST", "sessions"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with /");
    }

    private static Throwable failureOf(CompletableFuture<Reply> future) {
        try {
            Reply reply = future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            throw new AssertionError("expected the request to fail, but it was answered " + reply);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The threads of servers; the I/O threads every server of the JVM shares are not a server's. */
    static long fakeThreads() {
        return ProcessResources.serverThreadNames().size();
    }
}
