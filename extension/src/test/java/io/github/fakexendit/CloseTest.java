package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.testing.ProcessResources;
import io.github.fakexendit.testing.XenditHttp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code close()} frees everything before it returns, to every thread that calls it, and does nothing the second
 * time. How long it takes is printed for the record, never asserted.
 */
class CloseTest {

    static final int SERVERS = 20;
    static final int CLOSERS = 8;

    @Test
    void closeFromManyThreadsAtOnceLeavesNoThreadOrListenerAndAgainDoesNothing() throws Exception {
        List<String> threadsBefore = fakeThreads();
        List<Long> closeMillis = new ArrayList<>();
        ExecutorService closers = Executors.newFixedThreadPool(CLOSERS);
        try {
            for (int i = 0; i < SERVERS; i++) {
                FakeXenditServer server = busyServer();
                CyclicBarrier together = new CyclicBarrier(CLOSERS);
                List<Future<Long>> closes = new ArrayList<>();
                for (int c = 0; c < CLOSERS; c++) {
                    closes.add(closers.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        long start = System.nanoTime();
                        server.close();
                        long took = System.nanoTime() - start;
                        // whichever caller it was, the server is gone when its close() returns
                        assertThat(fakeThreads()).as("the fake's threads once close() returned")
                                .isSubsetOf(threadsBefore);
                        assertRefusesConnections(server.port());
                        return took;
                    }));
                }
                long slowest = 0;
                for (Future<Long> close : closes) {
                    slowest = Math.max(slowest, close.get(30, TimeUnit.SECONDS));
                }
                closeMillis.add(TimeUnit.NANOSECONDS.toMillis(slowest));

                server.close();
            }
        } finally {
            closers.shutdownNow();
        }
        closeMillis.sort(null);
        System.out.printf("close(): %d servers, each closed by %d threads at once: median %d ms, max %d ms%n",
                SERVERS, CLOSERS, closeMillis.get(SERVERS / 2), closeMillis.get(SERVERS - 1));
    }

    /** A server with a session, a webhook sent and a request in the journal: every kind of thread started. */
    private static FakeXenditServer busyServer() {
        FakeXenditServer server = FakeXenditServer.start();
        server.webhooks().sendTo(server.baseUrl() + "/_fake/health");
        XenditHttp xendit = new XenditHttp(server.baseUrl(), server.apiKey());
        String id = xendit.createSession(SessionsApiTest.minimal("PAY", 100)).json().get("payment_session_id")
                .asText();
        server.session(id).complete();
        server.webhooks().await(1, Duration.ofSeconds(10));
        return server;
    }

    /** The server's clock's thread, its webhook deliveries'; the I/O threads every server shares are not its own. */
    private static List<String> fakeThreads() {
        return ProcessResources.serverThreadNames();
    }

    private static void assertRefusesConnections(int port) {
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            }
        }).isInstanceOf(IOException.class);
    }
}
