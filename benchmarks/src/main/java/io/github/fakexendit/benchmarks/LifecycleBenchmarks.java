package io.github.fakexendit.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** What a test suite pays per test class and per test, in a JVM that has already run some (JMH warms it up). */
@BenchmarkMode(Mode.AverageTime)
public class LifecycleBenchmarks {

    @State(Scope.Benchmark)
    public static class AnyTool {
        @Param({"FAKE_XENDIT", "WIREMOCK", "MOCKWEBSERVER", "UNDERTOW"})
        public Tool tool;
    }

    /**
     * One test class: start a server, answer the class's first {@code POST /sessions} on a new connection, stop.
     * Stopping includes waiting for the server's threads to end, as each tool's {@code stop} or {@code close} does.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void startServeStop(AnyTool state) throws Exception {
        try (Peer peer = state.tool.newPeer()) {
            int port = peer.start();
            try (HttpConnection connection = HttpConnection.open(port)) {
                connection.create(Workload.createSession(port));
            }
        }
    }

    /** A server in use by a test class; MockWebServer has no reset (its tests each take a new server). */
    @State(Scope.Benchmark)
    public static class RunningServer {
        @Param({"FAKE_XENDIT", "WIREMOCK"})
        public Tool tool;

        Peer peer;
        HttpConnection connection;
        byte[] request;

        @Setup(Level.Trial)
        public void start() throws Exception {
            peer = tool.newPeer();
            int port = peer.start();
            connection = HttpConnection.open(port);
            request = Workload.createSession(port);
        }

        /** What a typical test leaves behind for the reset: a few sessions created. */
        @Setup(Level.Invocation)
        public void runATest() throws IOException {
            for (int i = 0; i < 3; i++) {
                connection.create(request);
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            connection.close();
            peer.close();
        }
    }

    /** Before each test: what the tool's JUnit support does to forget the previous test. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void reset(RunningServer state) {
        state.peer.reset();
    }
}
