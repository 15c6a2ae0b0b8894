package io.github.fakexendit.benchmarks;

import io.github.fakexendit.FakeXenditServer;

/** fake-xendit as {@code @FakeXendit} runs it: defaults, full validation, the journal at its default cap. */
public final class FakeXenditPeer implements Peer {

    private FakeXenditServer server;

    @Override
    public int start() {
        server = FakeXenditServer.start();
        return server.port();
    }

    /** What {@code @FakeXendit} does before each test. */
    @Override
    public void reset() {
        server.reset();
    }

    @Override
    public void close() {
        server.close();
    }
}
