package io.github.fakexendit.internal.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.ApiError;
import io.github.fakexendit.internal.ApiException;
import io.github.fakexendit.internal.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sessions of one server and their state machine: {@code ACTIVE} moves once, to {@code COMPLETED},
 * {@code EXPIRED} or {@code CANCELED}. Thread-safe; of two racing moves exactly one wins.
 *
 * <p>A session whose {@code expires_at} has passed on the clock is expired when it is next read or moved.
 *
 * <p>The service holds up to a capacity of sessions; creating one more forgets the oldest, as if it had never
 * been created, so that a server that runs for long (the standalone jar, a whole test suite without resets)
 * holds a bounded amount of memory.
 */
public final class SessionService {

    static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(30);

    private final FakeClock clock;
    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final Customers customers = new Customers();
    private final AtomicLong sequence = new AtomicLong();
    private final int capacity;
    /** Session ids, oldest first; guarded by itself. */
    private final ArrayDeque<String> creationOrder = new ArrayDeque<>();

    public SessionService(FakeClock clock, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("session capacity must be >= 1, got " + capacity);
        }
        this.clock = clock;
        this.capacity = capacity;
    }

    /**
     * Stores a new session for a validated request.
     *
     * @param checkoutBaseUrl where this server serves checkout pages ({@code http://host:port})
     * @throws ApiException for an unknown {@code customer_id} (404) or a customer reference owned by another
     *                      business (409)
     */
    public Session create(Business business, ObjectNode request, String checkoutBaseUrl) {
        String customerId = customerOf(business, request);
        Instant now = clock.instant();
        JsonNode expiresAt = request.get("expires_at");
        Instant expiry = expiresAt == null ? now.plus(DEFAULT_EXPIRY)
                : Json.instant(expiresAt.textValue()).orElseThrow(
                        () -> new IllegalArgumentException("expires_at was not validated: " + expiresAt));
        boolean components = "COMPONENTS".equals(request.get("mode").textValue());
        while (true) {
            String id = Ids.sessionId();
            Session session = new Session(sequence.incrementAndGet(), id, business, request, customerId,
                    components ? null : checkoutBaseUrl + "/checkout/" + id,
                    components ? Ids.componentsSdkKey() : null,
                    now, now, expiry, SessionStatus.ACTIVE, Payment.NONE);
            if (sessions.putIfAbsent(id, session) == null) {
                forgetBeyondCapacity(id);
                return session;
            }
        }
    }

    private void forgetBeyondCapacity(String newest) {
        synchronized (creationOrder) {
            creationOrder.addLast(newest);
            while (creationOrder.size() > capacity) {
                sessions.remove(creationOrder.removeFirst());
            }
        }
    }

    private String customerOf(Business business, JsonNode request) {
        JsonNode customerId = request.get("customer_id");
        if (customerId != null) {
            return customers.require(business, customerId.textValue());
        }
        JsonNode customer = request.get("customer");
        return customer == null ? null : customers.resolve(business, customer);
    }

    /** @see Customers#register */
    public Customers.Customer registerCustomer(Business business, String referenceId, String customerId) {
        return customers.register(business, referenceId, customerId);
    }

    /** Every customer, of every business, in the order they were created. */
    public List<Customers.Customer> customers() {
        return customers.all();
    }

    /** The session as it is now, whoever owns it. */
    public Optional<Session> find(String id) {
        Session session = sessions.get(id);
        if (session != null && session.isDue(clock.instant())) {
            session = sessions.computeIfPresent(id, (key, current) -> settle(current, clock.instant()));
        }
        return Optional.ofNullable(session);
    }

    /** The session as it is now, if {@code business} owns it: other businesses' sessions do not exist for it. */
    public Optional<Session> find(Business business, String id) {
        return find(id).filter(s -> s.business().equals(business));
    }

    /** Every session, in creation order. */
    public List<Session> all() {
        List<Session> all = new ArrayList<>(sessions.size());
        for (String id : sessions.keySet()) {
            find(id).ifPresent(all::add);
        }
        all.sort(Comparator.comparingLong(Session::sequence));
        return all;
    }

    /**
     * {@code POST /sessions/{id}/cancel} on behalf of {@code business}.
     *
     * @throws ApiException                404 if the business has no such session
     * @throws IllegalTransitionException if the session is no longer ACTIVE
     */
    public Session cancel(Business business, String id) {
        find(business, id).orElseThrow(() -> new ApiException(ApiError.sessionNotFound()));
        return move(id, SessionStatus.CANCELED);
    }

    /** Moves a session as the customer or the clock would; {@code IllegalArgumentException} if unknown. */
    public Session move(String id, SessionStatus target) {
        if (target == SessionStatus.ACTIVE) {
            throw new IllegalArgumentException("a session never becomes ACTIVE again");
        }
        Instant now = clock.instant();
        AtomicReference<Session> refusedBy = new AtomicReference<>();
        Session after = sessions.computeIfPresent(id, (key, current) -> {
            Session settled = settle(current, now);
            if (settled.status() != SessionStatus.ACTIVE) {
                refusedBy.set(settled);
                return settled;
            }
            return settled.moveTo(target, now, target == SessionStatus.COMPLETED ? paymentFor(settled) : Payment.NONE);
        });
        if (after == null) {
            throw new IllegalArgumentException("No session " + id + " in this fake (was it reset?)");
        }
        if (refusedBy.get() != null) {
            throw new IllegalTransitionException(id, refusedBy.get().status(), target);
        }
        return after;
    }

    /** An ACTIVE session past its {@code expires_at} becomes EXPIRED, as of that moment. */
    private static Session settle(Session session, Instant now) {
        return session.isDue(now) ? session.moveTo(SessionStatus.EXPIRED, session.expiresAt(), Payment.NONE) : session;
    }

    /**
     * A PAY session gets a payment request and a payment; a SAVE session, or a PAY session whose method is
     * always saved ({@code allow_save_payment_method: FORCED}), gets a payment token.
     */
    private static Payment paymentFor(Session session) {
        boolean pay = "PAY".equals(session.sessionType());
        boolean save = !pay || "FORCED".equals(session.text("allow_save_payment_method"));
        return new Payment(pay ? Ids.paymentRequestId() : null, pay ? Ids.paymentId() : null,
                save ? Ids.paymentTokenId() : null);
    }

    /** Forgets every session and customer. */
    public void reset() {
        synchronized (creationOrder) {
            creationOrder.clear();
            sessions.clear();
        }
        customers.clear();
    }
}
