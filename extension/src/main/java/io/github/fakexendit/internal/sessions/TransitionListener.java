package io.github.fakexendit.internal.sessions;

/**
 * Told once about every change of a session's status, whatever caused it: a scripted move, a cancel over HTTP,
 * or the clock passing {@code expires_at}. Called after the change is stored, outside any lock, on the thread
 * that made the change (an HTTP I/O thread included), so it must not block.
 */
@FunctionalInterface
public interface TransitionListener {

    /** {@code session} as it is after the move; its status is no longer ACTIVE. */
    void onTransition(Session session);
}
