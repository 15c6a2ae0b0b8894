package io.github.fakexendit.internal.payments;

import io.github.fakexendit.internal.http.AdminAnswer;
import io.github.fakexendit.internal.http.Request;
import io.github.fakexendit.internal.http.Response;
import io.github.fakexendit.internal.http.Routes;
import io.github.fakexendit.internal.json.Json;

/**
 * The admin API's steps on payments, each the operation the JVM handles take: list and read payment requests,
 * payments and tokens of every business, let an authorisation lapse, and send a payment's or token's webhook
 * again. Refusals are answered as {@link AdminAnswer} says: an unknown id 404, a payment that is not AUTHORIZED
 * 409 {@code INVALID_PAYMENT_STATUS}.
 */
final class PaymentAdminRoutes {

    private static final String CONFLICT = "INVALID_PAYMENT_STATUS";

    private final PaymentsAdmin admin;

    PaymentAdminRoutes(PaymentsAdmin admin) {
        this.admin = admin;
    }

    /** Sends the webhook of the object's status again; the answer names the event and the object. */
    private Response redeliver(Request request) {
        String id = request.param("id");
        return AdminAnswer.of(CONFLICT, () -> Json.object().put("event", admin.redeliver(id)).put("id", id));
    }

    void addTo(Routes routes) {
        routes.admin("GET", "/_fake/payment_requests", request -> Response.json(200, admin.paymentRequests()))
                .admin("GET", "/_fake/payment_requests/{id}", request -> AdminAnswer.of(CONFLICT,
                        () -> PaymentJson.paymentRequest(admin.paymentRequest(request.param("id")))))
                .admin("GET", "/_fake/payments", request -> Response.json(200, admin.payments()))
                .admin("GET", "/_fake/payments/{id}", request -> AdminAnswer.of(CONFLICT,
                        () -> PaymentJson.payment(admin.payment(request.param("id")))))
                .admin("POST", "/_fake/payments/{id}/expire_authorization", request -> AdminAnswer.of(CONFLICT,
                        () -> PaymentJson.payment(admin.expireAuthorization(request.param("id")))))
                .admin("POST", "/_fake/payments/{id}/redeliver", this::redeliver)
                .admin("GET", "/_fake/payment_tokens", request -> Response.json(200, admin.paymentTokens()))
                .admin("POST", "/_fake/payment_tokens/{id}/redeliver", this::redeliver)
                .admin("GET", "/_fake/payment_tokens/{id}", request -> AdminAnswer.of(CONFLICT,
                        () -> PaymentJson.paymentToken(admin.paymentToken(request.param("id")))));
    }
}
