package io.github.fakexendit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.webhooks.DeliveryAttempt;
import java.time.Instant;
import java.util.Map;

/**
 * One attempt to deliver a webhook, as the fake made it, with what the merchant answered. Immutable.
 *
 * <pre>{@code
 * WebhookAttempt paid = server.webhooks().await(1, Duration.ofSeconds(5)).get(0);
 * assertThat(paid.event()).isEqualTo(Webhooks.COMPLETED);
 * assertThat(paid.status()).isEqualTo(200);
 * assertThat(paid.json().path("data").path("status").asText()).isEqualTo("COMPLETED");
 * }</pre>
 *
 * <p>{@link #toString()} prints the whole attempt, the body pretty-printed.
 */
public final class WebhookAttempt {

    private final long delivery;
    private final int attempt;
    private final String event;
    private final String resourceId;
    private final String url;
    private final Map<String, String> headers;
    private final String body;
    private final int status;
    private final String error;
    private final String response;
    private final Instant time;

    private WebhookAttempt(DeliveryAttempt made) {
        this.delivery = made.delivery();
        this.attempt = made.attempt();
        this.event = made.event();
        this.resourceId = made.resourceId();
        this.url = made.url();
        this.headers = made.headers();
        this.body = made.body();
        this.status = made.status();
        this.error = made.error();
        this.response = made.response();
        this.time = made.time();
    }

    /** The attempt as the webhook log recorded it. */
    static WebhookAttempt of(DeliveryAttempt made) {
        return new WebhookAttempt(made);
    }

    /**
     * Which webhook this attempt belongs to, counted from 1 since the last reset: retries share the number of
     * the webhook they retry; a redelivery is a webhook of its own.
     */
    public long delivery() {
        return delivery;
    }

    /** 1 for the first attempt, 2 to 7 for Xendit's six retries. */
    public int attempt() {
        return attempt;
    }

    /** The event, such as {@link Webhooks#COMPLETED} or {@link Webhooks#PAYMENT_CAPTURE}. */
    public String event() {
        return event;
    }

    /**
     * The id of the object the webhook is about: the {@code payment_session_id} of a session event, the
     * {@code payment_id} of a {@code payment.*} event, the {@code payment_token_id} of a {@code payment_token.*}
     * event.
     */
    public String resourceId() {
        return resourceId;
    }

    /** The {@code payment_session_id} the webhook is about, or {@code null} if it is about another object. */
    public String sessionId() {
        return event.startsWith("payment_session.") ? resourceId : null;
    }

    /** Where it was POSTed; {@code null} if no URL was set for its event, so it was recorded but not sent. */
    public String url() {
        return url;
    }

    /** The headers the fake set: {@code Content-Type} and {@code x-callback-token}. */
    public Map<String, String> headers() {
        return headers;
    }

    /** A header the fake set, regardless of the name's case, or {@code null}. */
    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The body as sent: {@code {"event", "business_id", "created", "data"}}. */
    public String body() {
        return body;
    }

    /** The body as JSON; {@code data} equals the session as {@code GET /sessions/{id}} returns it. */
    public JsonNode json() {
        return Json.parse(body);
    }

    /** The merchant's HTTP status, or 0 if there was no answer (see {@link #error()}). */
    public int status() {
        return status;
    }

    /** Whether the merchant acknowledged it with a 2xx. */
    public boolean delivered() {
        return status >= 200 && status < 300;
    }

    /**
     * Why there was no answer ({@code "no answer within 30 s"}, {@code "could not connect: ..."}, or
     * {@code "not sent: no webhook URL is set for ..."}); {@code null} if the merchant answered.
     */
    public String error() {
        return error;
    }

    /** The start of the merchant's answer body (up to 2,000 characters), or {@code null} without an answer. */
    public String response() {
        return response;
    }

    /** When the attempt was made, on the server's clock; also the envelope's {@code created}. */
    public Instant time() {
        return time;
    }

    @Override
    public String toString() {
        String outcome = status() != 0 ? "-> " + status() : "-> " + error();
        return "webhook " + delivery() + " attempt " + attempt() + " at " + time() + ": " + event() + " to "
                + (url() == null ? "(no URL)" : url()) + " " + outcome + "\n" + Json.pretty(json()) + "\n";
    }
}
