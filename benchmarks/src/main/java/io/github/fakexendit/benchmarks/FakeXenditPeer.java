package io.github.fakexendit.benchmarks;

import io.github.fakexendit.FakeXenditServer;

/** fake-xendit as {@code @FakeXendit} runs it: defaults, full validation, the journal at its default cap. */
public final class FakeXenditPeer implements Peer {

    /** A system property that sets the journal's capacity, for a memory run of the sessions alone. */
    static final String JOURNAL_CAPACITY = "benchmarks.journal-capacity";

    private FakeXenditServer server;

    @Override
    public int start() {
        String journalCapacity = System.getProperty(JOURNAL_CAPACITY);
        server = journalCapacity == null ? FakeXenditServer.start()
                : FakeXenditServer.builder().journalCapacity(Integer.parseInt(journalCapacity)).start();
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
