package io.github.fakexendit.internal.http;

import io.github.fakexendit.Fault;
import io.github.fakexendit.internal.RequestPattern;
import io.github.fakexendit.internal.faults.FaultQueue;
import io.github.fakexendit.internal.faults.RateLimiter;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.ApiKeys;
import io.github.fakexendit.internal.platform.Business;
import io.github.fakexendit.internal.platform.FakeClock;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.store.IdempotencyKeys;
import io.github.fakexendit.internal.store.JournalEntry;
import io.github.fakexendit.internal.store.RequestFingerprint;
import io.github.fakexendit.internal.store.RequestJournal;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one request pipeline of every product: the body is read in full (up to the size limit), a scripted fault or
 * the route table answers, the request is written to the journal with its answer (unless it was for the admin
 * API, which no fault touches either), and the answer is delivered. An API route's caller is authenticated and
 * counted against the rate limit before its handler runs; a refusal thrown as {@link ApiException} anywhere is
 * answered in Xendit's error envelope. Handlers run on the I/O thread and never block. Unknown paths answer 404
 * and known paths with another method 405 with {@code Allow}, both in the envelope.
 */
public final class Router implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(Router.class.getName());
    private static final byte[] NO_BODY = new byte[0];
    private static final long NOT_RECORDED = 0;

    /**
     * What the pipeline needs besides the routes.
     *
     * @param rateLimiter Xendit's test-mode rate limit, or {@code null} if the server does not emulate it
     * @param baseUrls    the base URL a request reached the server by, from its {@code Host} header and the port
     */
    public record Setup(FakeClock clock, RequestJournal journal, FaultQueue faults, Authenticator authenticator,
                        RateLimiter rateLimiter, long maxBodyBytes, Duration requestTimeout,
                        BiFunction<String, Integer, String> baseUrls) {
    }

    /** How many {@code Authorization} values the journal's masking remembers: far more than a suite's keys. */
    private static final int AUTHORIZATIONS_REMEMBERED = 64;

    /** How many idempotency keys the server remembers, over every business; one more forgets the oldest. */
    static final int IDEMPOTENCY_KEYS = 10_000;

    private final Routes routes;
    private final Setup setup;
    private final Delivery delivery = new Delivery();
    private final IdempotencyKeys<Response> idempotencyKeys;
    /**
     * {@code Authorization} values seen that carry no live key, which the journal keeps as sent: a client sends the
     * same one on every request, and telling whether it carries a live key decodes it. A value with a live key is
     * never remembered (it must not sit in memory in full). Bounded: past the bound a value is looked at each time.
     */
    private final Set<String> authorizationsWithoutLiveKey = ConcurrentHashMap.newKeySet();
    private final RepeatedText repeated = new RepeatedText();

    public Router(Routes routes, Setup setup) {
        this.routes = routes;
        this.setup = setup;
        this.idempotencyKeys = new IdempotencyKeys<>(setup.clock(), IDEMPOTENCY_KEYS);
    }

    /** Forgets every idempotency key, as a reset of the server does. */
    public void forgetIdempotencyKeys() {
        idempotencyKeys.clear();
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        // the journal is the merchant's traffic alone: admin calls take no place in it
        long sequence = Routes.isAdmin(exchange.getRequestPath()) ? NOT_RECORDED : setup.journal().nextSequence();
        Instant arrived = setup.clock().instant();
        RequestBody.read(exchange, setup.maxBodyBytes(), setup.requestTimeout(),
                (ex, body) -> answer(ex, sequence, arrived, body),
                (ex, refusal) -> {
                    Response response = Response.error(refusal);
                    record(ex, sequence, arrived, NO_BODY, response, null);
                    Delivery.send(ex, response);
                });
    }

    /** Closes the connections of requests whose answer a fault is holding back. */
    public void releaseHeld() {
        delivery.releaseHeld();
    }

    /**
     * A scripted fault, if one applies, decides first: it answers in Xendit's place, or leaves the request
     * unanswered, or lets it be processed and then bends the delivery.
     */
    private void answer(HttpServerExchange exchange, long sequence, Instant arrived, byte[] body) {
        String path = exchange.getRequestPath();
        Fault fault = Routes.isAdmin(path) ? null
                : setup.faults().take(exchange.getRequestMethod().toString(), path).orElse(null);
        Response response = fault == null || processes(fault) ? respond(exchange, body) : answerFor(fault);
        delivery.deliver(exchange, response, fault, () -> record(exchange, sequence, arrived, body, response, fault));
    }

    private static boolean processes(Fault fault) {
        return fault.kind() == Fault.Kind.DELAY || fault.kind() == Fault.Kind.DROP_CONNECTION_MID_RESPONSE;
    }

    /** What a fault answers instead of the API; {@code null} for one that sends no answer. */
    private static Response answerFor(Fault fault) {
        return switch (fault.kind()) {
            case SERVER_ERROR -> Response.error(ApiError.serverError());
            case RATE_LIMITED -> Response.error(ApiError.rateLimitExceeded())
                    .withHeaders(RateLimiter.Quota.exhausted(fault.duration()).headers());
            case SERVICE_UNAVAILABLE -> Response.error(ApiError.serviceUnavailable());
            default -> null;
        };
    }

    private Response respond(HttpServerExchange exchange, byte[] body) {
        try {
            return route(exchange, body);
        } catch (ApiException e) {
            return Response.error(e.error());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "fake-xendit failed on " + exchange.getRequestMethod() + " "
                    + exchange.getRequestPath(), e);
            return Response.error(ApiError.serverError());
        }
    }

    private Response route(HttpServerExchange exchange, byte[] body) {
        String method = exchange.getRequestMethod().toString();
        String path = exchange.getRequestPath();
        Routes.Match match = routes.match(method, RequestPattern.segments(path));
        if (match.route() == null) {
            return match.allowed().isEmpty() ? notFound(method, path)
                    : methodNotAllowed(method, path, String.join(", ", match.allowed()));
        }
        Request request = new Request(exchange, body, setup.baseUrls().apply(
                exchange.getRequestHeaders().getFirst(Headers.HOST), exchange.getDestinationAddress().getPort()),
                match.params());
        Routes.Route route = match.route();
        return route.access() == Routes.Access.API ? limited(request, route) : route.handler().handle(request);
    }

    /**
     * Authenticates the caller, then, if rate limits are emulated, counts the request against its account's
     * quota for the endpoint: over it, 429; otherwise the answer, with the quota in {@code Rate-Limit-*}
     * headers as Xendit sends them.
     */
    private Response limited(Request request, Routes.Route route) {
        Business business = setup.authenticator().authenticate(request.header("Authorization"),
                request.header("for-user-id"));
        RateLimiter limiter = setup.rateLimiter();
        if (limiter == null) {
            return invoke(route, request, business);
        }
        RateLimiter.Quota quota = limiter.acquire(business, route.endpoint());
        Response response;
        if (!quota.allowed()) {
            response = Response.error(ApiError.rateLimitExceeded());
        } else {
            try {
                response = invoke(route, request, business);
            } catch (ApiException e) {
                response = Response.error(e.error());
            }
        }
        return response.withHeaders(quota.headers());
    }

    /**
     * Runs an API route's handler; for a creating route called with an {@code idempotency-key} (any case, not
     * blank), through the business's keys: a retry of the same request within the window gets the first answer
     * again (same status, same body, nothing created or sent twice), the key with another request 409
     * {@code IDEMPOTENCY_ERROR}. Only successful answers are remembered, so a refused request leaves its key free.
     */
    private Response invoke(Routes.Route route, Request request, Business business) {
        String key = route.idempotent() ? request.header("idempotency-key") : null;
        if (key == null || key.isBlank()) {
            return route.apiHandler().handle(request, business);
        }
        try {
            return idempotencyKeys.answer(business, key, fingerprint(request), () -> {
                try {
                    return route.apiHandler().handle(request, business);
                } catch (ApiException e) {
                    return Response.error(e.error());
                }
            }, response -> response.status() < 300);
        } catch (IdempotencyKeys.KeyReusedException e) {
            return Response.error(ApiError.of(409, "IDEMPOTENCY_ERROR", e.getMessage()));
        }
    }

    /** The request as an idempotency key compares it: method, path and the body's JSON value (or its bytes). */
    private static RequestFingerprint fingerprint(Request request) {
        String endpoint = request.method() + " " + request.path();
        if (request.body().length == 0) {
            return RequestFingerprint.ofBytes(endpoint, request.body());
        }
        try {
            return RequestFingerprint.of(endpoint, Json.parse(request.body()));
        } catch (IOException | RuntimeException notJson) {
            return RequestFingerprint.ofBytes(endpoint, request.body());
        }
    }

    private static Response notFound(String method, String path) {
        return Response.error(ApiError.of(404, "NOT_FOUND", "No such endpoint: " + method + " " + path));
    }

    private static Response methodNotAllowed(String method, String path, String allowed) {
        return Response.error(ApiError.of(405, "METHOD_NOT_ALLOWED",
                method + " is not supported on " + path + "; use " + allowed))
                .withHeader("Allow", allowed);
    }

    private void record(HttpServerExchange exchange, long sequence, Instant arrived, byte[] body, Response response,
                        Fault fault) {
        if (sequence == NOT_RECORDED) {
            return;
        }
        String method = exchange.getRequestMethod().toString();
        String path = repeated.path(exchange.getRequestPath());
        String headers = repeated.headers(headersOf(exchange));
        JournalEntry entry;
        if (response == null) {
            entry = new JournalEntry(sequence, arrived, method, path, exchange.getQueryString(), headers, body, 0,
                    NO_BODY, fault);
        } else if (response.rendering() != null) {
            entry = new JournalEntry(sequence, arrived, method, path, exchange.getQueryString(), headers, body,
                    response.status(), response.rendering(), fault);
        } else {
            entry = new JournalEntry(sequence, arrived, method, path, exchange.getQueryString(), headers, body,
                    response.status(), response.body(), fault);
        }
        setup.journal().add(entry);
    }

    /** The request's headers, with a live key masked: it must not sit in memory in full, let alone be printed. */
    private JournalEntry.HeaderLines headersOf(HttpServerExchange exchange) {
        JournalEntry.HeaderLines headers = new JournalEntry.HeaderLines();
        for (HeaderValues values : exchange.getRequestHeaders()) {
            String name = values.getHeaderName().toString();
            boolean authorization = values.getHeaderName().equals(Headers.AUTHORIZATION);
            for (String value : values) {
                headers.add(name, authorization ? authorizationKept(value) : ApiKeys.redactLiveKeys(value));
            }
        }
        return headers;
    }

    /** An {@code Authorization} value as the journal keeps it: masked if it carries a live key, else as sent. */
    private String authorizationKept(String value) {
        if (authorizationsWithoutLiveKey.contains(value)) {
            return value;
        }
        if (ApiKeys.carriesLiveKey(value)) {
            return ApiKeys.maskAuthorization(value);
        }
        if (authorizationsWithoutLiveKey.size() < AUTHORIZATIONS_REMEMBERED) {
            authorizationsWithoutLiveKey.add(value);
        }
        return value;
    }
}
