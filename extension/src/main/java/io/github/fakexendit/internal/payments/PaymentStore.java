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
import java.util.TreeSet;
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

    /** When an authorisation lapses; {@code sequence} tells apart those that lapse at the same instant. */
    private record Lapse(Instant at, long sequence, String paymentId) {

        static Lapse of(Payment payment) {
            return new Lapse(payment.authorizationExpiresAt(), payment.sequence(), payment.id());
        }
    }

    /** When an ACTIVE token's card expires; {@code sequence} tells apart cards that expire together. */
    private record CardExpiry(Instant at, long sequence, String tokenId) {

        /** {@code null} for a token that does not expire on the clock: not ACTIVE, or no card expiry. */
        static CardExpiry of(PaymentToken token) {
            Instant at = token.status() == PaymentTokenStatus.ACTIVE && token.terms().card() != null
                    ? token.terms().card().expiresAt() : null;
            return at == null ? null : new CardExpiry(at, token.sequence(), token.id());
        }
    }

    /** When a waiting direct payment's {@code channel_properties.expires_at} passes. */
    private record RequestExpiry(Instant at, long sequence, String requestId) {

        /** {@code null} for a request that does not expire on the clock: not waiting, or no expiry named. */
        static RequestExpiry of(PaymentRequest request) {
            Instant at = request.clockExpiry();
            return at == null ? null : new RequestExpiry(at, request.sequence(), request.id());
        }
    }

    private final int capacity;
    private final Map<String, PaymentRequest> requests = new ConcurrentHashMap<>();
    private final Map<String, Payment> payments = new ConcurrentHashMap<>();
    private final Map<String, PaymentToken> tokens = new ConcurrentHashMap<>();
    private final TreeSet<Lapse> lapses =
            new TreeSet<>(Comparator.comparing(Lapse::at).thenComparingLong(Lapse::sequence));
    private final TreeSet<CardExpiry> cardExpiries =
            new TreeSet<>(Comparator.comparing(CardExpiry::at).thenComparingLong(CardExpiry::sequence));
    private final TreeSet<RequestExpiry> requestExpiries =
            new TreeSet<>(Comparator.comparing(RequestExpiry::at).thenComparingLong(RequestExpiry::sequence));
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
        RequestExpiry expiry = RequestExpiry.of(request);
        if (expiry != null) {
            requestExpiries.add(expiry);
        }
        remember(request.id());
    }

    void add(Payment payment) {
        payments.put(payment.id(), payment);
        if (payment.authorizationExpiresAt() != null) {
            lapses.add(Lapse.of(payment));
        }
        remember(payment.id());
    }

    void add(PaymentToken token) {
        tokens.put(token.id(), token);
        CardExpiry expiry = CardExpiry.of(token);
        if (expiry != null) {
            cardExpiries.add(expiry);
        }
        remember(token.id());
    }

    /** Stores a changed request, if it is still held; one that stopped waiting no longer expires on the clock. */
    void replace(PaymentRequest request) {
        PaymentRequest previous = requests.replace(request.id(), request);
        RequestExpiry before = previous == null ? null : RequestExpiry.of(previous);
        if (before != null && !before.equals(RequestExpiry.of(request))) {
            requestExpiries.remove(before);
        }
    }

    /** A waiting request whose {@code expires_at} passed by {@code now}, removed from the index; or {@code null}. */
    PaymentRequest nextRequestExpired(Instant now) {
        while (!requestExpiries.isEmpty() && !requestExpiries.first().at().isAfter(now)) {
            PaymentRequest request = requests.get(requestExpiries.pollFirst().requestId());
            if (request != null && request.clockExpiry() != null) {
                return request;
            }
        }
        return null;
    }

    Optional<Instant> nextRequestExpiry() {
        return requestExpiries.isEmpty() ? Optional.empty() : Optional.of(requestExpiries.first().at());
    }

    /** Stores a changed payment, if it is still held; a payment no longer AUTHORIZED no longer lapses. */
    void replace(Payment payment) {
        Payment previous = payments.replace(payment.id(), payment);
        if (previous != null && previous.authorizationExpiresAt() != null
                && !previous.authorizationExpiresAt().equals(payment.authorizationExpiresAt())) {
            lapses.remove(Lapse.of(previous));
            if (payment.authorizationExpiresAt() != null) {
                lapses.add(Lapse.of(payment));
            }
        }
    }

    /**
     * Stores a changed token, if it is still held; a token no longer ACTIVE no longer expires on the clock, one
     * that became ACTIVE does.
     */
    void replace(PaymentToken token) {
        PaymentToken previous = tokens.replace(token.id(), token);
        if (previous == null) {
            return;
        }
        CardExpiry before = CardExpiry.of(previous);
        CardExpiry after = CardExpiry.of(token);
        if (before != null && !before.equals(after)) {
            cardExpiries.remove(before);
        }
        if (after != null && !after.equals(before)) {
            cardExpiries.add(after);
        }
    }

    /** An ACTIVE token whose card expired by {@code now}, removed from the card expiries; {@code null} if none. */
    PaymentToken nextCardExpired(Instant now) {
        while (!cardExpiries.isEmpty() && !cardExpiries.first().at().isAfter(now)) {
            PaymentToken token = tokens.get(cardExpiries.pollFirst().tokenId());
            if (token != null && token.status() == PaymentTokenStatus.ACTIVE) {
                return token;
            }
        }
        return null;
    }

    Optional<Instant> nextCardExpiry() {
        return cardExpiries.isEmpty() ? Optional.empty() : Optional.of(cardExpiries.first().at());
    }

    /** An AUTHORIZED payment whose hold lapsed by {@code now}, removed from the lapses; {@code null} if none. */
    Payment nextLapsed(Instant now) {
        while (!lapses.isEmpty() && !lapses.first().at().isAfter(now)) {
            Payment payment = payments.get(lapses.pollFirst().paymentId());
            if (payment != null && payment.isLapsed(now)) {
                return payment;
            }
        }
        return null;
    }

    Optional<Instant> nextLapse() {
        return lapses.isEmpty() ? Optional.empty() : Optional.of(lapses.first().at());
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
            PaymentRequest forgottenRequest = requests.remove(oldest);
            RequestExpiry requestExpiry = forgottenRequest == null ? null : RequestExpiry.of(forgottenRequest);
            if (requestExpiry != null) {
                requestExpiries.remove(requestExpiry);
            }
            PaymentToken forgottenToken = tokens.remove(oldest);
            CardExpiry expiry = forgottenToken == null ? null : CardExpiry.of(forgottenToken);
            if (expiry != null) {
                cardExpiries.remove(expiry);
            }
            Payment forgotten = payments.remove(oldest);
            if (forgotten != null && forgotten.authorizationExpiresAt() != null) {
                lapses.remove(Lapse.of(forgotten));
            }
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
