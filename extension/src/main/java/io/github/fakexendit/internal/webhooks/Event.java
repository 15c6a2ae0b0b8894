package io.github.fakexendit.internal.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Something a product announces to the merchant: the event's name from the {@link EventCatalog}, the business it
 * happened to, the object it is about, and that object as the API shows it (the envelope's {@code data}).
 *
 * @param data     rendered when the event happened; written out, never modified
 * @param happened when the object changed (its {@code updated}): no attempt's envelope {@code created} is
 *                 earlier; {@code null} if the object shows no such time
 */
public record Event(String name, String businessId, String resourceId, ObjectNode data, Instant happened) {

    /** An event about an object that shows no time of change. */
    public Event(String name, String businessId, String resourceId, ObjectNode data) {
        this(name, businessId, resourceId, data, null);
    }
}
