package io.github.fakexendit.examples.checkout;

import java.util.List;

/** A shop order to be paid in Indonesian rupiah. */
public record Order(String id, String customerId, String customerEmail, String customerName, List<Line> lines) {

    /** One line of the order: what, how many, at what unit price (whole rupiah). */
    public record Line(String sku, String name, int quantity, long unitPrice) {
    }

    public long total() {
        return lines.stream().mapToLong(line -> line.quantity() * line.unitPrice()).sum();
    }
}
