package io.github.fakexendit.examples.strict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A webhook handler (of sessions, and of the payments and tokens they leave behind) written against the responses Xendit's guides print as captured from test mode, in
 * the three styles that tell a loose fake apart from Xendit:
 * <ul>
 *   <li>a strict timestamp pattern with milliseconds ({@code 2025-11-04T15:42:53.811Z}), as a parser generated
 *       from a captured sample has it;</li>
 *   <li>{@code key in data} checks, as in Python ({@code "payment_token_id" in data}) or JavaScript
 *       ({@code 'payment_token_id' in data}): a key that is there means the thing exists, so a {@code null} value
 *       for an absent id would be taken for a token;</li>
 *   <li>prefix checks on ids ({@code pt-} for payment tokens, {@code py-} for payments), and a staleness guard
 *       that refuses an envelope {@code created} before its {@code data.updated}.</li>
 * </ul>
 * It refuses what does not fit with {@link IllegalArgumentException}, which a web framework answers with a 4xx,
 * so that Xendit (or the fake) records the delivery as failed.
 */
public final class StrictWebhookHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    /** What the shop learned from one webhook; {@code sessionId} is {@code null} for a payment's or token's. */
    public record Outcome(String event, String sessionId, String paymentId, String paymentTokenId) {
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    /** Handles one webhook body. */
    public synchronized Outcome handle(String body) {
        JsonNode webhook;
        try {
            webhook = JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode data = webhook.path("data");
        String event = webhook.path("event").asText();
        boolean ofSession = event.startsWith("payment_session.");
        Instant created = timestamp(webhook, "created");
        Instant updated = timestamp(data, "updated");
        timestamp(data, "created");
        if (ofSession) {
            timestamp(data, "expires_at");
        }
        if (created.isBefore(updated)) {
            throw new IllegalArgumentException("stale webhook: created " + created + " before updated " + updated);
        }
        String paymentId = null;
        String tokenId = null;
        if (data.has("payment_id")) { // 'payment_id' in data
            paymentId = prefixed(data, "payment_id", "py-");
        }
        if (data.has("payment_token_id")) { // 'payment_token_id' in data: the customer saved a method
            tokenId = prefixed(data, "payment_token_id", "pt-");
        }
        if (event.startsWith("payment.") && paymentId == null) {
            throw new IllegalArgumentException("a payment event without payment_id: " + data);
        }
        if (event.startsWith("payment_token.") && tokenId == null) {
            throw new IllegalArgumentException("a payment token event without payment_token_id: " + data);
        }
        if (event.equals("payment_session.completed") && paymentId == null && tokenId == null) {
            throw new IllegalArgumentException("a completed session without payment or token: " + data);
        }
        if (event.equals("payment_session.expired") && (paymentId != null || tokenId != null)) {
            throw new IllegalArgumentException("an expired session with a payment or a token: " + data);
        }
        Outcome outcome = new Outcome(event, ofSession ? data.path("payment_session_id").asText() : null, paymentId,
                tokenId);
        outcomes.add(outcome);
        return outcome;
    }

    /** Every webhook handled, oldest first. */
    public synchronized List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    private static Instant timestamp(JsonNode object, String field) {
        String text = object.path(field).asText();
        if (!TIMESTAMP.matcher(text).matches()) {
            throw new IllegalArgumentException(field + " is not yyyy-MM-ddTHH:mm:ss.SSSZ: '" + text + "'");
        }
        return Instant.parse(text);
    }

    /** The id, which must be a string with Xendit's prefix: {@code null} would read as the text "null". */
    private static String prefixed(JsonNode data, String field, String prefix) {
        String id = data.get(field).asText();
        if (!data.get(field).isTextual() || !id.startsWith(prefix)) {
            throw new IllegalArgumentException(field + " is not " + prefix + "...: " + data.get(field));
        }
        return id;
    }
}
