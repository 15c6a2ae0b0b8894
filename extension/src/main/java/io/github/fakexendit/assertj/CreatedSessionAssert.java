package io.github.fakexendit.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.RecordedRequest;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.FailureMessages;
import io.github.fakexendit.internal.json.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Assertions on one session the merchant's code created, read from the request that created it (what the
 * merchant sent), and on the session's status now. Every failure shows that whole request.
 *
 * <pre>{@code
 * assertThat(xendit).hasCreatedSessions(1).first()
 *         .hasReferenceId("order-1001")
 *         .hasAmount(200_000).hasCurrency("IDR")
 *         .hasCustomerEmail("ayu@example.com")
 *         .hasItemCount(2).hasItem("tee-red-m", 2, 75_000)
 *         .hasSessionStatus(SessionStatus.ACTIVE);
 * }</pre>
 */
public final class CreatedSessionAssert extends AbstractRecordedRequestAssert<CreatedSessionAssert> {

    private final FakeXenditServer server;

    CreatedSessionAssert(RecordedRequest create, FakeXenditServer server) {
        super(create, CreatedSessionAssert.class);
        this.server = server;
    }

    @Override
    protected String subject() {
        return "the request that created session " + sessionIdOf(actual);
    }

    /** The session's {@code reference_id}, usually the merchant's order id. */
    public CreatedSessionAssert hasReferenceId(String referenceId) {
        return hasText("reference_id", referenceId);
    }

    /** The amount, compared as a number: {@code 10000} matches {@code 10000.00}. */
    public CreatedSessionAssert hasAmount(Number amount) {
        JsonNode sent = field("amount");
        return has("amount", amount, shown(sent), sent.isNumber()
                && sent.decimalValue().compareTo(new BigDecimal(amount.toString())) == 0);
    }

    /** {@code IDR}, {@code PHP}... */
    public CreatedSessionAssert hasCurrency(String currency) {
        return hasText("currency", currency);
    }

    /** {@code ID}, {@code PH}... */
    public CreatedSessionAssert hasCountry(String country) {
        return hasText("country", country);
    }

    /** {@code PAY}, {@code SAVE}... */
    public CreatedSessionAssert hasSessionType(String sessionType) {
        return hasText("session_type", sessionType);
    }

    /** {@code PAYMENT_LINK}, {@code COMPONENTS}... */
    public CreatedSessionAssert hasMode(String mode) {
        return hasText("mode", mode);
    }

    /** The session's {@code description}. */
    public CreatedSessionAssert hasDescription(String description) {
        return hasText("description", description);
    }

    /** The {@code customer.email} sent with the session. */
    public CreatedSessionAssert hasCustomerEmail(String email) {
        return hasText("customer.email", email);
    }

    /** The {@code customer.reference_id} sent with the session. */
    public CreatedSessionAssert hasCustomerReferenceId(String referenceId) {
        return hasText("customer.reference_id", referenceId);
    }

    /** The {@code metadata} sent has this key with this value. */
    public CreatedSessionAssert hasMetadata(String key, String value) {
        return hasText("metadata." + key, value);
    }

    /** How many {@code items} were sent; none sent counts as 0. */
    public CreatedSessionAssert hasItemCount(int count) {
        return has("the number of items", count, items().size());
    }

    /** One of the items has this {@code reference_id}, {@code quantity} and {@code net_unit_amount}. */
    public CreatedSessionAssert hasItem(String referenceId, int quantity, Number netUnitAmount) {
        BigDecimal amount = new BigDecimal(netUnitAmount.toString());
        boolean found = items().stream().anyMatch(item -> referenceId.equals(item.path("reference_id").textValue())
                && item.path("quantity").isIntegralNumber() && item.path("quantity").intValue() == quantity
                && item.path("net_unit_amount").isNumber()
                && item.path("net_unit_amount").decimalValue().compareTo(amount) == 0);
        if (!found) {
            failWithMessage("%s", FailureMessages.lacking("an item with reference_id \"" + referenceId
                    + "\", quantity " + quantity + " and net_unit_amount " + netUnitAmount, subject(), actual.toString()));
        }
        return this;
    }

    /** The session's status now, as {@code GET /sessions/{id}} would report it. */
    public CreatedSessionAssert hasSessionStatus(SessionStatus status) {
        String id = sessionIdOf(request());
        SessionStatus now = server.session(id).status();
        if (now != status) {
            failWithMessage("%s", FailureMessages.mismatch("the status", "session " + id, status, now,
                    server.session(id).toString()));
        }
        return this;
    }

    private CreatedSessionAssert hasText(String path, String expected) {
        JsonNode sent = field(path);
        return has(path, expected, shown(sent), sent.isTextual() && sent.textValue().equals(expected));
    }

    /** A field of the request body by dotted path; missing if absent. */
    private JsonNode field(String path) {
        JsonNode node = request().json().orElse(MissingNode.getInstance());
        for (String name : path.split("\\.")) {
            node = node.path(name);
        }
        return node;
    }

    private List<JsonNode> items() {
        return StreamSupport.stream(field("items").spliterator(), false).toList();
    }

    /** Text as text, a missing field as absent, anything else as its JSON. */
    private static Object shown(JsonNode value) {
        return value.isMissingNode() ? null : value.isTextual() ? value.textValue() : value;
    }

    static String referenceIdOf(RecordedRequest create) {
        return create.json().map(body -> body.path("reference_id").textValue()).orElse(null);
    }

    private static String sessionIdOf(RecordedRequest create) {
        try {
            return Json.parse(create.responseBody()).path("payment_session_id").asText();
        } catch (IllegalArgumentException notJson) {
            return "(unknown)";
        }
    }
}
