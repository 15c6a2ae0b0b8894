package io.github.fakexendit.internal.http;

import io.github.fakexendit.Fault;
import io.github.fakexendit.internal.ApiError;
import io.github.fakexendit.internal.ApiException;
import io.github.fakexendit.internal.ApiKeys;
import io.github.fakexendit.internal.Engine;
import io.github.fakexendit.internal.RequestPattern;
import io.github.fakexendit.internal.faults.RateLimiter;
import io.github.fakexendit.internal.store.JournalEntry;
import io.github.fakexendit.internal.validation.CreateSessionValidator;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every request enters here: the body is read in full (up to the size limit), a scripted fault or the route
 * answers, the request is written to the journal with its answer (unless it was for the admin API, which no
 * fault touches either), and the answer is delivered. Handlers run on the I/O thread and never block. Unknown
 * paths answer 404 and known paths with another method 405, both in Xendit's error envelope.
 */
public final class Router implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(Router.class.getName());
    private static final byte[] NO_BODY = new byte[0];
    private static final long NOT_RECORDED = 0;

    private final Engine engine;
    private final SessionRoutes sessionRoutes;
    private final AdminRoutes adminRoutes;
    private final CheckoutRoutes checkoutRoutes;
    private final Delivery delivery = new Delivery();

    public Router(Engine engine, CreateSessionValidator validator) {
        this.engine = engine;
        this.sessionRoutes = new SessionRoutes(engine, validator,
                new Authenticator(engine.config().apiKey()));
        this.adminRoutes = new AdminRoutes(engine);
        this.checkoutRoutes = new CheckoutRoutes(engine.sessions());
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        // the journal is the merchant's traffic alone: admin calls take no place in it
        long sequence = AdminRoutes.owns(exchange.getRequestPath()) ? NOT_RECORDED : engine.journal().nextSequence();
        Instant arrived = engine.clock().instant();
        RequestBody.read(exchange, engine.config().maxBodyBytes(), engine.config().requestTimeout(),
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
        Fault fault = AdminRoutes.owns(path) ? null
                : engine.faults().take(exchange.getRequestMethod().toString(), path).orElse(null);
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
            return route(new Request(exchange, body, engine.baseUrlFor(
                    exchange.getRequestHeaders().getFirst(Headers.HOST), exchange.getDestinationAddress().getPort())));
        } catch (ApiException e) {
            return Response.error(e.error());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "fake-xendit failed on " + exchange.getRequestMethod() + " "
                    + exchange.getRequestPath(), e);
            return Response.error(ApiError.serverError());
        }
    }

    private Response route(Request request) {
        List<String> path = RequestPattern.segments(request.path());
        if (path.isEmpty()) {
            return notFound(request);
        }
        return switch (path.get(0)) {
            case "sessions" -> sessionRoutes.route(request, path);
            case CheckoutRoutes.PREFIX -> checkoutRoutes.route(request, path);
            case AdminRoutes.PREFIX -> adminRoutes.route(request, path);
            default -> notFound(request);
        };
    }

    static Response only(Request request, String method, Supplier<Response> handler) {
        return request.method().equals(method) ? handler.get() : methodNotAllowed(request, method);
    }

    static Response notFound(Request request) {
        return Response.error(ApiError.of(404, "NOT_FOUND",
                "No such endpoint: " + request.method() + " " + request.path()));
    }

    static Response methodNotAllowed(Request request, String allowed) {
        return Response.error(ApiError.of(405, "METHOD_NOT_ALLOWED",
                request.method() + " is not supported on " + request.path() + "; use " + allowed))
                .withHeader("Allow", allowed);
    }

    private void record(HttpServerExchange exchange, long sequence, Instant arrived, byte[] body, Response response,
                        Fault fault) {
        if (sequence == NOT_RECORDED) {
            return;
        }
        String method = exchange.getRequestMethod().toString();
        JournalEntry.HeaderLines headers = headersOf(exchange);
        JournalEntry entry;
        if (response == null) {
            entry = new JournalEntry(sequence, arrived, method, exchange.getRequestPath(), exchange.getQueryString(),
                    headers, body, 0, NO_BODY, fault);
        } else if (response.rendering() != null) {
            entry = new JournalEntry(sequence, arrived, method, exchange.getRequestPath(), exchange.getQueryString(),
                    headers, body, response.status(), response.rendering(), fault);
        } else {
            entry = new JournalEntry(sequence, arrived, method, exchange.getRequestPath(), exchange.getQueryString(),
                    headers, body, response.status(), response.body(), fault);
        }
        engine.journal().add(entry);
    }

    /** The request's headers, with a live key masked: it must not sit in memory in full, let alone be printed. */
    private static JournalEntry.HeaderLines headersOf(HttpServerExchange exchange) {
        JournalEntry.HeaderLines headers = new JournalEntry.HeaderLines();
        for (HeaderValues values : exchange.getRequestHeaders()) {
            String name = values.getHeaderName().toString();
            boolean authorization = values.getHeaderName().equals(Headers.AUTHORIZATION);
            for (String value : values) {
                headers.add(name, authorization
                        ? ApiKeys.carriesLiveKey(value) ? ApiKeys.maskAuthorization(value) : value
                        : ApiKeys.redactLiveKeys(value));
            }
        }
        return headers;
    }
}
