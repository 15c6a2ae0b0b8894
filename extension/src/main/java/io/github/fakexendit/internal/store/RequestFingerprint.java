package io.github.fakexendit.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two requests "the same" for an idempotency key: the endpoint and the body's JSON value, digested.
 * Whitespace and the order of an object's properties do not count; a number's value does ({@code 100} and
 * {@code 100.0} are one amount). Only the digest is kept, so a remembered key costs a few dozen bytes whatever
 * the body's size.
 */
public record RequestFingerprint(String digest) {

    /** The fingerprint of a JSON body sent to {@code endpoint} (e.g. {@code POST /refunds}). */
    public static RequestFingerprint of(String endpoint, JsonNode body) {
        MessageDigest sha = sha256();
        update(sha, endpoint);
        canonical(body, sha);
        return new RequestFingerprint(HexFormat.of().formatHex(sha.digest()));
    }

    /** The fingerprint of a body that is not JSON, by its bytes. */
    public static RequestFingerprint ofBytes(String endpoint, byte[] body) {
        MessageDigest sha = sha256();
        update(sha, endpoint);
        sha.update((byte) 'B');
        sha.update(body);
        return new RequestFingerprint(HexFormat.of().formatHex(sha.digest()));
    }

    private static void canonical(JsonNode node, MessageDigest sha) {
        if (node.isObject()) {
            sha.update((byte) '{');
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
            sorted.forEach((name, value) -> {
                update(sha, name);
                canonical(value, sha);
            });
            sha.update((byte) '}');
        } else if (node.isArray()) {
            sha.update((byte) '[');
            node.forEach(element -> canonical(element, sha));
            sha.update((byte) ']');
        } else if (node.isNumber()) {
            sha.update((byte) 'n');
            update(sha, node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (node.isTextual()) {
            sha.update((byte) 's');
            update(sha, node.textValue());
        } else {
            // true, false, null, or the missing node of an empty body
            update(sha, node.isMissingNode() ? "missing" : node.asText());
        }
    }

    /** A string with its length in front, so that no two sequences of strings digest alike. */
    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) (bytes.length >>> 24));
        sha.update((byte) (bytes.length >>> 16));
        sha.update((byte) (bytes.length >>> 8));
        sha.update((byte) bytes.length);
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
