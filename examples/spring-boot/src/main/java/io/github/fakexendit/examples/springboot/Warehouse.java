package io.github.fakexendit.examples.springboot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Ships paid orders; here it only remembers what it shipped. */
@Component
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
