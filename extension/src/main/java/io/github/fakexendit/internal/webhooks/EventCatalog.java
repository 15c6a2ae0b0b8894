package io.github.fakexendit.internal.webhooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every event the server's products send, in the order they declared them: the one place that knows which event
 * names exist. Immutable.
 */
public final class EventCatalog {

    private final Map<String, EventType> byName = new LinkedHashMap<>();

    public EventCatalog(List<EventType> types) {
        for (EventType type : types) {
            if (byName.putIfAbsent(type.name(), type) != null) {
                throw new IllegalArgumentException("two products send the event " + type.name());
            }
        }
    }

    /** Every event name, in declaration order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * The event named {@code name}.
     *
     * @throws IllegalArgumentException naming the events there are, by product, if there is none of that name
     */
    public EventType named(String name) {
        EventType type = byName.get(name);
        if (type == null) {
            Map<String, List<String>> byProduct = new LinkedHashMap<>();
            byName.values().forEach(t -> byProduct.computeIfAbsent(t.product(), p -> new ArrayList<>()).add(t.name()));
            throw new IllegalArgumentException("Unknown webhook event '" + name + "': " + byProduct.entrySet().stream()
                    .map(e -> e.getKey() + " send " + String.join(" and ", e.getValue()))
                    .collect(Collectors.joining("; ")));
        }
        return type;
    }

    /** What the objects of every event are, if they are all of one kind ({@code session}); else {@code object}. */
    String noun() {
        List<String> nouns = byName.values().stream().map(EventType::noun).distinct().toList();
        return nouns.size() == 1 ? nouns.get(0) : "object";
    }
}
