package io.github.fakexendit.examples.quarkus;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives Xendit's payment session webhooks. It trusts only requests that carry the dashboard's callback
 * token, and it is idempotent: Xendit may deliver a webhook more than once, and the order moves only once.
 */
@Path(XenditWebhookResource.PATH)
public class XenditWebhookResource {

    public static final String PATH = "/webhooks/xendit";

    private final byte[] callbackToken;
    private final Orders orders;
    private final Warehouse warehouse;

    XenditWebhookResource(@ConfigProperty(name = "xendit.callback-token") String callbackToken, Orders orders,
                          Warehouse warehouse) {
        this.callbackToken = callbackToken.getBytes(StandardCharsets.UTF_8);
        this.orders = orders;
        this.warehouse = warehouse;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("x-callback-token") String token, Webhook webhook) {
        if (!isXendits(token)) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        String orderId = webhook.session().referenceId();
        String sessionId = webhook.session().id();
        switch (webhook.event()) {
            case "payment_session.completed" -> {
                if (orders.settle(orderId, sessionId, Orders.Status.PAID)) {
                    warehouse.ship(orderId);
                }
            }
            case "payment_session.expired" -> orders.settle(orderId, sessionId, Orders.Status.EXPIRED);
            default -> {
                // an event the shop does not act on: acknowledged, so that Xendit does not retry it
            }
        }
        return Response.ok().build();
    }

    /** Compared in constant time, so that the token cannot be guessed from how fast a wrong one is refused. */
    private boolean isXendits(String token) {
        return token != null && callbackToken.length > 0
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), callbackToken);
    }

    /** The parts of Xendit's webhook the shop reads: the event and the session as GET returns it. */
    record Webhook(String event, @JsonProperty("data") Session session) {
    }

    record Session(@JsonProperty("payment_session_id") String id, @JsonProperty("reference_id") String referenceId) {
    }
}
