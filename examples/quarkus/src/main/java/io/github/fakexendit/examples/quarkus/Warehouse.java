package io.github.fakexendit.examples.quarkus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jakarta.enterprise.context.ApplicationScoped;

/** Ships paid orders; here it only remembers what it shipped. */
@ApplicationScoped
public class Warehouse {

    private final List<String> shipped = new CopyOnWriteArrayList<>();

    void ship(String orderId) {
        shipped.add(orderId);
    }

    /** The orders shipped, in the order they were shipped. */
    public List<String> shipped() {
        return List.copyOf(shipped);
    }
}
