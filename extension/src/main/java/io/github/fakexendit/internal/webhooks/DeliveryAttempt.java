package io.github.fakexendit.internal.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import java.time.Instant;
import java.util.Map;

/**
 * One POST of a webhook to the merchant, or the record that it could not be sent, with what came of it.
 *
 * @param delivery  which webhook this is, counted from 1 since the last reset; retries share it, a redelivery
 *                  is a webhook of its own
 * @param attempt   1 for the first attempt, 2 to 7 for the retries
 * @param idField   what the admin API's log calls the object's id: {@code payment_session_id}
 * @param resourceId the id of the object the webhook is about
 * @param url       where it went; {@code null} if no URL was set for the event
 * @param headers   the headers the fake set
 * @param status    the merchant's HTTP status; 0 if there was no answer
 * @param error     why there was no answer (or no attempt); {@code null} if the merchant answered
 * @param response  the start of the merchant's answer body; {@code null} without an answer
 */
public record DeliveryAttempt(long delivery, int attempt, String event, String idField, String resourceId, String url,
                              Map<String, String> headers, String body, int status, String error,
                              String response, Instant time) {

    public DeliveryAttempt {
        headers = Map.copyOf(headers);
    }

    /** The merchant acknowledged it: any 2xx. */
    public boolean delivered() {
        return status >= 200 && status < 300;
    }

    /** As {@code GET /_fake/webhooks} lists it; the body is embedded as JSON. */
    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("delivery", delivery);
        json.put("attempt", attempt);
        json.put("event", event);
        json.put(idField, resourceId);
        json.put("url", url);
        json.put("time", time.toString());
        ObjectNode headerJson = json.putObject("headers");
        headers.forEach(headerJson::put);
        json.set("body", Json.parse(body));
        if (status == 0) {
            json.putNull("status");
        } else {
            json.put("status", status);
        }
        json.put("error", error);
        json.put("response", response);
        json.put("delivered", delivered());
        return json;
    }
}
