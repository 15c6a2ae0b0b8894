package io.github.fakexendit;

import static io.github.fakexendit.RecordedRequest.matching;
import static io.github.fakexendit.testing.XenditHttp.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Waiting for requests that merchant code sends from other threads. */
@FakeXendit
class AwaitRequestsTest {

    private static final String ORDER = resource("requests/one-time-payment.json");
    /** An upper bound: a wait that succeeds returns as soon as the request is recorded. */
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** For waits that must run out: nothing more is going to arrive. */
    private static final Duration SHORT = Duration.ofMillis(200);

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    AwaitRequestsTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    @Test
    void awaitRequestBlocksUntilTheRequestArrivesAndReturnsIt() throws Exception {
        CompletableFuture<RecordedRequest> awaited =
                CompletableFuture.supplyAsync(() -> server.awaitRequest(matching("POST", "/sessions"), WAIT));
        assertThat(awaited).as("nothing has been sent yet").isNotDone();

        CompletableFuture<Void> merchant = CompletableFuture.runAsync(() -> xendit.createSession(ORDER));

        RecordedRequest create = awaited.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        merchant.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(create.status()).isEqualTo(201);
        assertThat(create.json().orElseThrow().get("reference_id").asText()).isEqualTo("order_12345_PAY");
    }

    @Test
    void aRequestThatArrivedAlreadyIsReturnedAtOnce() {
        xendit.getSession("ps-1");

        assertThat(server.awaitRequest(matching("GET", "/sessions/*"), Duration.ZERO).path()).isEqualTo("/sessions/ps-1");
    }

    @Test
    void awaitRequestsReturnsTheFirstMatchingOnesInArrivalOrder() throws Exception {
        CompletableFuture<Void> merchant = CompletableFuture.runAsync(() -> {
            xendit.getSession("ps-1");
            xendit.createSession(ORDER);
            xendit.getSession("ps-2");
            xendit.getSession("ps-3");
        });

        List<RecordedRequest> gets = server.awaitRequests(2, matching("GET", "/sessions/*"), WAIT);
        merchant.get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(gets).extracting(RecordedRequest::path).containsExactly("/sessions/ps-1", "/sessions/ps-2");
    }

    @Test
    void aWaitThatRunsOutFailsListingWhatDidArrive() {
        xendit.createSession(ORDER);
        xendit.getSession("ps-1");

        assertThatThrownBy(() -> server.awaitRequests(2, matching("POST", "/sessions"), SHORT))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected 2 requests matching POST /sessions within 200 ms but only 1 arrived. "
                        + "2 requests were received:\n\n1. POST /sessions -> 201\n")
                .hasMessageContaining("\n\n2. GET /sessions/ps-1 -> 404 NOT_FOUND: Session not found\n");
    }

    @Test
    void anyPredicateWillDo() {
        xendit.createSession("{}");

        RecordedRequest rejected = server.awaitRequest(request -> request.status() == 400, WAIT);

        assertThat(rejected.errorCode()).isEqualTo("API_VALIDATION_ERROR");
        assertThatThrownBy(() -> server.awaitRequest(request -> request.status() == 201, SHORT))
                .hasMessageStartingWith("Expected 1 request matching the given predicate within 200 ms but none arrived. "
                        + "1 request was received:");
    }

    @Test
    void nonsenseArgumentsAreRefused() {
        assertThatThrownBy(() -> server.awaitRequests(0, matching("GET", "/"), WAIT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.awaitRequest(matching("GET", "/"), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
