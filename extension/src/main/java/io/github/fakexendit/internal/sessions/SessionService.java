package io.github.fakexendit.internal.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.Business;
import io.github.fakexendit.internal.platform.CheckoutPayments;
import io.github.fakexendit.internal.platform.Customers;
import io.github.fakexendit.internal.platform.FakeClock;
import io.github.fakexendit.internal.platform.Ids;
import io.github.fakexendit.internal.platform.PaymentChannels;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sessions of one server and their state machine: {@code ACTIVE} moves once, to {@code COMPLETED},
 * {@code EXPIRED} or {@code CANCELED}. Thread-safe; of two racing moves exactly one wins.
 *
 * <p>A session whose {@code expires_at} has passed on the clock expires when {@link #expireDue()} runs, or
 * earlier if it is read or moved first; either way exactly once, and the listeners hear of it.
 *
 * <p>The service holds up to a capacity of sessions; creating one more forgets the oldest, as if it had never
 * been created, so that a server that runs for long (the standalone jar, a whole test suite without resets)
 * holds a bounded amount of memory.
 */
public final class SessionService {

    static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(30);
    private static final Logger LOG = Logger.getLogger(SessionService.class.getName());

    /**
     * When an ACTIVE session expires; {@code sequence} tells apart sessions that expire at the same instant. Ordered
     * by hand rather than by a composed {@link Comparator}: a create compares it a dozen times in the skip list.
     */
    private record Expiry(Instant at, long sequence, String id) implements Comparable<Expiry> {
        @Override
        public int compareTo(Expiry other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private final FakeClock clock;
    private final SessionChannels channels;
    private final Customers customers;
    private final SessionCompletion completion;
    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Expiry, Boolean> expiries = new ConcurrentSkipListMap<>();
    private final List<TransitionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Runnable soonestExpiryChanged = () -> { };
    private final AtomicLong sequence = new AtomicLong();
    private final int capacity;
    /** The sessions' expiries (which name them), oldest session first; guarded by itself. */
    private final ArrayDeque<Expiry> creationOrder = new ArrayDeque<>();

    /** Sessions whose customers may pay on every channel of the catalog, as many as are created. */
    public SessionService(FakeClock clock) {
        this(clock, new PaymentChannels(), Integer.MAX_VALUE);
    }

    /** Sessions with customers of their own, whose payments are ids with nothing stored behind them. */
    public SessionService(FakeClock clock, PaymentChannels channels, int capacity) {
        this(clock, channels, new Customers(), capacity, CheckoutPayments.IDS_ONLY);
    }

    /**
     * @param channels  what a session offers when it lists no {@code allowed_payment_channels}
     * @param customers the customers a session may name or create
     * @param capacity  how many sessions are held; creating one more forgets the oldest
     * @param payments  what a completed session leaves behind in the Payments API
     */
    public SessionService(FakeClock clock, PaymentChannels channels, Customers customers, int capacity,
                          CheckoutPayments payments) {
        if (capacity < 1) {
            throw new IllegalArgumentException("session capacity must be >= 1, got " + capacity);
        }
        this.clock = clock;
        this.channels = new SessionChannels(channels);
        this.customers = customers;
        this.capacity = capacity;
        this.completion = new SessionCompletion(this.channels, payments);
    }

    /** {@code hook} runs when a new session expires sooner than every other ACTIVE one. */
    public void whenSoonestExpiryChanges(Runnable hook) {
        this.soonestExpiryChanged = hook;
    }

    /** From now on {@code listener} hears of every change of status. */
    public void subscribe(TransitionListener listener) {
        listeners.add(listener);
    }

    /**
     * Stores a new session for a validated request.
     *
     * @param checkoutBaseUrl where this server serves checkout pages ({@code http://host:port})
     * @throws ApiException for an unknown {@code customer_id} (404) or an inline customer whose reference is
     *                      taken (409): by another business, or by this one unless reuse is allowed
     */
    public Session create(Business business, ObjectNode request, String checkoutBaseUrl) {
        return create(business, request, SessionRequest.of(request), checkoutBaseUrl);
    }

    /**
     * Stores a new session for a validated request, keeping {@code stored} (the body as received) rather than the
     * tree, which is read here and then let go.
     */
    public Session create(Business business, ObjectNode request, SessionRequest stored, String checkoutBaseUrl) {
        String customerId = customerOf(business, request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        JsonNode expiresAt = request.get("expires_at");
        Instant expiry = expiresAt == null ? now.plus(DEFAULT_EXPIRY)
                : Json.instant(expiresAt.textValue()).orElseThrow(
                        () -> new IllegalArgumentException("expires_at was not validated: " + expiresAt))
                .truncatedTo(ChronoUnit.MILLIS);
        String mode = request.get("mode").textValue();
        boolean subscription = "SUBSCRIPTION".equals(request.get("session_type").textValue());
        while (true) {
            String id = Ids.sessionId();
            Session session = new Session(sequence.incrementAndGet(), id, business, stored, customerId,
                    "PAYMENT_LINK".equals(mode) ? checkoutBaseUrl + "/checkout/" + id : null,
                    "COMPONENTS".equals(mode) ? Ids.componentsSdkKey() : null,
                    subscription ? Ids.recurringPlanId() : null,
                    now, now, expiry, SessionStatus.ACTIVE, Payment.NONE, List.of());
            if (sessions.putIfAbsent(id, session) == null) {
                Expiry due = new Expiry(expiry, session.sequence(), id);
                expiries.put(due, Boolean.TRUE);
                // the map keeps the very key put: no other key is this one
                Map.Entry<Expiry, Boolean> first = expiries.firstEntry();
                if (first != null && first.getKey() == due) {
                    soonestExpiryChanged.run();
                }
                forgetBeyondCapacity(due);
                return session;
            }
        }
    }

    /** A session's expiry never changes, so the one kept in the creation order is the key to remove. */
    private void forgetBeyondCapacity(Expiry newest) {
        synchronized (creationOrder) {
            creationOrder.addLast(newest);
            while (creationOrder.size() > capacity) {
                Expiry oldest = creationOrder.removeFirst();
                if (sessions.remove(oldest.id()) != null) {
                    expiries.remove(oldest);
                }
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

    /** The session as it is now, whoever owns it. */
    public Optional<Session> find(String id) {
        Session session = sessions.get(id);
        if (session != null && session.isDue(clock.instant())) {
            session = change(id, UNCHANGED);
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

    /**
     * Moves a session as the customer or the clock would; completing uses the session's defaults.
     *
     * @throws UnknownSessionException    if there is no such session
     * @throws IllegalTransitionException if the session is no longer ACTIVE
     */
    public Session move(String id, SessionStatus target) {
        if (target == SessionStatus.ACTIVE) {
            throw new IllegalArgumentException("a session never becomes ACTIVE again");
        }
        if (target == SessionStatus.COMPLETED) {
            return complete(id, CheckoutChoice.DEFAULT);
        }
        return require(id, change(id, (session, now) -> active(session, target).moveTo(target, now, Payment.NONE)));
    }

    /**
     * The customer pays (PAY) or saves a method (SAVE) as {@code choice} says.
     *
     * @throws UnknownSessionException    if there is no such session
     * @throws IllegalArgumentException   if the choice is not open to the customer of this session (a channel it
     *                                    does not offer, saving where it cannot)
     * @throws IllegalTransitionException if the session is no longer ACTIVE
     */
    public Session complete(String id, CheckoutChoice choice) {
        return require(id, change(id,
                (session, now) -> completion.complete(active(session, SessionStatus.COMPLETED), choice, now)));
    }

    /**
     * The customer tries to pay on {@code channel} and the payment fails; see
     * {@link #failPayment(String, CheckoutChoice, String)}.
     */
    public Session failPayment(String id, String channel) {
        return failPayment(id, new CheckoutChoice(channel, false), null);
    }

    /**
     * The customer tries to pay as {@code choice} says and the payment fails with {@code failureCode} (the
     * channel's usual code if {@code null}): the attempt is recorded, a failed payment is left behind, and the
     * session stays ACTIVE with nothing the API shows changed.
     *
     * @throws UnknownSessionException if there is no such session
     * @throws IllegalArgumentException if the session does not offer the channel
     * @throws IllegalStateException    if the session is no longer ACTIVE
     */
    public Session failPayment(String id, CheckoutChoice choice, String failureCode) {
        return require(id, change(id, (session, now) -> {
            if (session.status() != SessionStatus.ACTIVE) {
                throw new IllegalStateException("Session " + id + " is " + session.status()
                        + ": only an ACTIVE session takes payment attempts");
            }
            return completion.decline(session, choice, failureCode, now);
        }));
    }

    /** Expires every ACTIVE session whose {@code expires_at} the clock has reached, telling the listeners. */
    public void expireDue() {
        Instant now = clock.instant();
        Map.Entry<Expiry, Boolean> first;
        while ((first = expiries.firstEntry()) != null && !first.getKey().at().isAfter(now)) {
            if (expiries.remove(first.getKey()) != null) {
                change(first.getKey().id(), UNCHANGED);
            }
        }
    }

    /** When the next ACTIVE session expires, if any does. */
    public Optional<Instant> nextExpiry() {
        Map.Entry<Expiry, Boolean> first;
        while ((first = expiries.firstEntry()) != null) {
            Session session = sessions.get(first.getKey().id());
            if (session != null && session.status() == SessionStatus.ACTIVE) {
                return Optional.of(first.getKey().at());
            }
            expiries.remove(first.getKey());
        }
        return Optional.empty();
    }

    /** What a change does to a session that is settled as of {@code now}; it throws to refuse. */
    @FunctionalInterface
    private interface Action {
        Session apply(Session settled, Instant now);
    }

    private static final Action UNCHANGED = (session, now) -> session;

    /**
     * Applies {@code action} to the session, settled first if it is past its expiry, as one atomic step; tells
     * the listeners of any change of status this step made (the settling included) and only then rethrows a
     * refusal of the action. {@code null} if there is no such session.
     */
    private Session change(String id, Action action) {
        Change change = new Change(clock.instant(), action);
        Session after = sessions.computeIfPresent(id, change);
        if (after == null) {
            return null;
        }
        tell(change.expired);
        tell(change.moved);
        if (change.refusal != null) {
            throw change.refusal;
        }
        return after;
    }

    /** One run of a {@link ConcurrentHashMap#computeIfPresent} function (at most one per call), and what it did. */
    private static final class Change implements BiFunction<String, Session, Session> {
        private final Instant now;
        private final Action action;
        private Session expired;
        private Session moved;
        private RuntimeException refusal;

        Change(Instant now, Action action) {
            this.now = now;
            this.action = action;
        }

        @Override
        public Session apply(String id, Session current) {
            Session settled = settle(current, now);
            expired = settled != current ? settled : null;
            try {
                Session changed = action.apply(settled, now);
                moved = changed.status() != settled.status() ? changed : null;
                return changed;
            } catch (RuntimeException e) {
                refusal = e;
                return settled;
            }
        }
    }

    private void tell(Session moved) {
        if (moved == null) {
            return;
        }
        for (TransitionListener listener : listeners) {
            try {
                listener.onTransition(moved);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a listener failed on session " + moved.id() + " becoming " + moved.status(), e);
            }
        }
    }

    private static Session require(String id, Session session) {
        if (session == null) {
            throw new UnknownSessionException(id);
        }
        return session;
    }

    private static Session active(Session session, SessionStatus target) {
        if (session.status() != SessionStatus.ACTIVE) {
            throw new IllegalTransitionException(session.id(), session.status(), target);
        }
        return session;
    }

    /** An ACTIVE session past its {@code expires_at} becomes EXPIRED, as of that moment. */
    private static Session settle(Session session, Instant now) {
        return session.isDue(now) ? session.moveTo(SessionStatus.EXPIRED, session.expiresAt(), Payment.NONE) : session;
    }

    /** @see SessionChannels#offered */
    public List<String> offeredChannels(Session session) {
        return channels.offered(session);
    }

    /** Forgets every session; the listeners stay, and the customers, which the server shares among products. */
    public void reset() {
        synchronized (creationOrder) {
            creationOrder.clear();
            sessions.clear();
            expiries.clear();
        }
    }
}
