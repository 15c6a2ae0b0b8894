package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.http.AdminAnswer;
import io.github.fakexendit.internal.http.Request;
import io.github.fakexendit.internal.http.Response;
import io.github.fakexendit.internal.http.Routes;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.validation.JsonSchema;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The admin API's steps on charges and refunds, each the operation a JVM handle takes: script a token's next
 * charge, let a token expire, end a payment request that waits for its customer, script how refunds settle, settle
 * a held refund, list refunds. Bodies are checked against {@code charge-admin-bodies.schema.json}; refusals are answered as
 * {@link AdminAnswer} says: an unknown id 404, an object in no state for the step 409 {@code INVALID_PAYMENT_STATUS}.
 */
final class ChargeAdminRoutes {

    private static final Map<String, JsonSchema> BODIES =
            JsonSchema.loadEach(ChargeAdminRoutes.class, "charge-admin-bodies.schema.json");
    private static final String CONFLICT = "INVALID_PAYMENT_STATUS";

    private final ChargesAdmin admin;

    ChargeAdminRoutes(ChargesAdmin admin) {
        this.admin = admin;
    }

    void addTo(Routes routes) {
        routes.admin("POST", "/_fake/payment_tokens/{id}/next_charge", this::scriptCharge)
                .admin("GET", "/_fake/payment_tokens/{id}/charges", request -> AdminAnswer.of(CONFLICT,
                        () -> list("payment_requests", admin.charges(request.param("id")),
                                PaymentJson::paymentRequest)))
                .admin("POST", "/_fake/payment_tokens/{id}/expire", request -> AdminAnswer.of(CONFLICT,
                        () -> PaymentJson.paymentToken(admin.expireToken(request.param("id")))))
                .admin("POST", "/_fake/payment_requests/{id}/succeed",
                        request -> complete(request, Charges.Completion.SUCCEED))
                .admin("POST", "/_fake/payment_requests/{id}/fail",
                        request -> complete(request, Charges.Completion.FAIL))
                .admin("POST", "/_fake/payment_requests/{id}/expire",
                        request -> complete(request, Charges.Completion.EXPIRE))
                .admin("GET", "/_fake/refunds", request -> Response.json(200,
                        list("refunds", admin.refunds(), RefundJson::render)))
                .admin("GET", "/_fake/refunds/{id}", request -> AdminAnswer.of(CONFLICT,
                        () -> RefundJson.render(admin.refund(request.param("id")))))
                .admin("POST", "/_fake/refunds/next", request -> scriptRefunds(request, true))
                .admin("POST", "/_fake/refunds/all", request -> scriptRefunds(request, false))
                .admin("POST", "/_fake/refunds/{id}/succeed", request -> AdminAnswer.of(CONFLICT,
                        () -> RefundJson.render(admin.succeedRefund(request.param("id")))))
                .admin("POST", "/_fake/refunds/{id}/fail", request -> {
                    String code = request.json(BODIES.get("fail")).path("failure_code")
                            .asText(Refunds.Outcome.DEFAULT_FAILURE_CODE);
                    return AdminAnswer.of(CONFLICT, () -> RefundJson.render(admin.failRefund(request.param("id"),
                            code)));
                });
    }

    private Response scriptCharge(Request request) {
        JsonNode how = request.json(BODIES.get("next_charge"));
        String id = request.param("id");
        return AdminAnswer.of(CONFLICT, () -> {
            ChargeScripts.Script script = switch (how.get("outcome").textValue()) {
                case "FAIL" -> ChargeScripts.Script.fail(how.path("failure_code").asText(null));
                case "REQUIRE_ACTION" -> ChargeScripts.Script.requireAction();
                default -> ChargeScripts.Script.stayPending();
            };
            return Json.object().put("payment_token_id", id).put("scripted_charges", admin.scriptNextCharge(id, script));
        });
    }

    private Response complete(Request request, Charges.Completion completion) {
        String code = completion == Charges.Completion.FAIL
                ? request.json(BODIES.get("fail")).path("failure_code").asText(null) : null;
        return AdminAnswer.of(CONFLICT, () -> PaymentJson.paymentRequest(
                admin.complete(request.param("id"), completion, code)));
    }

    private Response scriptRefunds(Request request, boolean next) {
        JsonNode how = request.json(BODIES.get("refund_outcome"));
        Refunds.Outcome outcome = switch (how.get("outcome").textValue()) {
            case "FAIL" -> Refunds.Outcome.fail(how.path("failure_code").asText(null));
            case "HOLD" -> Refunds.Outcome.hold();
            default -> Refunds.Outcome.succeed();
        };
        if (next) {
            admin.scriptNextRefund(outcome);
        } else {
            admin.settleRefundsBy(outcome);
        }
        ObjectNode json = Json.object().put("outcome", outcome.settlement().name());
        json.put("failure_code", outcome.failureCode());
        return Response.json(200, json);
    }

    private static <T> ObjectNode list(String name, List<T> objects, Function<T, ObjectNode> render) {
        ObjectNode json = Json.object();
        ArrayNode list = json.putArray(name);
        objects.forEach(o -> list.add(render.apply(o)));
        return json;
    }
}
