package io.github.fakexendit.internal.payments;

import io.github.fakexendit.internal.http.AdminAnswer;
import io.github.fakexendit.internal.http.Response;
import io.github.fakexendit.internal.http.Routes;

/**
 * The admin API's steps on payments, each the operation the JVM handles take: list and read payment requests,
 * payments and tokens of every business, and let an authorisation lapse. Refusals are answered as
 * {@link AdminAnswer} says: an unknown id 404, a payment that is not AUTHORIZED 409 {@code INVALID_PAYMENT_STATUS}.
 */
final class PaymentAdminRoutes {

    private static final String CONFLICT = "INVALID_PAYMENT_STATUS";

    private final PaymentsAdmin admin;

    PaymentAdminRoutes(PaymentsAdmin admin) {
        this.admin = admin;
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
                .admin("GET", "/_fake/payment_tokens", request -> Response.json(200, admin.paymentTokens()))
                .admin("GET", "/_fake/payment_tokens/{id}", request -> AdminAnswer.of(CONFLICT,
                        () -> PaymentJson.paymentToken(admin.paymentToken(request.param("id")))));
    }
}
