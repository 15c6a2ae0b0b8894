package io.github.fakexendit.internal.payments;

import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.Currencies;
import io.github.fakexendit.internal.platform.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The payment requests, payments and tokens of one server, and the moves the merchant, the customer and the
 * clock make on them. Thread-safe: reads take no lock; every change happens under one lock, so of two racing
 * captures of one payment exactly one wins. Listeners hear of each event after the change that caused it, in the
 * order the changes were made: payment first, then token.
 *
 * <p>An AUTHORIZED payment whose hold has lapsed on the clock expires when {@link #expireDue()} runs, or earlier
 * if it is read or moved first; either way exactly once, with its {@code payment.expiry}.
 *
 * <p>The ledger holds up to a capacity of objects; one more forgets the oldest, as sessions do, so that a server
 * that runs for long holds a bounded amount of memory.
 */
public final class PaymentLedger {

    private static final Logger LOG = Logger.getLogger(PaymentLedger.class.getName());

    private final Clock clock;
    /** Written under {@link #lock} only. */
    private final PaymentStore store;
    private final List<Consumer<PaymentEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private long sequence;

    /** @param capacity how many requests, payments and tokens are held in all; one more forgets the oldest */
    public PaymentLedger(Clock clock, int capacity) {
        this.clock = clock;
        this.store = new PaymentStore(capacity);
    }

    /** From now on {@code listener} hears of every event. */
    public void subscribe(Consumer<PaymentEvent> listener) {
        listeners.add(listener);
    }

    /**
     * The customer completed a checkout: a payment (SUCCEEDED with one capture of the whole amount, or AUTHORIZED
     * when the checkout only authorises) and its request of type PAY, or PAY_AND_SAVE with an ACTIVE token when
     * the method is saved; a SAVE checkout makes the token alone.
     */
    public LeftBehind settle(Checkout checkout) {
        CheckoutRecords records;
        List<PaymentEvent> events;
        synchronized (lock) {
            records = CheckoutRecords.settled(checkout, () -> ++sequence, Timestamps.shown(clock.instant()));
            records.storeIn(store);
            events = records.events();
        }
        publish(events);
        return records.leftBehind();
    }

    /**
     * A payment attempt of the checkout's customer was declined: a FAILED request and payment with
     * {@code failureCode} ({@code CARD_DECLINED} on cards, {@code USER_DECLINED_PAYMENT} elsewhere if
     * {@code null}), and {@code payment.failure}. A SAVE checkout pays nothing, so nothing is left behind.
     */
    public LeftBehind decline(Checkout checkout, String failureCode) {
        if (!checkout.pays()) {
            return LeftBehind.NOTHING;
        }
        CheckoutRecords records;
        List<PaymentEvent> events;
        synchronized (lock) {
            records = CheckoutRecords.declined(checkout, failureCode, () -> ++sequence,
                    Timestamps.shown(clock.instant()));
            records.storeIn(store);
            events = records.events();
        }
        publish(events);
        return records.leftBehind();
    }

    /**
     * {@code POST /v3/payments/{id}/capture}: captures an AUTHORIZED payment of {@code account} for
     * {@code amount} ({@code null}: the whole authorised amount; less is a partial capture that releases the rest),
     * and its request with it; sends {@code payment.capture}.
     *
     * @throws ApiException {@code DATA_NOT_FOUND} for another business's or an unknown
     *         payment; {@code INELIGIBLE_TRANSACTION_STATUS} unless AUTHORIZED; {@code INVALID_VALUE_ERROR} for a
     *         zero amount or more decimals than the currency has; {@code CAPTURE_AMOUNT_EXCEEDED} above the
     *         authorised amount
     */
    public Payment capture(Object account, String paymentId, BigDecimal amount) {
        return change(account, paymentId, (payment, now) -> {
            Lifecycle.PAYMENT.require(payment.status(), Move.CAPTURE);
            BigDecimal captured = amount == null ? payment.amount() : amount;
            if (captured.signum() <= 0) {
                throw PaymentError.INVALID_VALUE_ERROR.refusal("detail",
                        "capture_amount must be greater than 0, got " + captured.toPlainString());
            }
            int places = Currencies.decimalPlaces(payment.terms().currency());
            if (captured.stripTrailingZeros().scale() > places) {
                throw PaymentError.INVALID_VALUE_ERROR.refusal("detail", "capture_amount "
                        + captured.toPlainString() + " has more decimal places than " + payment.terms().currency()
                        + " allows (" + places + ")");
            }
            if (captured.compareTo(payment.amount()) > 0) {
                throw PaymentError.CAPTURE_AMOUNT_EXCEEDED.refusal("amount", captured.toPlainString(),
                        "authorized", payment.amount().toPlainString());
            }
            return payment.captured(new Capture(Ids.captureId(), captured, Timestamps.after(payment.updated(), now)));
        }, Move.CAPTURE, PaymentEvent.CAPTURE);
    }

    /**
     * {@code POST /v3/payments/{id}/cancel}: voids an AUTHORIZED payment of {@code account}, and its request with
     * it. No webhook: Xendit documents none.
     *
     * @throws ApiException {@code DATA_NOT_FOUND}, or
     *         {@code INELIGIBLE_TRANSACTION_STATUS} unless AUTHORIZED
     */
    public Payment voidAuthorization(Object account, String paymentId) {
        return change(account, paymentId, (payment, now) -> payment.moved(Move.VOID, now), Move.VOID, null);
    }

    /**
     * The authorisation of a payment lapses now, whatever its seven days: it becomes EXPIRED, its request too,
     * and {@code payment.expiry} goes out.
     *
     * @throws ApiException {@code DATA_NOT_FOUND}, or
     *         {@code INELIGIBLE_TRANSACTION_STATUS} unless AUTHORIZED
     */
    public Payment lapseAuthorization(String paymentId) {
        return change(null, paymentId, (payment, now) -> payment.moved(Move.LAPSE, now), Move.LAPSE,
                PaymentEvent.EXPIRY);
    }

    /** What a change does to a payment settled as of {@code now}; it throws to refuse. */
    @FunctionalInterface
    private interface PaymentChange {
        Payment apply(Payment settled, Instant now);
    }

    /**
     * Applies {@code change} to the payment (of {@code account}, or of anyone if {@code null}), first letting its
     * authorisation lapse if its time has come; moves the request along by {@code move}; publishes the lapse and
     * {@code event} (if not {@code null}), and only then rethrows a refusal.
     */
    private Payment change(Object account, String paymentId, PaymentChange change, Move move, String event) {
        List<PaymentEvent> events = new ArrayList<>(2);
        Payment after;
        RuntimeException refusal = null;
        synchronized (lock) {
            Payment current = store.payment(paymentId);
            if (current == null || (account != null && !current.terms().belongsTo(account))) {
                throw notFound("Payment", paymentId);
            }
            Instant now = clock.instant();
            after = settle(current, now, events);
            try {
                Payment changed = change.apply(after, now);
                replace(changed, move);
                after = changed;
                if (event != null) {
                    events.add(PaymentEvent.of(event, changed));
                }
            } catch (RuntimeException e) {
                refusal = e;
            }
        }
        publish(events);
        if (refusal != null) {
            throw refusal;
        }
        return after;
    }

    /** The payment, its authorisation lapsed if the time has come (under the lock), with its event. */
    private Payment settle(Payment payment, Instant now, List<PaymentEvent> events) {
        if (!payment.isLapsed(now)) {
            return payment;
        }
        Payment lapsed = payment.moved(Move.LAPSE, payment.authorizationExpiresAt());
        replace(lapsed, Move.LAPSE);
        events.add(PaymentEvent.of(PaymentEvent.EXPIRY, lapsed));
        return lapsed;
    }

    /** Stores a changed payment and moves its request along, if the request is where the move leads from. */
    private void replace(Payment changed, Move move) {
        store.replace(changed);
        PaymentRequest request = store.paymentRequest(changed.paymentRequestId());
        if (request != null && changed.id().equals(request.latestPaymentId())
                && Lifecycle.PAYMENT_REQUEST.after(request.status(), move).isPresent()) {
            store.replace(request.moved(move, changed.updated()));
        }
    }

    /**
     * Sends the webhook of a payment's or token's status again, as a new delivery: {@code payment.capture} of a
     * SUCCEEDED payment, {@code payment.authorization} of an AUTHORIZED one, {@code payment.failure},
     * {@code payment.expiry}, {@code payment_token.activation} of an ACTIVE token.
     *
     * @return the event sent
     * @throws IllegalStateException    if the object's status sends no webhook (a voided payment)
     * @throws IllegalArgumentException if there is no such payment or token
     */
    public String redeliver(String id) {
        PaymentEvent event;
        Optional<Payment> payment = payment(id);
        if (payment.isPresent()) {
            Payment p = payment.get();
            String name = switch (p.status()) {
                case SUCCEEDED -> PaymentEvent.CAPTURE;
                case AUTHORIZED -> PaymentEvent.AUTHORIZATION;
                case FAILED -> PaymentEvent.FAILURE;
                case EXPIRED -> PaymentEvent.EXPIRY;
                default -> throw new IllegalStateException("Payment " + id + " is " + p.status()
                        + ": a voided payment has no webhook to send");
            };
            event = PaymentEvent.of(name, p);
        } else {
            PaymentToken token = paymentToken(id).orElseThrow(
                    () -> new IllegalArgumentException("no payment or payment token " + id));
            String name = switch (token.status()) {
                case ACTIVE -> PaymentEvent.TOKEN_ACTIVATION;
                case EXPIRED -> PaymentEvent.TOKEN_EXPIRY;
                case FAILED -> PaymentEvent.TOKEN_FAILURE;
                default -> throw new IllegalStateException("Payment token " + id + " is " + token.status()
                        + ": it has no webhook to send");
            };
            event = PaymentEvent.of(name, token);
        }
        publish(List.of(event));
        return event.name();
    }

    /** Lets every authorisation whose hold the clock has passed lapse, with its {@code payment.expiry}. */
    public void expireDue() {
        List<PaymentEvent> events = new ArrayList<>();
        synchronized (lock) {
            Instant now = clock.instant();
            for (Payment due = store.nextLapsed(now); due != null; due = store.nextLapsed(now)) {
                settle(due, now, events);
            }
        }
        publish(events);
    }

    /** When the next authorisation lapses, if any is held. */
    public Optional<Instant> nextLapse() {
        synchronized (lock) {
            return store.nextLapse();
        }
    }

    /** The payment request as it is now, whoever owns it. */
    public Optional<PaymentRequest> paymentRequest(String id) {
        PaymentRequest request = store.paymentRequest(id);
        if (request != null && request.latestPaymentId() != null) {
            payment(request.latestPaymentId()); // a lapsed hold moves the request too
            request = store.paymentRequest(id);
        }
        return Optional.ofNullable(request);
    }

    /** The payment as it is now, whoever owns it. */
    public Optional<Payment> payment(String id) {
        Payment payment = store.payment(id);
        if (payment != null && payment.isLapsed(clock.instant())) {
            expireDue();
            payment = store.payment(id);
        }
        return Optional.ofNullable(payment);
    }

    public Optional<PaymentToken> paymentToken(String id) {
        return Optional.ofNullable(store.paymentToken(id));
    }

    /**
     * The payment request of {@code account}, as {@code GET /v3/payment_requests/{id}} reads it.
     *
     * @throws ApiException {@code DATA_NOT_FOUND} if {@code account} has none so named
     */
    public PaymentRequest paymentRequest(Object account, String id) {
        return paymentRequest(id).filter(r -> r.terms().belongsTo(account))
                .orElseThrow(() -> notFound("Payment request", id));
    }

    /** @see #paymentRequest(Object, String) */
    public Payment payment(Object account, String id) {
        return payment(id).filter(p -> p.terms().belongsTo(account)).orElseThrow(() -> notFound("Payment", id));
    }

    /** @see #paymentRequest(Object, String) */
    public PaymentToken paymentToken(Object account, String id) {
        return paymentToken(id).filter(t -> t.terms().belongsTo(account))
                .orElseThrow(() -> notFound("Payment token", id));
    }

    private static RuntimeException notFound(String object, String id) {
        return PaymentError.DATA_NOT_FOUND.refusal("object", object, "id", id);
    }

    /** Every payment request, oldest first. */
    public List<PaymentRequest> paymentRequests() {
        expireDue();
        return store.paymentRequests();
    }

    /** Every payment, oldest first. */
    public List<Payment> payments() {
        expireDue();
        return store.payments();
    }

    /** Every payment token, oldest first. */
    public List<PaymentToken> paymentTokens() {
        return store.paymentTokens();
    }

    /** A change made under the ledger's lock by another part of this package (see {@link #locked}). */
    @FunctionalInterface
    interface LockedChange<T> {
        T apply(PaymentStore store, java.util.function.LongSupplier sequence, List<PaymentEvent> events);
    }

    /**
     * Runs {@code change} under the ledger's lock, with the store and its creation sequence, then publishes the
     * events it collected, also when it throws (before rethrowing). For {@link Charges}, which creates and moves
     * the ledger's objects beside its own operations (the ledger does not know it: no cycle).
     */
    <T> T locked(LockedChange<T> change) {
        List<PaymentEvent> events = new ArrayList<>(2);
        try {
            synchronized (lock) {
                return change.apply(store, () -> ++sequence, events);
            }
        } finally {
            publish(events);
        }
    }

    /** Forgets everything; the listeners stay. */
    public void reset() {
        synchronized (lock) {
            store.clear();
        }
    }

    private void publish(List<PaymentEvent> events) {
        for (PaymentEvent event : events) {
            for (Consumer<PaymentEvent> listener : listeners) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a listener failed on " + event.name() + " of " + event.resourceId(), e);
                }
            }
        }
    }
}
