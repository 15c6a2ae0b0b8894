package io.github.fakexendit.internal.product;

import io.github.fakexendit.internal.http.Routes;
import io.github.fakexendit.internal.platform.Timekeeper;
import io.github.fakexendit.internal.webhooks.EventType;
import java.util.List;

/**
 * One API of Xendit that the fake serves, such as payment sessions: everything it adds to the server, and nothing
 * the server must know of it beyond this. The composition root ({@code runtime.Engine}) builds each product with
 * the {@link Kernel} and composes them: their routes go into one route table behind one pipeline, their due work
 * runs on the one clock, their events go into one catalog, a reset resets each.
 *
 * <pre>{@code
 * final class PaymentsProduct implements Product {
 *     public void routes(Routes routes) {
 *         routes.api("POST", "/v3/payment_requests", (request, business) -> create(request, business));
 *         routes.admin("POST", "/_fake/payment_requests/{id}/fail", request -> fail(request.param("id")));
 *     }
 *     public List<Timekeeper.Due> dueWork() { return List.of(Timekeeper.Due.of(payments::nextExpiry, payments::expireDue)); }
 *     public List<EventType> events() { return PaymentEvents.ALL; }
 *     public void reset() { payments.reset(); }
 * }
 * }</pre>
 */
public interface Product {

    /** Adds the product's API routes, its pages and its admin steps (under {@code /_fake}). */
    void routes(Routes routes);

    /** What falls due on the clock (expiries, holds that lapse); none by default. */
    default List<Timekeeper.Due> dueWork() {
        return List.of();
    }

    /** The webhook events the product publishes; none by default. */
    default List<EventType> events() {
        return List.of();
    }

    /** Forgets every object the product holds; what it was built with stays. */
    void reset();
}
