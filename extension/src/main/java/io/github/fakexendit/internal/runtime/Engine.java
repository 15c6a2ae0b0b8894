package io.github.fakexendit.internal.runtime;

import io.github.fakexendit.internal.faults.FaultQueue;
import io.github.fakexendit.internal.faults.RateLimiter;
import io.github.fakexendit.internal.http.Authenticator;
import io.github.fakexendit.internal.http.HttpServer;
import io.github.fakexendit.internal.http.Router;
import io.github.fakexendit.internal.http.Routes;
import io.github.fakexendit.internal.payments.PaymentsProduct;
import io.github.fakexendit.internal.platform.Customers;
import io.github.fakexendit.internal.platform.FakeClock;
import io.github.fakexendit.internal.platform.PaymentChannels;
import io.github.fakexendit.internal.platform.Timekeeper;
import io.github.fakexendit.internal.product.Kernel;
import io.github.fakexendit.internal.product.Product;
import io.github.fakexendit.internal.sessions.SessionsProduct;
import io.github.fakexendit.internal.store.ExpectedRejections;
import io.github.fakexendit.internal.store.RequestJournal;
import io.github.fakexendit.internal.webhooks.Event;
import io.github.fakexendit.internal.webhooks.EventCatalog;
import io.github.fakexendit.internal.webhooks.EventType;
import io.github.fakexendit.internal.webhooks.WebhookDispatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One running fake, and the composition root: the platform (clock, channels, customers), the products on it,
 * the journal and webhooks, the faults scripted for it, and the HTTP server in front of them. Each product adds
 * its routes to the one route table, its due work to the timekeeper and its events to the webhook catalog; the
 * timekeeper runs the products' due work and webhook retries as the clock passes them.
 */
public final class Engine implements AutoCloseable {

    /** A name or IPv4 address, or a bracketed IPv6 literal, then an optional port: nothing to escape in a URL. */
    private static final Pattern HOST_AND_PORT =
            Pattern.compile("(?:[A-Za-z0-9][A-Za-z0-9.-]*|\\[[0-9A-Fa-f:.]+])(?::[0-9]{1,5})?");

    private final Config config;
    private final FakeClock clock = FakeClock.system();
    private final PaymentChannels channels = new PaymentChannels();
    private final Customers customers;
    private final SessionsProduct sessions;
    private final PaymentsProduct payments;
    private final List<Product> products;
    private final RequestJournal journal;
    private final FaultQueue faults = new FaultQueue();
    private final ExpectedRejections expectedRejections = new ExpectedRejections();
    private final RateLimiter rateLimiter;
    private final WebhookDispatcher webhooks;
    private volatile Timekeeper timekeeper;
    private final Router router;
    private final HttpServer http;

    public Engine(Config config) {
        ColdStartPreparation.start();
        this.config = config;
        this.customers = new Customers(config.customerReferencesReusable());
        Kernel kernel = new Kernel(clock, channels, customers, this::publish, this::wakeClock);
        // a session leaves up to three objects behind (request, payment, token)
        this.payments = new PaymentsProduct(kernel, (int) Math.min(Integer.MAX_VALUE, 3L * config.sessionCapacity()));
        this.sessions = new SessionsProduct(kernel, config.sessionCapacity(), payments, config.paymentLinkBase());
        this.products = List.of(sessions, payments);
        List<Timekeeper.Due> due = new ArrayList<>();
        List<EventType> events = new ArrayList<>();
        Routes routes = new Routes();
        for (Product product : products) {
            due.addAll(product.dueWork());
            events.addAll(product.events());
            product.routes(routes);
        }
        this.webhooks = new WebhookDispatcher(clock, config.callbackToken(), config.webhooks(), new EventCatalog(events));
        this.journal = new RequestJournal(config.journalCapacity());
        this.rateLimiter = config.emulateRateLimits() ? new RateLimiter(clock) : null;
        Authenticator authenticator = new Authenticator(config.apiKey());
        new AdminRoutes(new AdminRoutes.Server(journal, webhooks, faults, channels, customers, clock, authenticator,
                this::reset, by -> advanceClock(by, false))).addTo(routes);
        due.add(Timekeeper.Due.of(webhooks::nextDue, webhooks::runDue));
        this.timekeeper = new Timekeeper(clock, due, this::settleWebhooks);
        webhooks.whenRetriesChange(timekeeper::wake);
        this.router = new Router(routes, new Router.Setup(clock, journal, faults, authenticator, rateLimiter,
                config.maxBodyBytes(), config.requestTimeout(), this::baseUrlFor));
        this.http = HttpServer.start(config.host(), config.port(), config.requestTimeout(), router,
                config.tls() != null ? config.tls().serverContext() : null);
    }

    public Config config() {
        return config;
    }

    public FakeClock clock() {
        return clock;
    }

    /** The first product, for the public handles on sessions. */
    public SessionsProduct sessions() {
        return sessions;
    }

    /** The second product, for the public handles on payment requests, payments and tokens. */
    public PaymentsProduct payments() {
        return payments;
    }

    public PaymentChannels channels() {
        return channels;
    }

    public Customers customers() {
        return customers;
    }

    public RequestJournal journal() {
        return journal;
    }

    public FaultQueue faults() {
        return faults;
    }

    public ExpectedRejections expectedRejections() {
        return expectedRejections;
    }

    /** Xendit's test-mode rate limit, or {@code null} if the server does not emulate it. */
    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    public WebhookDispatcher webhooks() {
        return webhooks;
    }

    public int port() {
        return http.port();
    }

    public String baseUrl() {
        return baseUrl(config.scheme(), config.host(), http.port());
    }

    /**
     * The base URL a request reached the server by, for the links in its answer. On a wildcard bind that is the
     * request's {@code Host} header, so that a payment link opens wherever the API was reached from (another
     * container, a mapped port); elsewhere, or for a {@code Host} that is not a host and port, the bound host.
     */
    public String baseUrlFor(String hostHeader, int port) {
        if (isWildcard(config.host()) && hostHeader != null && HOST_AND_PORT.matcher(hostHeader).matches()) {
            return config.scheme() + "://" + hostHeader;
        }
        return baseUrl(config.scheme(), config.host(), port);
    }

    /** {@code scheme://host:port}; a wildcard bind is reached through {@code localhost}. */
    public static String baseUrl(String scheme, String host, int port) {
        return url(scheme, isWildcard(host) ? "localhost" : host, port);
    }

    /** {@code scheme://host:port}, an IPv6 literal in brackets. */
    public static String url(String scheme, String host, int port) {
        return scheme + "://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Whether binding {@code host} listens on every interface. */
    private static boolean isWildcard(String host) {
        return switch (host) {
            case "0.0.0.0", "::", "[::]" -> true;
            default -> false;
        };
    }

    private void publish(Event event) {
        webhooks.publish(event);
    }

    /** Tells the timekeeper that something falls due sooner; nothing before it exists. */
    private void wakeClock() {
        Timekeeper keeper = timekeeper;
        if (keeper != null) {
            keeper.wake();
        }
    }

    /**
     * Moves the clock forward, expiring sessions and retrying webhooks as it passes their time.
     *
     * @param mayWait whether the caller may block for synchronous webhooks ({@code false} on an HTTP I/O thread)
     */
    public void advanceClock(Duration by, boolean mayWait) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward, got " + by);
        }
        timekeeper.advanceTo(clock.instant().plus(by), mayWait);
    }

    /** Moves the clock forward to {@code to}, as {@link #advanceClock} does. */
    public void setClock(Instant to) {
        Instant now = clock.instant();
        if (to.isBefore(now)) {
            throw new IllegalArgumentException("the clock only moves forward: it reads " + now + ", asked for " + to
                    + "; reset() sets it back to real time");
        }
        timekeeper.advanceTo(to, true);
    }

    /** With synchronous webhooks, waits until every webhook in flight was answered; otherwise returns at once. */
    public void settleWebhooks() {
        if (config.webhooks().synchronous()) {
            webhooks.awaitIdle();
        }
    }

    /**
     * Back to a fresh server: no objects of any product, no customers or journal, every channel activated, no faults
     * or expected rejections, no rate limit used, no webhook log, retries or held webhooks, the clock at real time,
     * and no request left waiting for an answer. The webhook URLs stay as they were set.
     */
    public void reset() {
        router.releaseHeld();
        router.forgetIdempotencyKeys();
        products.forEach(Product::reset);
        customers.clear();
        channels.reset();
        journal.clear();
        faults.clear();
        expectedRejections.clear();
        if (rateLimiter != null) {
            rateLimiter.clear();
        }
        webhooks.reset();
        clock.reset();
    }

    /**
     * Releases the requests a fault is holding, stops the HTTP server, then the clock's timer, then webhook
     * deliveries; returns when their threads have ended. Every step is idempotent; one caller at a time, so that a
     * caller that comes second still returns only once everything is stopped.
     */
    @Override
    public synchronized void close() {
        router.releaseHeld();
        http.close();
        timekeeper.close();
        webhooks.close();
    }
}
