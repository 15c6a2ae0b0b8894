package io.github.fakexendit.internal;

import io.github.fakexendit.internal.http.HttpServer;
import io.github.fakexendit.internal.http.Router;
import io.github.fakexendit.internal.sessions.FakeClock;
import io.github.fakexendit.internal.sessions.PaymentChannels;
import io.github.fakexendit.internal.sessions.SessionService;
import io.github.fakexendit.internal.store.RequestJournal;
import io.github.fakexendit.internal.validation.CreateSessionValidator;

/** One running fake: its clock, sessions and journal, and the HTTP server in front of them. */
public final class Engine implements AutoCloseable {

    private final Config config;
    private final FakeClock clock = FakeClock.system();
    private final SessionService sessions = new SessionService(clock);
    private final PaymentChannels channels = new PaymentChannels();
    private final RequestJournal journal;
    private final HttpServer http;

    public Engine(Config config) {
        this.config = config;
        this.journal = new RequestJournal(config.journalCapacity());
        this.http = HttpServer.start(config.host(), config.port(), new Router(this, new CreateSessionValidator()));
    }

    public Config config() {
        return config;
    }

    public FakeClock clock() {
        return clock;
    }

    public SessionService sessions() {
        return sessions;
    }

    public PaymentChannels channels() {
        return channels;
    }

    public RequestJournal journal() {
        return journal;
    }

    public int port() {
        return http.port();
    }

    public String baseUrl() {
        return baseUrl(config.host(), http.port());
    }

    /** {@code http://host:port}; a wildcard bind is reached through {@code localhost}. */
    public static String baseUrl(String host, int port) {
        String reachable = switch (host) {
            case "0.0.0.0", "::", "[::]" -> "localhost";
            default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
        return "http://" + reachable + ":" + port;
    }

    /** Back to a fresh server: no sessions, customers or journal, every channel activated, the clock at real time. */
    public void reset() {
        sessions.reset();
        channels.reset();
        journal.clear();
        clock.reset();
    }

    @Override
    public void close() {
        http.close();
    }
}
