package io.github.fakexendit.internal.http;

import io.github.fakexendit.internal.ApiError;
import io.github.fakexendit.internal.ApiException;
import io.github.fakexendit.internal.ApiKeys;
import io.github.fakexendit.internal.Engine;
import io.github.fakexendit.internal.store.JournalEntry;
import io.github.fakexendit.internal.validation.CreateSessionValidator;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every request enters here: the body is read in full (up to the size limit), the route answers, and the
 * request is written to the journal with the status it got (unless it was for the admin API). Handlers run on
 * the I/O thread and never block. Unknown paths answer 404 and known paths with another method 405, both in
 * Xendit's error envelope.
 */
public final class Router implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(Router.class.getName());
    private static final ApiError SERVER_ERROR = ApiError.of(500, "SERVER_ERROR",
            "Something unexpected happened. We are investigating this issue. Please try again later.");

    private static final long NOT_RECORDED = 0;

    private final Engine engine;
    private final SessionRoutes sessionRoutes;
    private final AdminRoutes adminRoutes;

    public Router(Engine engine, CreateSessionValidator validator) {
        this.engine = engine;
        this.sessionRoutes = new SessionRoutes(engine, validator,
                new Authenticator(engine.config().apiKey()));
        this.adminRoutes = new AdminRoutes(engine);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        // the journal is the merchant's traffic alone: admin calls take no place in it
        long sequence = AdminRoutes.owns(exchange.getRequestPath()) ? NOT_RECORDED : engine.journal().nextSequence();
        Instant arrived = engine.clock().instant();
        RequestBody.read(exchange, engine.config().maxBodyBytes(), engine.config().requestTimeout(),
                (ex, body) -> answer(ex, sequence, arrived, body),
                (ex, refusal) -> finish(ex, sequence, arrived, new byte[0], Response.error(refusal)));
    }

    private void answer(HttpServerExchange exchange, long sequence, Instant arrived, byte[] body) {
        Response response;
        try {
            response = route(new Request(exchange, body, engine.baseUrlFor(
                    exchange.getRequestHeaders().getFirst(Headers.HOST), exchange.getDestinationAddress().getPort())));
        } catch (ApiException e) {
            response = Response.error(e.error());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "fake-xendit failed on " + exchange.getRequestMethod() + " "
                    + exchange.getRequestPath(), e);
            response = Response.error(SERVER_ERROR);
        }
        finish(exchange, sequence, arrived, body, response);
    }

    private Response route(Request request) {
        List<String> path = segments(request.path());
        if (path.isEmpty()) {
            return notFound(request);
        }
        return switch (path.get(0)) {
            case "sessions" -> sessionRoutes.route(request, path);
            case "checkout" -> path.size() == 2
                    ? only(request, "GET", () -> CheckoutPage.render(engine.sessions().find(path.get(1))))
                    : notFound(request);
            case AdminRoutes.PREFIX -> adminRoutes.route(request, path);
            default -> notFound(request);
        };
    }

    /** {@code /sessions/ps-1/} is {@code [sessions, ps-1]}: empty segments are ignored, as Express does. */
    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>(4);
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                out.add(segment);
            }
        }
        return out;
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

    private void finish(HttpServerExchange exchange, long sequence, Instant arrived, byte[] body, Response r) {
        if (sequence != NOT_RECORDED) {
            engine.journal().add(new JournalEntry(sequence, arrived, exchange.getRequestMethod().toString(),
                    exchange.getRequestPath(), exchange.getQueryString(), headersOf(exchange), body, r.status()));
        }
        exchange.setStatusCode(r.status());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, r.contentType());
        r.headers().forEach((name, value) -> exchange.getResponseHeaders().put(HttpString.tryFromString(name), value));
        exchange.getResponseSender().send(ByteBuffer.wrap(r.body()));
    }

    /** The request's headers, with a live key masked: it must not sit in memory in full, let alone be printed. */
    private static Map<String, List<String>> headersOf(HttpServerExchange exchange) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HeaderValues values : exchange.getRequestHeaders()) {
            List<String> copy = new ArrayList<>(values);
            if (values.getHeaderName().equals(Headers.AUTHORIZATION)) {
                copy.replaceAll(v -> ApiKeys.carriesLiveKey(v) ? ApiKeys.maskAuthorization(v) : v);
            } else {
                copy.replaceAll(ApiKeys::redactLiveKeys);
            }
            headers.put(values.getHeaderName().toString(), List.copyOf(copy));
        }
        return Collections.unmodifiableMap(headers);
    }
}
