package io.github.fakexendit.assertj;

import io.github.fakexendit.WebhookAttempt;
import io.github.fakexendit.internal.FailureMessages;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one webhook attempt: what the fake sent (event, session, URL, token, body) and how the merchant
 * answered. Every failure shows the whole attempt, its body pretty-printed.
 *
 * <pre>{@code
 * assertThat(xendit).hasSentWebhook(Webhooks.COMPLETED, sessionId)
 *         .hasCallbackToken(xendit.callbackToken())
 *         .hasSessionStatus("COMPLETED")
 *         .wasDelivered();
 * }</pre>
 */
public final class WebhookAttemptAssert extends AbstractAssert<WebhookAttemptAssert, WebhookAttempt> {

    private static final String SUBJECT = "the webhook";

    WebhookAttemptAssert(WebhookAttempt attempt) {
        super(attempt, WebhookAttemptAssert.class);
    }

    /** {@link io.github.fakexendit.Webhooks#COMPLETED} or {@link io.github.fakexendit.Webhooks#EXPIRED}. */
    public WebhookAttemptAssert hasEvent(String event) {
        return has("the event", event, attempt().event());
    }

    /** The webhook is about this {@code payment_session_id}. */
    public WebhookAttemptAssert isForSession(String sessionId) {
        return has("the session", sessionId, attempt().sessionId());
    }

    /** It was POSTed to this URL. */
    public WebhookAttemptAssert hasUrl(String url) {
        return has("the URL", url, attempt().url());
    }

    /** It carried this {@code x-callback-token}. */
    public WebhookAttemptAssert hasCallbackToken(String token) {
        return has("the x-callback-token", token, attempt().header("x-callback-token"));
    }

    /** The session in {@code data} has this status, e.g. {@code COMPLETED}. */
    public WebhookAttemptAssert hasSessionStatus(String status) {
        return has("data.status", status, attempt().json().path("data").path("status").asText(null));
    }

    /** The envelope's {@code business_id}. */
    public WebhookAttemptAssert hasBusinessId(String businessId) {
        return has("the business_id", businessId, attempt().json().path("business_id").asText(null));
    }

    /** This is attempt number {@code attempt}: 1 for the first, 2 to 7 for Xendit's retries. */
    public WebhookAttemptAssert isAttempt(int attempt) {
        return has("the attempt number", attempt, attempt().attempt());
    }

    /** The merchant answered with this status (0: no answer, see the attempt's error). */
    public WebhookAttemptAssert hasStatus(int status) {
        return has("the merchant's status", status, attempt().status());
    }

    /** The merchant acknowledged it with a 2xx. */
    public WebhookAttemptAssert wasDelivered() {
        return has("the outcome", "a 2xx from the merchant", outcome(), attempt().delivered());
    }

    /** The merchant did not acknowledge it: a non-2xx, no answer, or no URL to send it to. */
    public WebhookAttemptAssert wasNotDelivered() {
        return has("the outcome", "no 2xx from the merchant", outcome(), !attempt().delivered());
    }

    /**
     * The body matches {@code expectedJson} leniently (fields left out are ignored, arrays in any order,
     * json-unit placeholders work), e.g. {@code {"data": {"amount": 10000}}}. Needs json-unit-assertj.
     */
    public WebhookAttemptAssert hasBodyMatching(String expectedJson) {
        String difference = JsonBodies.difference(attempt().body(), expectedJson, true);
        if (difference != null) {
            failWithMessage("%s", FailureMessages.bodyMismatch(SUBJECT, difference, actual.toString()));
        }
        return myself;
    }

    private String outcome() {
        return attempt().status() != 0 ? "status " + attempt().status() : attempt().error();
    }

    private WebhookAttemptAssert has(String property, Object expected, Object found) {
        return has(property, expected, found, Objects.equals(expected, found));
    }

    private WebhookAttemptAssert has(String property, Object expected, Object found, boolean holds) {
        if (!holds) {
            failWithMessage("%s", FailureMessages.mismatch(property, SUBJECT, expected, found, actual.toString()));
        }
        return myself;
    }

    private WebhookAttempt attempt() {
        isNotNull();
        return actual;
    }
}
