package io.github.fakexendit;

import io.github.fakexendit.internal.ApiKeys;
import io.github.fakexendit.internal.Config;
import io.github.fakexendit.internal.Engine;
import io.github.fakexendit.internal.sessions.Session;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * A running fake of Xendit's Payment Sessions API: an HTTP server on loopback that answers
 * {@code POST /sessions}, {@code GET /sessions/{id}} and {@code POST /sessions/{id}/cancel} as Xendit does,
 * keeps the sessions in memory, and lets a test script what the customer does.
 *
 * <pre>{@code
 * try (FakeXenditServer server = FakeXenditServer.start()) {
 *     CheckoutService checkout = new CheckoutService(server.baseUrl(), server.apiKey());
 *     String sessionId = checkout.startPayment(order);
 *
 *     server.session(sessionId).complete();
 *
 *     assertThat(server.session(sessionId).status()).isEqualTo(SessionStatus.COMPLETED);
 *     assertThat(server.requests()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>In JUnit tests, {@link io.github.fakexendit.junit.FakeXendit @FakeXendit} starts and closes the server
 * and resets it before each test. All methods are thread-safe.
 */
public final class FakeXenditServer implements AutoCloseable {

    private final Engine engine;
    private final String apiKey;

    private FakeXenditServer(Engine engine, String apiKey) {
        this.engine = engine;
        this.apiKey = apiKey;
    }

    /** Starts a server with the defaults: {@code 127.0.0.1}, a free port, any test-mode key accepted. */
    public static FakeXenditServer start() {
        return builder().start();
    }

    /** A builder for a server that differs from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Where the API is served, e.g. {@code http://127.0.0.1:54321}; use it as the Xendit base URL. */
    public String baseUrl() {
        return engine.baseUrl();
    }

    /** The port the server listens on. */
    public int port() {
        return engine.port();
    }

    /**
     * A secret key the server accepts: the configured key, or else a test-mode key made up for this server
     * (any other {@code xnd_development_...} key is accepted as well, each as a business of its own).
     */
    public String apiKey() {
        return apiKey;
    }

    /** The token sent as {@code x-callback-token} with every webhook, for the merchant's handler to check. */
    public String callbackToken() {
        return engine.config().callbackToken();
    }

    /**
     * A handle on one session, to read its status or act as the customer would.
     *
     * @throws IllegalArgumentException if the server holds no session with that id
     */
    public SessionHandle session(String id) {
        if (engine.sessions().find(id).isEmpty()) {
            List<String> known = sessions().stream().map(SessionHandle::id).toList();
            throw new IllegalArgumentException("No session " + id + " in this fake; it holds " + known.size()
                    + (known.isEmpty() ? " sessions" : " sessions: " + String.join(", ", known)));
        }
        return new SessionHandle(engine.sessions(), id);
    }

    /** Every session the server holds, of every business, in creation order. */
    public List<SessionHandle> sessions() {
        return engine.sessions().all().stream()
                .map(Session::id)
                .map(id -> new SessionHandle(engine.sessions(), id))
                .toList();
    }

    /**
     * Every request received since the last reset, in arrival order, up to the journal's capacity (the
     * oldest are dropped beyond it).
     */
    public List<RecordedRequest> requests() {
        return engine.journal().snapshot().stream().map(RecordedRequest::new).toList();
    }

    /** Forgets all sessions, customers and requests, and sets the clock back to real time. */
    public void reset() {
        engine.reset();
    }

    /** Stops the server, frees its port and waits for its threads to end. Calling it again does nothing. */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "FakeXenditServer[" + baseUrl() + "]";
    }

    /**
     * Sets up a server before it starts.
     *
     * <pre>{@code
     * FakeXenditServer server = FakeXenditServer.builder()
     *         .apiKey("xnd_development_my_test_key")
     *         .port(8080)
     *         .start();
     * }</pre>
     */
    public static final class Builder {
        private String host = Config.DEFAULT_HOST;
        private int port;
        private String apiKey;
        private String callbackToken;
        private int journalCapacity = Config.DEFAULT_JOURNAL_CAPACITY;
        private int sessionCapacity = Config.DEFAULT_SESSION_CAPACITY;
        private long maxBodyBytes = Config.DEFAULT_MAX_BODY_BYTES;

        private Builder() {
        }

        /** The address to bind; {@code 127.0.0.1} unless set. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port to bind; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Accept this test-mode secret key ({@code xnd_development_...}) and no other. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** The webhook verification token; a random one unless set. */
        public Builder callbackToken(String callbackToken) {
            this.callbackToken = callbackToken;
            return this;
        }

        /** How many requests the journal keeps (10,000 unless set); the oldest are dropped beyond it. */
        public Builder journalCapacity(int journalCapacity) {
            this.journalCapacity = journalCapacity;
            return this;
        }

        /**
         * How many sessions the server holds (10,000 unless set); past it the oldest are forgotten, so that a
         * long-running server holds a bounded amount of memory.
         */
        public Builder sessionCapacity(int sessionCapacity) {
            this.sessionCapacity = sessionCapacity;
            return this;
        }

        /** Request bodies larger than this are answered with 413; 1 MiB unless set. */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * Starts the server; it accepts requests when this returns.
         *
         * @throws IllegalArgumentException if a setting is invalid
         * @throws RuntimeException         if the port cannot be bound
         */
        public FakeXenditServer start() {
            String token = callbackToken != null ? callbackToken : randomHex(24);
            Engine engine = new Engine(new Config(host, port, apiKey, token, journalCapacity, sessionCapacity,
                    maxBodyBytes));
            return new FakeXenditServer(engine, apiKey != null ? apiKey : ApiKeys.TEST_PREFIX + randomHex(20));
        }

        private static String randomHex(int bytes) {
            byte[] b = new byte[bytes];
            new SecureRandom().nextBytes(b);
            return HexFormat.of().formatHex(b);
        }
    }
}
