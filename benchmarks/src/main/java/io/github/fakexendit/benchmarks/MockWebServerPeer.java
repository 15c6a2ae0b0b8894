package io.github.fakexendit.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** OkHttp's MockWebServer answering every request with the same canned 201: no validation, no state. */
public final class MockWebServerPeer implements Peer {

    private static final MockResponse CREATED = new MockResponse.Builder()
            .code(201)
            .addHeader("Content-Type", "application/json")
            .body(Workload.CREATED_BODY)
            .build();

    private MockWebServer server;

    @Override
    public int start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return CREATED;
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        return server.getPort();
    }

    /** MockWebServer has no reset: its JUnit 5 extension gives each test a new server instead. */
    @Override
    public void reset() {
        throw new UnsupportedOperationException("MockWebServer has no reset; a test takes a new server");
    }

    @Override
    public void close() {
        server.close();
    }
}
