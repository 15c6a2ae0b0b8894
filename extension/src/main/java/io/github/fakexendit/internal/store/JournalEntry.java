package io.github.fakexendit.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request as it arrived and the status it was answered with. Immutable by convention: {@code body} is
 * never written after construction and never handed out without a copy.
 *
 * @param sequence arrival order within the server
 * @param headers  header names as sent, in a case-insensitive map
 */
public record JournalEntry(
        long sequence,
        Instant time,
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        byte[] body,
        int status) {
}
