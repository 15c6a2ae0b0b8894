package io.github.fakexendit.internal.sessions;

import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.webhooks.Event;
import io.github.fakexendit.internal.webhooks.EventType;
import java.util.List;
import java.util.function.Consumer;

/**
 * The webhooks of payment sessions: a session that completes or expires announces it, with the session as
 * {@code GET} returns it as {@code data}; cancelling a session sends none.
 */
public final class SessionEvents implements TransitionListener {

    /** The event of a session that was paid for, or whose payment method was saved. */
    public static final String COMPLETED = "payment_session.completed";
    /** The event of a session that passed its {@code expires_at} unpaid. */
    public static final String EXPIRED = "payment_session.expired";

    static final List<EventType> TYPES = List.of(type(COMPLETED), type(EXPIRED));

    private final Consumer<Event> events;

    SessionEvents(Consumer<Event> events) {
        this.events = events;
    }

    private static EventType type(String name) {
        return new EventType(name, "payment sessions", "session", "payment_session_id");
    }

    @Override
    public void onTransition(Session session) {
        String event = eventOf(session.status());
        if (event != null) {
            events.accept(event(event, session));
        }
    }

    /**
     * Sends the webhook of a COMPLETED or EXPIRED session again, as a new delivery with retries of its own.
     *
     * @return the event sent
     * @throws IllegalStateException if the session's status sends no webhook
     */
    public String redeliver(Session session) {
        String event = eventOf(session.status());
        if (event == null) {
            throw new IllegalStateException("Session " + session.id() + " is " + session.status()
                    + ": only COMPLETED and EXPIRED sessions have a webhook to send");
        }
        events.accept(event(event, session));
        return event;
    }

    private static Event event(String name, Session session) {
        return new Event(name, session.business().businessId(), session.id(), SessionJson.render(session),
                session.updated());
    }

    /** The event a session in {@code status} announces, or {@code null} if there is none (ACTIVE, CANCELED). */
    private static String eventOf(SessionStatus status) {
        return switch (status) {
            case COMPLETED -> COMPLETED;
            case EXPIRED -> EXPIRED;
            default -> null;
        };
    }
}
