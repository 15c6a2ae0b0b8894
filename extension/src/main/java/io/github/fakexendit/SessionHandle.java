package io.github.fakexendit;

import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.sessions.Session;
import io.github.fakexendit.internal.sessions.SessionJson;
import io.github.fakexendit.internal.sessions.SessionService;

/**
 * One session of a {@link FakeXenditServer}, to read it and to script what happens to it. Every read sees
 * the session as it is now; the moves act as the customer or Xendit would.
 *
 * <pre>{@code
 * SessionHandle session = server.session(sessionId);
 * session.complete();                       // the customer paid
 * assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
 * }</pre>
 *
 * <p>Only an {@link SessionStatus#ACTIVE ACTIVE} session moves: moving any other throws
 * {@link IllegalStateException} naming both statuses.
 */
public final class SessionHandle {

    private final SessionService sessions;
    private final String id;

    SessionHandle(SessionService sessions, String id) {
        this.sessions = sessions;
        this.id = id;
    }

    /** The {@code payment_session_id}. */
    public String id() {
        return id;
    }

    /** The status now; a session past its {@code expires_at} on the server's clock reads EXPIRED. */
    public SessionStatus status() {
        return current().status();
    }

    /** The session as {@code GET /sessions/{id}} returns it now, as compact JSON. */
    public String json() {
        return Json.compact(SessionJson.render(current()));
    }

    /**
     * The customer pays (PAY) or saves the payment method (SAVE): the session becomes COMPLETED with
     * {@code payment_request_id} and {@code payment_id} (PAY) and {@code payment_token_id} (SAVE, or PAY with
     * {@code allow_save_payment_method: FORCED}).
     *
     * @throws IllegalStateException if the session is not ACTIVE
     */
    public SessionHandle complete() {
        sessions.move(id, SessionStatus.COMPLETED);
        return this;
    }

    /**
     * The session runs out of time now, whatever its {@code expires_at}.
     *
     * @throws IllegalStateException if the session is not ACTIVE
     */
    public SessionHandle expire() {
        sessions.move(id, SessionStatus.EXPIRED);
        return this;
    }

    /**
     * The session is cancelled, as the merchant's {@code POST /sessions/{id}/cancel} would.
     *
     * @throws IllegalStateException if the session is not ACTIVE
     */
    public SessionHandle cancel() {
        sessions.move(id, SessionStatus.CANCELED);
        return this;
    }

    private Session current() {
        return sessions.find(id).orElseThrow(
                () -> new IllegalStateException("Session " + id + " is gone: the fake was reset since"));
    }

    /** The session as pretty-printed JSON. */
    @Override
    public String toString() {
        return sessions.find(id).map(s -> Json.pretty(SessionJson.render(s))).orElse("Session " + id + " (gone)");
    }
}
