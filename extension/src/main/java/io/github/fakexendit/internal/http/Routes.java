package io.github.fakexendit.internal.http;

import io.github.fakexendit.internal.RequestPattern;
import io.github.fakexendit.internal.platform.Business;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The route table: method and path pattern to handler, for every product and the admin API alike. A pattern is a
 * path whose segments are literal or <code>{name}</code> (any one segment, read with {@link Request#param}).
 * Where several patterns match a path, the one with a literal segment where another has a variable wins, from
 * the left; a path no pattern matches is 404, a path whose winning patterns take other methods 405 with
 * {@code Allow}.
 *
 * <pre>{@code
 * routes.api("POST", "/sessions/{id}/cancel", (request, business) -> cancel(business, request.param("id")));
 * routes.admin("POST", "/_fake/sessions/{id}/expire", request -> expire(request.param("id")));
 * }</pre>
 */
public final class Routes {

    /** The first segment of the admin API's paths. */
    public static final String ADMIN_PREFIX = "_fake";

    /** Answers a request that needs no account: a page, the admin API. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request);
    }

    /** Answers an API request on behalf of the business its key (and {@code for-user-id}) names. */
    @FunctionalInterface
    public interface ApiHandler {
        Response handle(Request request, Business business);
    }

    /** How the pipeline treats a route's requests before its handler runs. */
    enum Access {
        /** Authenticated, then counted against the rate limit; journaled, faults apply. */
        API,
        /** No key asked for (a hosted page a browser opens); journaled, faults apply. */
        PAGE,
        /** The fake's own control surface: no key, not journaled, no faults. */
        ADMIN
    }

    /**
     * @param idempotent whether the pipeline honours {@code idempotency-key} on it: a creating request of the API
     */
    record Route(String method, List<String> pattern, Access access, Handler handler, ApiHandler apiHandler,
                 boolean idempotent) {

        /** {@code GET /sessions/{id}}: the endpoint as the rate limit counts it. */
        String endpoint() {
            return method + " /" + String.join("/", pattern);
        }
    }

    /** What the table says of a request: a route and its path values, or the methods the path takes (405), or 404. */
    record Match(Route route, Map<String, String> params, Set<String> allowed) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** An endpoint of Xendit's API: the pipeline authenticates the caller and applies the rate limit first. */
    public Routes api(String method, String path, ApiHandler handler) {
        return add(method, path, Access.API, null, handler, false);
    }

    /**
     * An endpoint of Xendit's API that creates or moves something, as {@link #api}, whose requests may carry an
     * {@code idempotency-key}: the pipeline answers a retry with the first answer instead of running the handler
     * again (see {@link io.github.fakexendit.internal.store.IdempotencyKeys}).
     */
    public Routes creating(String method, String path, ApiHandler handler) {
        return add(method, path, Access.API, null, handler, true);
    }

    /** A page a browser opens, such as a hosted checkout: no key is asked for. */
    public Routes page(String method, String path, Handler handler) {
        return add(method, path, Access.PAGE, handler, null, false);
    }

    /** A step of the admin API; {@code path} starts with {@code /_fake/}. */
    public Routes admin(String method, String path, Handler handler) {
        return add(method, path, Access.ADMIN, handler, null, false);
    }

    private Routes add(String method, String path, Access access, Handler handler, ApiHandler apiHandler,
                       boolean idempotent) {
        List<String> pattern = RequestPattern.segments(path);
        boolean underAdmin = !pattern.isEmpty() && pattern.get(0).equals(ADMIN_PREFIX);
        if (pattern.isEmpty() || underAdmin != (access == Access.ADMIN)) {
            throw new IllegalArgumentException("admin routes, and they alone, go under /" + ADMIN_PREFIX + "/: "
                    + access + " " + method + " " + path);
        }
        for (Route route : routes) {
            if (route.method().equals(method) && route.pattern().equals(pattern)) {
                throw new IllegalArgumentException("two routes for " + method + " " + path);
            }
        }
        routes.add(new Route(method, List.copyOf(pattern), access, handler, apiHandler, idempotent));
        return this;
    }

    /** Whether {@code path} is the admin API's: its first non-empty segment is {@link #ADMIN_PREFIX}. */
    static boolean isAdmin(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        int end = start + ADMIN_PREFIX.length();
        return path.startsWith(ADMIN_PREFIX, start) && (path.length() == end || path.charAt(end) == '/');
    }

    Match match(String method, List<String> path) {
        List<Route> best = new ArrayList<>();
        String bestShape = null;
        for (Route route : routes) {
            String shape = shapeIfMatches(route.pattern(), path);
            if (shape == null) {
                continue;
            }
            int order = bestShape == null ? 1 : shape.compareTo(bestShape);
            if (order > 0) {
                best.clear();
                bestShape = shape;
            }
            if (order >= 0) {
                best.add(route);
            }
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : best) {
            if (route.method().equals(method)) {
                return new Match(route, params(route.pattern(), path), Set.of());
            }
            allowed.add(route.method());
        }
        return new Match(null, Map.of(), allowed);
    }

    /** {@code 1} for each literal segment and {@code 0} for each variable, if {@code pattern} matches; else null. */
    private static String shapeIfMatches(List<String> pattern, List<String> path) {
        if (pattern.size() != path.size()) {
            return null;
        }
        StringBuilder shape = new StringBuilder(pattern.size());
        for (int i = 0; i < pattern.size(); i++) {
            String segment = pattern.get(i);
            if (isVariable(segment)) {
                shape.append('0');
            } else if (segment.equals(path.get(i))) {
                shape.append('1');
            } else {
                return null;
            }
        }
        return shape.toString();
    }

    private static Map<String, String> params(List<String> pattern, List<String> path) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            if (isVariable(pattern.get(i))) {
                String segment = pattern.get(i);
                params.put(segment.substring(1, segment.length() - 1), path.get(i));
            }
        }
        return params;
    }

    private static boolean isVariable(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }
}
