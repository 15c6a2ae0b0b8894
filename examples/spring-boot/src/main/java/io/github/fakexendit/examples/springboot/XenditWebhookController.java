package io.github.fakexendit.examples.springboot;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives Xendit's webhooks (payment sessions, payments and refunds) at one endpoint and dispatches on
 * {@code event}. It trusts only requests that carry the dashboard's callback token, and it is idempotent: Xendit may
 * deliver a webhook more than once, and an order or an invoice moves only once.
 */
@RestController
public class XenditWebhookController {

    public static final String PATH = "/webhooks/xendit";

    private final byte[] callbackToken;
    private final Orders orders;
    private final Warehouse warehouse;
    private final Subscriptions subscriptions;

    public XenditWebhookController(XenditProperties xendit, Orders orders, Warehouse warehouse,
                                   Subscriptions subscriptions) {
        this.callbackToken = xendit.callbackToken().getBytes(StandardCharsets.UTF_8);
        this.orders = orders;
        this.warehouse = warehouse;
        this.subscriptions = subscriptions;
    }

    @PostMapping(PATH)
    public ResponseEntity<Void> receive(@RequestHeader(name = "x-callback-token", required = false) String token,
                                        @RequestBody Webhook webhook) {
        if (!isXendits(token)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Data data = webhook.data();
        String orderId = data.referenceId();   // a payment carries its session's reference_id: the order
        switch (webhook.event()) {
            case "payment_session.completed" -> {
                if ("SAVE".equals(data.sessionType())) {
                    // a subscriber saved a card: the subscription starts, charged through its token
                    subscriptions.activate(orderId, data.sessionId(), data.paymentTokenId());
                } else if ("MANUAL".equals(data.captureMethod())) {
                    // only authorised: the order ships, and the payment is captured, when the warehouse has it
                    orders.settle(orderId, data.sessionId(), Orders.Status.AUTHORIZED, data.paymentId(),
                            data.paymentRequestId());
                } else if (orders.settle(orderId, data.sessionId(), Orders.Status.PAID, data.paymentId(),
                        data.paymentRequestId())) {
                    warehouse.ship(orderId);
                }
            }
            case "payment_session.expired" -> orders.settle(orderId, data.sessionId(), Orders.Status.EXPIRED);
            case "payment.expiry" -> orders.movePayment(orderId, data.paymentId(), Set.of(Orders.Status.AUTHORIZED),
                    Orders.Status.AUTHORIZATION_EXPIRED);
            // a subscription's monthly charge; for an order, payment.capture confirms what the capture's answer said
            case "payment.capture" -> subscriptions.settleCharge(orderId, data.paymentRequestId(), true, null);
            case "payment.failure" ->
                    subscriptions.settleCharge(orderId, data.paymentRequestId(), false, data.failureCode());
            case "refund.succeeded", "refund.failed" -> {
                boolean succeeded = webhook.event().equals("refund.succeeded");
                subscriptions.settleRefund(data.id(), data.paymentRequestId(), data.amount(), succeeded);
                orders.settleRefund(data.id(), data.paymentRequestId(), data.amount(), succeeded);
            }
            default -> {
                // an event the shop does not act on: acknowledged, so that Xendit does not retry it
            }
        }
        return ResponseEntity.ok().build();
    }

    /** Compared in constant time, so that the token cannot be guessed from how fast a wrong one is refused. */
    private boolean isXendits(String token) {
        return token != null && callbackToken.length > 0
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), callbackToken);
    }

    /** The parts of Xendit's webhook the shop reads: the event and its object (a session, a payment, a refund). */
    record Webhook(String event, Data data) {
    }

    /** What the shop reads of a session, a payment or a refund; a field the object does not have is {@code null}. */
    record Data(
            @JsonProperty("payment_session_id") String sessionId,
            @JsonProperty("session_type") String sessionType,
            @JsonProperty("reference_id") String referenceId,
            @JsonProperty("payment_id") String paymentId,
            @JsonProperty("payment_request_id") String paymentRequestId,
            @JsonProperty("payment_token_id") String paymentTokenId,
            @JsonProperty("capture_method") String captureMethod,
            @JsonProperty("failure_code") String failureCode,
            String id,
            Long amount) {
    }
}
