package io.github.fakexendit.internal.sessions;

/**
 * A session was asked to move that the server does not hold (never created, reset since, or forgotten past the
 * capacity). An {@link IllegalArgumentException}, as the handle documents it, told apart from the other refusals
 * of a move so that the admin API can answer 404.
 */
public final class UnknownSessionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String sessionId;

    UnknownSessionException(String sessionId) {
        super("No session " + sessionId + " in this fake (was it reset?)");
        this.sessionId = sessionId;
    }

    public String sessionId() {
        return sessionId;
    }
}
