package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.http.Request;
import io.github.fakexendit.internal.http.Response;
import io.github.fakexendit.internal.http.Routes;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.Business;

/**
 * The routes of {@link ChargesApi}: every POST that creates or moves money is a creating route, so the pipeline
 * honours {@code idempotency-key} on it; {@code GET /refunds/{id}} reads.
 */
final class ChargeRoutes {

    private final ChargesApi api;

    ChargeRoutes(ChargesApi api) {
        this.api = api;
    }

    void addTo(Routes routes) {
        routes.creating("POST", "/v3/payment_requests", (request, business) -> Response.json(201,
                        api.create(business, business.businessId(), request.header("api-version"),
                                request.header("Content-Type"), request.body(), body(request), request.baseUrl())))
                .creating("POST", "/v3/payment_requests/{id}/simulate", (request, business) -> Response.json(200,
                        api.simulate(business, request.header("api-version"), request.param("id"),
                                request.header("Content-Type"), request.body(), body(request))))
                .creating("POST", "/v3/payment_requests/{id}/cancel", (request, business) -> Response.json(200,
                        api.cancelRequest(business, request.header("api-version"), request.param("id"))))
                .creating("POST", "/v3/payment_tokens/{id}/cancel", (request, business) -> Response.json(200,
                        api.cancelToken(business, request.header("api-version"), request.param("id"))))
                .creating("POST", "/refunds", this::refund)
                .api("GET", "/refunds/{id}", (request, business) -> Response.json(200,
                        api.getRefund(business, request.param("id"))));
    }

    /** Answers PENDING, then settles the refund as scripted: its webhook goes out after the answer was made. */
    private Response refund(Request request, Business business) {
        Refund created = api.refund(business, request.header("Content-Type"), request.body(), body(request));
        Response answer = Response.json(200, RefundJson.render(created));
        api.settle(created);
        return answer;
    }

    /**
     * The JSON body; with no body at all, an empty object (the calls answer a missing body themselves). A body of
     * another media type is 415, as Xendit's validator answers it.
     */
    private static JsonNode body(Request request) {
        String contentType = request.header("Content-Type");
        if (contentType == null) {
            return request.body().length == 0 ? Json.object() : request.json();
        }
        String mediaType = Request.mediaType(contentType);
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw PaymentError.UNSUPPORTED_CONTENT_TYPE.refusal("media_type", contentType);
        }
        return request.json();
    }
}
