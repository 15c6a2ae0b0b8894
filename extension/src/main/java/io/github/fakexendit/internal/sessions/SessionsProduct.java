package io.github.fakexendit.internal.sessions;

import io.github.fakexendit.internal.http.Routes;
import io.github.fakexendit.internal.platform.CheckoutPayments;
import io.github.fakexendit.internal.platform.Timekeeper;
import io.github.fakexendit.internal.product.Kernel;
import io.github.fakexendit.internal.product.Product;
import io.github.fakexendit.internal.sessions.checkout.CheckoutRoutes;
import io.github.fakexendit.internal.validation.CreateSessionValidator;
import io.github.fakexendit.internal.webhooks.EventType;
import java.util.List;

/**
 * Payment Sessions, the first product: {@code POST /sessions}, {@code GET /sessions/{id}},
 * {@code POST /sessions/{id}/cancel}, the hosted checkout page, the admin steps under {@code /_fake/sessions},
 * expiry on the clock, and the completed and expired webhooks. A completed session leaves its payment behind
 * through the {@link CheckoutPayments} port.
 */
public final class SessionsProduct implements Product {

    private final SessionService sessions;
    private final SessionEvents events;
    private final Kernel kernel;
    private final String paymentLinkBase;

    /** @param capacity how many sessions are held; creating one more forgets the oldest */
    public SessionsProduct(Kernel kernel, int capacity, CheckoutPayments payments) {
        this(kernel, capacity, payments, null);
    }

    /**
     * @param capacity        how many sessions are held; creating one more forgets the oldest
     * @param paymentLinkBase what {@code payment_link_url} starts with (a proxy in front of the fake), or
     *                        {@code null} for the base URL each create request reached the server by
     */
    public SessionsProduct(Kernel kernel, int capacity, CheckoutPayments payments, String paymentLinkBase) {
        this.kernel = kernel;
        this.paymentLinkBase = paymentLinkBase;
        this.sessions = new SessionService(kernel.clock(), kernel.channels(), kernel.customers(), capacity, payments);
        this.events = new SessionEvents(kernel.events());
        sessions.subscribe(events);
        sessions.whenSoonestExpiryChanges(kernel.wakeClock());
    }

    /** The sessions themselves, for the public handles. */
    public SessionService service() {
        return sessions;
    }

    /** The sessions' webhooks, for the public handles' redelivery. */
    public SessionEvents webhooks() {
        return events;
    }

    @Override
    public void routes(Routes routes) {
        new SessionRoutes(sessions, new CreateSessionValidator(), kernel.clock(), kernel.channels(), paymentLinkBase)
                .addTo(routes);
        new CheckoutRoutes(sessions).addTo(routes);
        new SessionAdminRoutes(sessions, events).addTo(routes);
    }

    @Override
    public List<Timekeeper.Due> dueWork() {
        return List.of(Timekeeper.Due.of(sessions::nextExpiry, sessions::expireDue));
    }

    @Override
    public List<EventType> events() {
        return SessionEvents.TYPES;
    }

    @Override
    public void reset() {
        sessions.reset();
    }
}
