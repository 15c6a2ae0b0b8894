package io.github.fakexendit.internal.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Something a product announces to the merchant: the event's name from the {@link EventCatalog}, the business it
 * happened to, the object it is about, and that object as the API shows it (the envelope's {@code data}).
 *
 * @param data rendered when the event happened; written out, never modified
 */
public record Event(String name, String businessId, String resourceId, ObjectNode data) {
}
