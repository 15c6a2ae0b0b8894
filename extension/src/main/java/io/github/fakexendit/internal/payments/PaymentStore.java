package io.github.fakexendit.internal.payments;

import io.github.fakexendit.PaymentTokenStatus;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * Where the ledger keeps its objects: by id, the authorisations that will lapse by when, the ACTIVE tokens whose
 * card expires by when, the waiting direct payments that expire by when, and the creation order.
 * Reads by id are safe from any thread; everything else is called under the ledger's lock.
 *
 * <p>Bounded: beyond the capacity, adding an object forgets the oldest of any kind.
 */
final class PaymentStore {

    private final int capacity;
    private final Map<String, PaymentRequest> requests = new ConcurrentHashMap<>();
    private final Map<String, Payment> payments = new ConcurrentHashMap<>();
    private final Map<String, PaymentToken> tokens = new ConcurrentHashMap<>();
    private final DueIndex<Payment> lapses =
            new DueIndex<>(Payment::authorizationExpiresAt, Payment::sequence, Payment::id);
    /** ACTIVE tokens by when their card expires. */
    private final DueIndex<PaymentToken> cardExpiries = new DueIndex<>(
            token -> token.status() == PaymentTokenStatus.ACTIVE && token.terms().card() != null
                    ? token.terms().card().expiresAt() : null,
            PaymentToken::sequence, PaymentToken::id);
    /** Waiting direct payments by when their {@code channel_properties.expires_at} passes. */
    private final DueIndex<PaymentRequest> requestExpiries =
            new DueIndex<>(PaymentRequest::clockExpiry, PaymentRequest::sequence, PaymentRequest::id);
    private final ArrayDeque<String> creationOrder = new ArrayDeque<>();

    PaymentStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("payment capacity must be >= 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    PaymentRequest paymentRequest(String id) {
        return requests.get(id);
    }

    Payment payment(String id) {
        return payments.get(id);
    }

    PaymentToken paymentToken(String id) {
        return tokens.get(id);
    }

    void add(PaymentRequest request) {
        requests.put(request.id(), request);
        requestExpiries.add(request);
        remember(request.id());
    }

    void add(Payment payment) {
        payments.put(payment.id(), payment);
        lapses.add(payment);
        remember(payment.id());
    }

    void add(PaymentToken token) {
        tokens.put(token.id(), token);
        cardExpiries.add(token);
        remember(token.id());
    }

    /** Stores a changed request, if it is still held; one that stopped waiting no longer expires on the clock. */
    void replace(PaymentRequest request) {
        PaymentRequest previous = requests.replace(request.id(), request);
        if (previous != null) {
            requestExpiries.replace(previous, request);
        }
    }

    /** A waiting request whose {@code expires_at} passed by {@code now}, removed from the index; or {@code null}. */
    PaymentRequest nextRequestExpired(Instant now) {
        for (String id = requestExpiries.pollDue(now); id != null; id = requestExpiries.pollDue(now)) {
            PaymentRequest request = requests.get(id);
            if (request != null && request.clockExpiry() != null) {
                return request;
            }
        }
        return null;
    }

    Optional<Instant> nextRequestExpiry() {
        return requestExpiries.next();
    }

    /** Stores a changed payment, if it is still held; a payment no longer AUTHORIZED no longer lapses. */
    void replace(Payment payment) {
        Payment previous = payments.replace(payment.id(), payment);
        if (previous != null) {
            lapses.replace(previous, payment);
        }
    }

    /**
     * Stores a changed token, if it is still held; a token no longer ACTIVE no longer expires on the clock, one
     * that became ACTIVE does.
     */
    void replace(PaymentToken token) {
        PaymentToken previous = tokens.replace(token.id(), token);
        if (previous != null) {
            cardExpiries.replace(previous, token);
        }
    }

    /** An ACTIVE token whose card expired by {@code now}, removed from the card expiries; {@code null} if none. */
    PaymentToken nextCardExpired(Instant now) {
        for (String id = cardExpiries.pollDue(now); id != null; id = cardExpiries.pollDue(now)) {
            PaymentToken token = tokens.get(id);
            if (token != null && token.status() == PaymentTokenStatus.ACTIVE) {
                return token;
            }
        }
        return null;
    }

    Optional<Instant> nextCardExpiry() {
        return cardExpiries.next();
    }

    /** An AUTHORIZED payment whose hold lapsed by {@code now}, removed from the lapses; {@code null} if none. */
    Payment nextLapsed(Instant now) {
        for (String id = lapses.pollDue(now); id != null; id = lapses.pollDue(now)) {
            Payment payment = payments.get(id);
            if (payment != null && payment.isLapsed(now)) {
                return payment;
            }
        }
        return null;
    }

    Optional<Instant> nextLapse() {
        return lapses.next();
    }

    List<PaymentRequest> paymentRequests() {
        return sorted(requests.values(), PaymentRequest::sequence);
    }

    List<Payment> payments() {
        return sorted(payments.values(), Payment::sequence);
    }

    List<PaymentToken> paymentTokens() {
        return sorted(tokens.values(), PaymentToken::sequence);
    }

    private static <T> List<T> sorted(Collection<T> values, ToLongFunction<T> order) {
        List<T> all = new ArrayList<>(values);
        all.sort(Comparator.comparingLong(order));
        return all;
    }

    /** Keeps the creation order; beyond the capacity the oldest object is forgotten. */
    private void remember(String id) {
        creationOrder.addLast(id);
        while (creationOrder.size() > capacity) {
            String oldest = creationOrder.removeFirst();
            requestExpiries.remove(requests.remove(oldest));
            cardExpiries.remove(tokens.remove(oldest));
            lapses.remove(payments.remove(oldest));
        }
    }

    void clear() {
        requests.clear();
        payments.clear();
        tokens.clear();
        lapses.clear();
        cardExpiries.clear();
        requestExpiries.clear();
        creationOrder.clear();
    }
}
