package io.github.fakexendit.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * WireMock embedded, with the mappings of the peer configuration (a JSON-schema body matcher and a response
 * template) loaded from the classpath as a file root; everything else at WireMock's defaults.
 */
public final class WireMockPeer implements Peer {

    /** The classpath folder holding {@code mappings/}, as the standalone jar's {@code --root-dir} does. */
    static final String ROOT = "wiremock";

    private WireMockServer server;

    @Override
    public int start() {
        server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .usingFilesUnderClasspath(ROOT));
        server.start();
        return server.port();
    }

    /** What WireMock's JUnit 5 extension does before each test: forget requests, reload the mappings. */
    @Override
    public void reset() {
        server.resetToDefaultMappings();
    }

    @Override
    public void close() {
        server.stop();
    }
}
