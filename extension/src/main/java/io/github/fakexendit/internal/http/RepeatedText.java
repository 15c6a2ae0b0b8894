package io.github.fakexendit.internal.http;

import io.github.fakexendit.internal.store.JournalEntry;

/**
 * The path and header lines of the last request the journal recorded, handed out again when the next request's
 * are the same: a client repeats them request after request, and every copy the journal keeps is two more
 * objects for each young collection to copy. A lost race only costs the sharing, never a wrong text.
 */
final class RepeatedText {

    private volatile String path;
    private volatile String headers;

    /** {@code now}, or the same text kept before. */
    String path(String now) {
        String last = path;
        if (now.equals(last)) {
            return last;
        }
        path = now;
        return now;
    }

    /** The text of {@code lines}, or the same text kept before, then without making a string of it. */
    String headers(JournalEntry.HeaderLines lines) {
        String last = headers;
        if (lines.isText(last)) {
            return last;
        }
        String now = lines.text();
        headers = now;
        return now;
    }
}
