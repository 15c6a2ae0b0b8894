package io.github.fakexendit.benchmarks;

/** One tool under measurement, set up as a merchant's tests would set it up to emulate {@code POST /sessions}. */
public interface Peer extends AutoCloseable {

    /** Starts on 127.0.0.1 on a free port, ready to answer {@code POST /sessions}; returns the port. */
    int start() throws Exception;

    /** What the tool's JUnit support does before each test. */
    void reset();

    /** Stops the server and frees its port. */
    @Override
    void close();
}
