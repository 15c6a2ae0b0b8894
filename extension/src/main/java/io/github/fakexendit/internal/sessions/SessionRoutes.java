package io.github.fakexendit.internal.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.http.Request;
import io.github.fakexendit.internal.http.Response;
import io.github.fakexendit.internal.http.Routes;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.Business;
import io.github.fakexendit.internal.platform.FakeClock;
import io.github.fakexendit.internal.platform.PaymentChannels;
import io.github.fakexendit.internal.validation.CreateSessionValidator;
import io.github.fakexendit.internal.validation.RuleContext;
import java.util.Optional;

/**
 * Xendit's sessions endpoints: create, get, cancel. The pipeline authenticates and applies the rate limit
 * first; then the body, then the domain.
 */
final class SessionRoutes {

    private final SessionService sessions;
    private final CreateSessionValidator validator;
    private final FakeClock clock;
    private final PaymentChannels channels;
    private final String paymentLinkBase;

    /** @param paymentLinkBase what payment links start with; {@code null}: the base the request reached us by */
    SessionRoutes(SessionService sessions, CreateSessionValidator validator, FakeClock clock,
                  PaymentChannels channels, String paymentLinkBase) {
        this.sessions = sessions;
        this.validator = validator;
        this.clock = clock;
        this.channels = channels;
        this.paymentLinkBase = paymentLinkBase;
    }

    void addTo(Routes routes) {
        routes.api("POST", "/sessions", this::create)
                .api("GET", "/sessions/{id}", (request, business) -> get(business, request.param("id")))
                .api("POST", "/sessions/{id}/cancel", (request, business) -> cancel(business, request.param("id")));
    }

    private Response create(Request request, Business business) {
        JsonNode body = request.json();
        boolean asSent = CreateSessionValidator.keepsNumbersAsSent(body);
        RuleContext context = new RuleContext(clock.instant(), channels);
        Optional<ApiError> invalid = validator.validate(body, context);
        if (invalid.isPresent()) {
            return Response.error(invalid.get());
        }
        // the session keeps the bytes received, the very array the journal keeps, unless validation read a number
        // as another value; then it keeps the body as validated
        SessionRequest stored = asSent ? new SessionRequest(request.body(), body) : SessionRequest.of((ObjectNode) body);
        Session session = sessions.create(business, (ObjectNode) body, stored,
                paymentLinkBase != null ? paymentLinkBase : request.baseUrl());
        return Response.rendered(201, SessionJson.render(session, body), () -> SessionJson.render(session));
    }

    private Response get(Business business, String id) {
        return sessions.find(business, id)
                .map(session -> Response.rendered(200, () -> SessionJson.render(session)))
                .orElseGet(() -> Response.error(ApiError.sessionNotFound()));
    }

    private Response cancel(Business business, String id) {
        try {
            Session canceled = sessions.cancel(business, id);
            return Response.rendered(200, () -> SessionJson.render(canceled));
        } catch (IllegalTransitionException e) {
            return Response.error(ApiError.of(422, "INVALID_SESSION_STATUS",
                    "Session status is " + e.current() + ", expecting ACTIVE"));
        }
    }
}
