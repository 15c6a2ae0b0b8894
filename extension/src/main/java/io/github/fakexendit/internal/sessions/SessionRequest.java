package io.github.fakexendit.internal.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The validated request that created a session, kept compact: the body as the bytes received (the same array
 * the request journal keeps) and the few fields read on every use as strings; the rest is parsed from the bytes
 * when asked for. A server keeps thousands of sessions and every young collection copies what it keeps: an
 * array is copied in one go, where a tree of a hundred small objects five times its size is copied object by
 * object.
 *
 * <p>Immutable: the bytes are never written, and each {@link #tree()} is a fresh tree.
 */
public final class SessionRequest {

    private final byte[] json;
    private final String referenceId;
    private final String sessionType;
    private final String mode;
    private final String currency;
    private final String country;

    /**
     * @param json the body as received, which parses to {@code tree}; never written afterwards
     * @param tree the validated body
     */
    public SessionRequest(byte[] json, JsonNode tree) {
        this.json = json;
        this.referenceId = textOf(tree, "reference_id");
        this.sessionType = canonical(textOf(tree, "session_type"));
        this.mode = canonical(textOf(tree, "mode"));
        this.currency = canonical(textOf(tree, "currency"));
        this.country = canonical(textOf(tree, "country"));
    }

    /** A request built in code rather than received, such as a sample: its bytes are its compact JSON. */
    public static SessionRequest of(ObjectNode tree) {
        return new SessionRequest(Json.bytes(tree), tree);
    }

    /** The body as received. Never write to it. */
    public byte[] bytes() {
        return json;
    }

    /** The body as a tree, parsed now: keep it for the length of one use rather than asking again. */
    public ObjectNode tree() {
        try {
            return (ObjectNode) Json.parse(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored request no longer parses", e);
        }
    }

    /** The field as the merchant sent it, or {@code null}; the common ones without parsing. */
    public String text(String field) {
        return switch (field) {
            case "reference_id" -> referenceId;
            case "session_type" -> sessionType;
            case "mode" -> mode;
            case "currency" -> currency;
            case "country" -> country;
            default -> textOf(tree(), field);
        };
    }

    /** {@code tree().get(field)}. */
    public JsonNode get(String field) {
        return tree().get(field);
    }

    /** {@code tree().path(field)}. */
    public JsonNode path(String field) {
        return tree().path(field);
    }

    /** {@code tree().at(pointer)}. */
    public JsonNode at(String pointer) {
        return tree().at(pointer);
    }

    /** The field of {@code tree} as the merchant sent it, or {@code null}. */
    static String textOf(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * One string for every session that sent the value: these fields are validated against a small vocabulary
     * (the schema's enums and the catalogs), so the JVM's string table holds a few dozen at most.
     */
    private static String canonical(String value) {
        return value == null ? null : value.intern();
    }
}
