package io.github.fakexendit.benchmarks;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.FakeXenditServerBuilder;

/**
 * fake-xendit as {@code @FakeXendit} runs it: defaults, full validation, the journal at its default cap; except
 * that the one body every tool is sent, which names its customer inline, may be sent again (by default a second
 * inline customer with one reference is a 409, as at Xendit).
 */
public final class FakeXenditPeer implements Peer {

    /** A system property that sets the journal's capacity, for a memory run of the sessions alone. */
    static final String JOURNAL_CAPACITY = "benchmarks.journal-capacity";

    private FakeXenditServer server;

    @Override
    public int start() {
        FakeXenditServerBuilder builder = FakeXenditServer.builder().allowCustomerReferenceReuse(true);
        String journalCapacity = System.getProperty(JOURNAL_CAPACITY);
        if (journalCapacity != null) {
            builder.journalCapacity(Integer.parseInt(journalCapacity));
        }
        server = builder.start();
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
