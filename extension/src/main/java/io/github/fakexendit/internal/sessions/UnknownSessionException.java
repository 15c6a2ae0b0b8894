package io.github.fakexendit.internal.sessions;

import io.github.fakexendit.internal.platform.UnknownResourceException;

/**
 * A session was asked to move that the server does not hold (never created, reset since, or forgotten past the
 * capacity). An {@link IllegalArgumentException}, as the handle documents it, told apart from the other refusals
 * of a move so that the admin API can answer 404.
 */
public final class UnknownSessionException extends UnknownResourceException {
    private static final long serialVersionUID = 1L;

    UnknownSessionException(String sessionId) {
        super("session", sessionId);
    }

    public String sessionId() {
        return id();
    }
}
