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
 * Receives Xendit's webhooks, of payment sessions and payments alike at one endpoint. It trusts only requests that
 * carry the dashboard's callback token, and it is idempotent: Xendit may deliver a webhook more than once, and the
 * order moves only once.
 */
@RestController
public class XenditWebhookController {

    public static final String PATH = "/webhooks/xendit";

    private final byte[] callbackToken;
    private final Orders orders;
    private final Warehouse warehouse;

    public XenditWebhookController(XenditProperties xendit, Orders orders, Warehouse warehouse) {
        this.callbackToken = xendit.callbackToken().getBytes(StandardCharsets.UTF_8);
        this.orders = orders;
        this.warehouse = warehouse;
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
                if ("MANUAL".equals(data.captureMethod())) {
                    // only authorised: the order ships, and the payment is captured, when the warehouse has it
                    orders.settle(orderId, data.sessionId(), Orders.Status.AUTHORIZED, data.paymentId());
                } else if (orders.settle(orderId, data.sessionId(), Orders.Status.PAID, data.paymentId())) {
                    warehouse.ship(orderId);
                }
            }
            case "payment_session.expired" -> orders.settle(orderId, data.sessionId(), Orders.Status.EXPIRED);
            case "payment.expiry" -> orders.movePayment(orderId, data.paymentId(), Set.of(Orders.Status.AUTHORIZED),
                    Orders.Status.AUTHORIZATION_EXPIRED);
            default -> {
                // payment.capture confirms what the capture's answer said; any other event the shop does not act
                // on: acknowledged, so that Xendit does not retry it
            }
        }
        return ResponseEntity.ok().build();
    }

    /** Compared in constant time, so that the token cannot be guessed from how fast a wrong one is refused. */
    private boolean isXendits(String token) {
        return token != null && callbackToken.length > 0
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), callbackToken);
    }

    /** The parts of Xendit's webhook the shop reads: the event and its object (a session or a payment). */
    record Webhook(String event, Data data) {
    }

    /** What the shop reads of a session or a payment; a field the object does not have is {@code null}. */
    record Data(@JsonProperty("payment_session_id") String sessionId, @JsonProperty("reference_id") String referenceId,
                @JsonProperty("payment_id") String paymentId, @JsonProperty("capture_method") String captureMethod) {
    }
}
