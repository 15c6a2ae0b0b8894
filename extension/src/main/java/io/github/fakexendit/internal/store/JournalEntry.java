package io.github.fakexendit.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.Fault;
import io.github.fakexendit.internal.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request as it arrived and how it was answered. Immutable by convention: the byte arrays are never
 * written after construction and never handed out without a copy.
 *
 * @param sequence     arrival order within the server
 * @param headers      header names as sent, in a case-insensitive map
 * @param status       the status answered, or 0 if the request got no status line
 * @param responseBody the body answered (in full, even if a fault cut it off on the wire); empty if none
 * @param fault        the scripted fault the request got, or {@code null}
 */
public record JournalEntry(
        long sequence,
        Instant time,
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        byte[] body,
        int status,
        byte[] responseBody,
        Fault fault) {

    /**
     * Whether the fake refused the request as Xendit would (a 4xx): an answer from a scripted fault is not a
     * refusal. (The test's own calls to the admin API under {@code /_fake} are not in the journal at all.)
     */
    public boolean isRejection() {
        return isRejection(status, fault);
    }

    /** @see #isRejection() */
    public static boolean isRejection(int status, Fault fault) {
        return status >= 400 && status < 500 && fault == null;
    }

    /** The {@code error_code} of the error answered, or {@code null} if the answer was not an error envelope. */
    public String errorCode() {
        return errorField(status, responseBody, "error_code");
    }

    /** The {@code message} of the error answered, or {@code null} if the answer was not an error envelope. */
    public String errorMessage() {
        return errorField(status, responseBody, "message");
    }

    /** A text field of the error envelope answered with {@code status}, or {@code null}. */
    public static String errorField(int status, byte[] responseBody, String name) {
        if (status < 400 || responseBody.length == 0) {
            return null;
        }
        try {
            JsonNode value = Json.parse(responseBody).get(name);
            return value == null || !value.isTextual() ? null : value.textValue();
        } catch (IOException notJson) {
            return null;
        }
    }
}
