package io.github.fakexendit.benchmarks;

import java.lang.reflect.InvocationTargetException;

/**
 * The tools measured side by side. Each one's {@link Peer} is named, not referenced, so that a JVM with one
 * tool's classpath alone (a cold start) never touches another tool's classes.
 */
public enum Tool {
    FAKE_XENDIT("fake-xendit", "FakeXenditPeer", "fake-xendit.txt"),
    WIREMOCK("WireMock", "WireMockPeer", "wiremock.txt"),
    MOCKWEBSERVER("MockWebServer", "MockWebServerPeer", "mockwebserver.txt"),
    /** The fake's HTTP layer with nothing behind it: the floor under the fake's figures. */
    UNDERTOW("Undertow alone", "UndertowPeer", "undertow.txt");

    private final String label;
    private final String peerClass;
    private final String classpathFile;

    Tool(String label, String peerClass, String classpathFile) {
        this.label = label;
        this.peerClass = Tool.class.getPackageName() + "." + peerClass;
        this.classpathFile = classpathFile;
    }

    /** The name the report prints. */
    public String label() {
        return label;
    }

    /** The file, among those the build writes, that lists the tool's runtime jars. */
    String classpathFile() {
        return classpathFile;
    }

    /** A new, unstarted instance of the tool, set up to emulate {@code POST /sessions}. */
    public Peer newPeer() {
        try {
            return (Peer) Class.forName(peerClass).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("cannot create " + peerClass + " (is " + label + " on the classpath?)", e);
        }
    }
}
