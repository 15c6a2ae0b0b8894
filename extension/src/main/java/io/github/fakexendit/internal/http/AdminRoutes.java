package io.github.fakexendit.internal.http;

import io.github.fakexendit.internal.Engine;
import io.github.fakexendit.internal.json.Json;
import java.util.List;

/**
 * The fake's own control surface under {@code /_fake}, for tests that drive the fake over HTTP. It needs no
 * API key: it is on the same loopback bind as the API.
 */
final class AdminRoutes {

    private final Engine engine;

    AdminRoutes(Engine engine) {
        this.engine = engine;
    }

    /** {@code path} starts with {@code _fake}. */
    Response route(Request request, List<String> path) {
        if (path.size() == 2 && path.get(1).equals("health")) {
            return Router.only(request, "GET", () -> Response.json(200, Json.object().put("status", "UP")));
        }
        return Router.notFound(request);
    }
}
