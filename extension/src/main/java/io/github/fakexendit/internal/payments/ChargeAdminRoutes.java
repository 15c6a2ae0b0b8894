package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.http.AdminAnswer;
import io.github.fakexendit.internal.http.Request;
import io.github.fakexendit.internal.http.Response;
import io.github.fakexendit.internal.http.Routes;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.validation.JsonSchema;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The admin API's steps on charges and refunds, each the operation a JVM handle takes: script a token's next
 * charge, end a payment request that waits for its customer, script how refunds settle, settle a held refund, list
 * refunds. Bodies are checked against {@code charge-admin-bodies.schema.json}; an object in no state for the step
 * is 409 {@code INELIGIBLE_TRANSACTION_STATUS}, an unknown one 404.
 */
final class ChargeAdminRoutes {

    private static final Map<String, JsonSchema> BODIES =
            JsonSchema.loadEach(ChargeAdminRoutes.class, "charge-admin-bodies.schema.json");
    private static final String CONFLICT = "INELIGIBLE_TRANSACTION_STATUS";

    private final PaymentLedger ledger;

    ChargeAdminRoutes(PaymentLedger ledger) {
        this.ledger = ledger;
    }

    void addTo(Routes routes) {
        routes.admin("POST", "/_fake/payment_tokens/{id}/next_charge", this::scriptCharge)
                .admin("GET", "/_fake/payment_tokens/{id}/charges", request -> charges(request.param("id")))
                .admin("POST", "/_fake/payment_requests/{id}/succeed",
                        request -> complete(request, Charges.Completion.SUCCEED))
                .admin("POST", "/_fake/payment_requests/{id}/fail",
                        request -> complete(request, Charges.Completion.FAIL))
                .admin("POST", "/_fake/payment_requests/{id}/expire",
                        request -> complete(request, Charges.Completion.EXPIRE))
                .admin("GET", "/_fake/refunds", request -> refunds())
                .admin("GET", "/_fake/refunds/{id}", request -> ledger.refunds().find(request.param("id"))
                        .map(r -> Response.json(200, RefundJson.render(r)))
                        .orElseGet(() -> AdminAnswer.notFound("No refund " + request.param("id") + " in this fake")))
                .admin("POST", "/_fake/refunds/next", request -> scriptRefunds(request, true))
                .admin("POST", "/_fake/refunds/all", request -> scriptRefunds(request, false))
                .admin("POST", "/_fake/refunds/{id}/succeed", request -> settle(request.param("id"), null, true))
                .admin("POST", "/_fake/refunds/{id}/fail", request -> settle(request.param("id"),
                        request.json(BODIES.get("fail")).path("failure_code").asText(
                                Refunds.Outcome.DEFAULT_FAILURE_CODE), false));
    }

    private Response scriptCharge(Request request) {
        JsonNode how = request.json(BODIES.get("next_charge"));
        String id = request.param("id");
        if (ledger.paymentToken(id).isEmpty()) {
            return AdminAnswer.notFound("No payment token " + id + " in this fake");
        }
        return AdminAnswer.of(CONFLICT, () -> {
            ChargeScripts.Script script = switch (how.get("outcome").textValue()) {
                case "FAIL" -> ChargeScripts.Script.fail(how.path("failure_code").asText(null));
                case "REQUIRE_ACTION" -> ChargeScripts.Script.requireAction();
                default -> ChargeScripts.Script.stayPending();
            };
            ledger.charges().scripts().scriptNext(id, script);
            return Json.object().put("payment_token_id", id)
                    .put("scripted_charges", ledger.charges().scripts().pending(id));
        });
    }

    private Response charges(String tokenId) {
        if (ledger.paymentToken(tokenId).isEmpty()) {
            return AdminAnswer.notFound("No payment token " + tokenId + " in this fake");
        }
        ObjectNode json = Json.object();
        ArrayNode list = json.putArray("payment_requests");
        ledger.paymentRequests().stream()
                .filter(r -> tokenId.equals(r.paymentTokenId()) && r.type() == RequestType.PAY)
                .forEach(r -> list.add(PaymentJson.paymentRequest(r)));
        return Response.json(200, json);
    }

    private Response complete(Request request, Charges.Completion completion) {
        String id = request.param("id");
        String code = completion == Charges.Completion.FAIL
                ? request.json(BODIES.get("fail")).path("failure_code").asText(null) : null;
        if (ledger.paymentRequest(id).isEmpty()) {
            return AdminAnswer.notFound("No payment request " + id + " in this fake");
        }
        return AdminAnswer.of(CONFLICT, () -> PaymentJson.paymentRequest(
                refusedAsConflict(() -> ledger.charges().complete(null, id, completion, code))));
    }

    private Response refunds() {
        ObjectNode json = Json.object();
        ArrayNode list = json.putArray("refunds");
        ledger.refunds().all().forEach(r -> list.add(RefundJson.render(r)));
        return Response.json(200, json);
    }

    private Response scriptRefunds(Request request, boolean next) {
        JsonNode how = request.json(BODIES.get("refund_outcome"));
        Refunds.Outcome outcome = switch (how.get("outcome").textValue()) {
            case "FAIL" -> Refunds.Outcome.fail(how.path("failure_code").asText(null));
            case "HOLD" -> Refunds.Outcome.hold();
            default -> Refunds.Outcome.succeed();
        };
        if (next) {
            ledger.refunds().scriptNext(outcome);
        } else {
            ledger.refunds().settleBy(outcome);
        }
        ObjectNode json = Json.object().put("outcome", outcome.settlement().name());
        json.put("failure_code", outcome.failureCode());
        return Response.json(200, json);
    }

    private Response settle(String id, String failureCode, boolean succeed) {
        if (ledger.refunds().find(id).isEmpty()) {
            return AdminAnswer.notFound("No refund " + id + " in this fake");
        }
        return AdminAnswer.of(CONFLICT, () -> RefundJson.render(succeed ? ledger.refunds().succeed(id)
                : ledger.refunds().fail(id, failureCode)));
    }

    /** A refusal of the v3 API, as the admin API words a step the object is in no state for. */
    private static <T> T refusedAsConflict(Supplier<T> step) {
        try {
            return step.get();
        } catch (ApiException e) {
            throw new IllegalStateException(e.error().message(), e);
        }
    }
}
