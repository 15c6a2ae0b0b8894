package io.github.fakexendit.internal.sessions;

import io.github.fakexendit.SessionStatus;

/** A session was asked to move although it is no longer {@code ACTIVE}. */
public final class IllegalTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final SessionStatus current;

    IllegalTransitionException(String sessionId, SessionStatus current, SessionStatus target) {
        super("Session " + sessionId + " is " + current + " and cannot become " + target
                + ": only an ACTIVE session changes status");
        this.current = current;
    }

    public SessionStatus current() {
        return current;
    }
}
