package io.github.fakexendit.internal.webhooks;

import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.Webhooks;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The two events of payment sessions; cancelling a session sends none. */
public enum WebhookEvent {
    COMPLETED(Webhooks.COMPLETED),
    EXPIRED(Webhooks.EXPIRED);

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    /** The {@code event} field of the envelope, e.g. {@code payment_session.completed}. */
    public String wireName() {
        return wireName;
    }

    /** The event a session in {@code status} announces, or {@code null} if there is none (ACTIVE, CANCELED). */
    static WebhookEvent of(SessionStatus status) {
        return switch (status) {
            case COMPLETED -> COMPLETED;
            case EXPIRED -> EXPIRED;
            default -> null;
        };
    }

    /** @throws IllegalArgumentException naming both events if {@code wireName} is neither */
    public static WebhookEvent named(String wireName) {
        for (WebhookEvent event : values()) {
            if (event.wireName.equals(wireName)) {
                return event;
            }
        }
        throw new IllegalArgumentException("Unknown webhook event '" + wireName + "': payment sessions send "
                + Arrays.stream(values()).map(WebhookEvent::wireName).collect(Collectors.joining(" and ")));
    }
}
