package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.RefundStatus;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.Ids;
import io.github.fakexendit.internal.platform.PaymentChannels;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The refunds of one server, and how they settle. A refund is created PENDING (what {@code POST /refunds}
 * answers) and then settled: by default at once to SUCCEEDED; as the test scripted, FAILED with a code or left
 * PENDING until the test settles it. Listeners hear of every settlement (for {@code refund.succeeded} and
 * {@code refund.failed}).
 *
 * <p>Creating checks the rules against the request's earlier refunds and stores the new one in one step, so two
 * refunds racing on one payment request never together exceed what was collected. Holds up to a capacity of
 * refunds; one more forgets the oldest. Thread-safe.
 */
public final class Refunds {

    /** What happens to a refund once it was answered PENDING. */
    public enum Settlement {
        /** Moves to SUCCEEDED; {@code refund.succeeded} is sent. */
        SUCCEED,
        /** Moves to FAILED with a code; {@code refund.failed} is sent. */
        FAIL,
        /** Stays PENDING until the test settles it. */
        HOLD
    }

    /** A scripted settlement: {@code failureCode} is set for {@link Settlement#FAIL} alone. */
    public record Outcome(Settlement settlement, String failureCode) {

        /** The failure code of a refund Xendit gives no reason for. */
        public static final String DEFAULT_FAILURE_CODE = "REFUND_FAILED";

        public static Outcome succeed() {
            return new Outcome(Settlement.SUCCEED, null);
        }

        public static Outcome fail(String failureCode) {
            return new Outcome(Settlement.FAIL, failureCode == null ? DEFAULT_FAILURE_CODE : failureCode);
        }

        public static Outcome hold() {
            return new Outcome(Settlement.HOLD, null);
        }
    }

    private final Clock clock;
    private final int capacity;
    private final List<Consumer<Refund>> listeners = new CopyOnWriteArrayList<>();
    /** Guarded by {@code this}, as are the fields below. */
    private final LinkedHashMap<String, Refund> refunds = new LinkedHashMap<>();
    private final Map<String, List<String>> byPaymentRequest = new HashMap<>();
    private final Deque<Outcome> scripted = new ArrayDeque<>();
    private Outcome byDefault = Outcome.succeed();

    public Refunds(Clock clock, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("refund capacity must be >= 1, got " + capacity);
        }
        this.clock = clock;
        this.capacity = capacity;
    }

    /** From now on {@code listener} hears of every refund that settles, after the change is stored. */
    public void subscribe(Consumer<Refund> listener) {
        listeners.add(listener);
    }

    /**
     * Stores a PENDING refund of {@code target} for a request body that passed the schema.
     *
     * @throws ApiException with the first refund rule the request breaks
     */
    public Refund create(RefundTarget target, JsonNode body) {
        Instant now = Timestamps.shown(clock.instant());
        synchronized (this) {
            BigDecimal amount = RefundRules.amountToRefund(target, body, of(target.paymentRequestId()), now);
            PaymentChannels.Channel channel = PaymentChannels.channel(target.channelCode());
            Refund refund = new Refund(Ids.refundId(), target.account(), target.businessId(), target.paymentRequestId(),
                    target.paymentId(), target.channelCode(), paymentMethodType(channel.kind()), target.country(),
                    target.currency(), amount, body.get("reason").textValue(), text(body, "reference_id"),
                    body.get("metadata"), RefundStatus.PENDING, null, now, now);
            refunds.put(refund.id(), refund);
            byPaymentRequest.computeIfAbsent(refund.paymentRequestId(), id -> new ArrayList<>()).add(refund.id());
            forgetBeyondCapacity();
            return refund;
        }
    }

    /**
     * Settles a refund just answered PENDING: the next scripted outcome if the test scripted one, else the default
     * ({@link #settleBy}). Listeners hear of it unless it is held.
     *
     * @return the refund as it is now
     */
    public Refund settleAsScripted(Refund created) {
        Outcome outcome;
        synchronized (this) {
            outcome = scripted.isEmpty() ? byDefault : scripted.removeFirst();
        }
        return switch (outcome.settlement()) {
            case SUCCEED -> succeed(created.id());
            case FAIL -> fail(created.id(), outcome.failureCode());
            case HOLD -> created;
        };
    }

    /** The next refund created settles with {@code outcome}, ahead of the default; outcomes queue up. */
    public synchronized void scriptNext(Outcome outcome) {
        scripted.addLast(outcome);
    }

    /** How refunds settle when nothing was scripted for them; {@link Outcome#succeed()} unless the test says. */
    public synchronized void settleBy(Outcome outcome) {
        byDefault = outcome;
    }

    /** Moves a PENDING refund to SUCCEEDED. @throws IllegalStateException if it is not PENDING */
    public Refund succeed(String id) {
        return move(id, refund -> refund.succeed(clock.instant()));
    }

    /** Moves a PENDING refund to FAILED with {@code failureCode}. @throws IllegalStateException if not PENDING */
    public Refund fail(String id, String failureCode) {
        return move(id, refund -> refund.fail(failureCode, clock.instant()));
    }

    private Refund move(String id, java.util.function.UnaryOperator<Refund> change) {
        Refund moved;
        synchronized (this) {
            Refund current = refunds.get(id);
            if (current == null) {
                throw new IllegalArgumentException("No refund " + id + " on this server");
            }
            moved = change.apply(current);
            refunds.put(id, moved);
        }
        listeners.forEach(listener -> listener.accept(moved));
        return moved;
    }

    /** The refund {@code id} if {@code account} owns it. */
    public synchronized Optional<Refund> find(Object account, String id) {
        return Optional.ofNullable(refunds.get(id)).filter(refund -> refund.belongsTo(account));
    }

    /** The refund {@code id} of any business. */
    public synchronized Optional<Refund> find(String id) {
        return Optional.ofNullable(refunds.get(id));
    }

    /** The refunds of a payment request, oldest first. */
    public synchronized List<Refund> of(String paymentRequestId) {
        List<Refund> found = new ArrayList<>();
        for (String id : byPaymentRequest.getOrDefault(paymentRequestId, List.of())) {
            found.add(refunds.get(id));
        }
        return found;
    }

    /** Every refund held, oldest first. */
    public synchronized List<Refund> all() {
        return List.copyOf(refunds.values());
    }

    /** No refunds, nothing scripted, refunds succeed by default. */
    public synchronized void reset() {
        refunds.clear();
        byPaymentRequest.clear();
        scripted.clear();
        byDefault = Outcome.succeed();
    }

    private void forgetBeyondCapacity() {
        var oldestFirst = refunds.values().iterator();
        while (refunds.size() > capacity && oldestFirst.hasNext()) {
            Refund forgotten = oldestFirst.next();
            oldestFirst.remove();
            List<String> ofRequest = byPaymentRequest.get(forgotten.paymentRequestId());
            ofRequest.remove(forgotten.id());
            if (ofRequest.isEmpty()) {
                byPaymentRequest.remove(forgotten.paymentRequestId());
            }
        }
    }

    /** The legacy {@code payment_method_type} of a channel kind; {@code null} for kinds it has no value for. */
    static String paymentMethodType(String kind) {
        return switch (kind) {
            case "CARDS" -> "CARD";
            case "EWALLET" -> "EWALLET";
            case "DIRECT_DEBIT" -> "DIRECT_DEBIT";
            default -> null;
        };
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
