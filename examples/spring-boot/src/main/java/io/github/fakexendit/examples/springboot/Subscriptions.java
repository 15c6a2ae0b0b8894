package io.github.fakexendit.examples.springboot;

import io.github.fakexendit.examples.springboot.XenditClient.Charge;
import io.github.fakexendit.examples.springboot.XenditClient.PaymentLink;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Monthly billing on a saved card. The customer saves a card once through a SAVE session; each month the shop
 * charges the card's payment token for the month's bill, without the customer. A declined month is retried once
 * with a late fee; the payment webhooks, not the create answers, settle the invoices, as Xendit advises.
 *
 * <p>Idempotency keys name an attempt: a retry of one request (after a timeout, say) reuses its key and can never
 * charge twice, while a new attempt after a decline takes a new key.
 */
@Service
public class Subscriptions {

    /** Where a subscription stands. */
    public enum Status { AWAITING_CARD, ACTIVE }

    /** Where a month's invoice stands. */
    public enum InvoiceStatus { CHARGING, PAID, DECLINED, REFUNDED, PARTIALLY_REFUNDED }

    /** A subscriber and the card token the monthly charges use, once saved. */
    public record Subscription(String id, String sessionId, String paymentTokenId, Status status) {
    }

    /**
     * One month's bill and its latest charge attempt.
     *
     * @param refunded what the webhooks confirmed was refunded so far
     */
    public record Invoice(String subscriptionId, YearMonth month, long amount, int attempt, String paymentRequestId,
                          InvoiceStatus status, String failureCode, long refunded) {

        String reference() {
            return subscriptionId + "/" + month + "/" + attempt;
        }
    }

    private final XenditClient xendit;
    private final long lateFee;
    private final String returnUrl;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, Invoice> invoicesByReference = new ConcurrentHashMap<>();
    private final List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());

    public Subscriptions(XenditClient xendit, @Value("${shop.late-fee:1000}") long lateFee,
                         @Value("${shop.return-url}") String returnUrl) {
        this.xendit = xendit;
        this.lateFee = lateFee;
        this.returnUrl = returnUrl;
    }

    /** Opens a SAVE session for a new subscriber; the subscription starts once the card is saved. */
    public PaymentLink subscribe(String subscriptionId) {
        PaymentLink link = xendit.createCardSavingLink(subscriptionId, "subscriber-" + subscriptionId, returnUrl);
        subscriptions.put(subscriptionId, new Subscription(subscriptionId, link.sessionId(), null,
                Status.AWAITING_CARD));
        return link;
    }

    /** Charges the month's bill to the saved card: the first attempt for that month. */
    public Invoice bill(String subscriptionId, YearMonth month, long amount) {
        return charge(subscriptionId, month, amount, 1);
    }

    /** Charges a declined month again, with the late fee added: a new attempt, so a new idempotency key. */
    public Invoice retry(String subscriptionId, YearMonth month) {
        Invoice declined = latest(subscriptionId, month).filter(i -> i.status() == InvoiceStatus.DECLINED)
                .orElseThrow(() -> new IllegalStateException(subscriptionId + " has no declined invoice for " + month));
        return charge(subscriptionId, month, declined.amount() + lateFee, declined.attempt() + 1);
    }

    /** Refunds a paid month: {@code amount} of it, or all of it when {@code null}. */
    public XenditClient.Refund refund(String subscriptionId, YearMonth month, Long amount) {
        Invoice paid = latest(subscriptionId, month).filter(i -> i.status() == InvoiceStatus.PAID
                        || i.status() == InvoiceStatus.PARTIALLY_REFUNDED)
                .orElseThrow(() -> new IllegalStateException(subscriptionId + " has no paid invoice for " + month));
        String reference = paid.reference() + "/refund-" + (amount == null ? "rest" : amount);
        return xendit.refund(paid.paymentRequestId(), amount, reference, reference);
    }

    private Invoice charge(String subscriptionId, YearMonth month, long amount, int attempt) {
        Subscription subscription = find(subscriptionId).filter(s -> s.status() == Status.ACTIVE)
                .orElseThrow(() -> new IllegalStateException(subscriptionId + " has no saved card yet"));
        Invoice invoice = new Invoice(subscriptionId, month, amount, attempt, null, InvoiceStatus.CHARGING, null, 0);
        String reference = invoice.reference();
        // stored before the charge: its webhook may arrive before the answer does
        invoicesByReference.put(reference, invoice);
        Charge charge = xendit.chargeSavedCard(reference, subscription.paymentTokenId(), amount, reference);
        return invoicesByReference.computeIfPresent(reference, (r, i) -> new Invoice(i.subscriptionId(), i.month(),
                i.amount(), i.attempt(), charge.paymentRequestId(), i.status(), i.failureCode(), i.refunded()));
    }

    public Optional<Subscription> find(String subscriptionId) {
        return Optional.ofNullable(subscriptions.get(subscriptionId));
    }

    /** The latest attempt at a month's invoice. */
    public Optional<Invoice> latest(String subscriptionId, YearMonth month) {
        return invoicesByReference.values().stream()
                .filter(i -> i.subscriptionId().equals(subscriptionId) && i.month().equals(month))
                .max(java.util.Comparator.comparingInt(Invoice::attempt));
    }

    /** The webhooks the shop acted on, as {@code event id}, in the order they came: each one once. */
    public List<String> events() {
        return List.copyOf(events);
    }

    /** The SAVE session completed: the card's token is saved and the subscription starts. */
    boolean activate(String subscriptionId, String sessionId, String paymentTokenId) {
        boolean[] moved = {false};
        subscriptions.computeIfPresent(subscriptionId, (id, s) -> {
            if (s.status() != Status.AWAITING_CARD || !s.sessionId().equals(sessionId)) {
                return s;
            }
            moved[0] = true;
            return new Subscription(id, sessionId, paymentTokenId, Status.ACTIVE);
        });
        if (moved[0]) {
            events.add("payment_session.completed " + sessionId);
        }
        return moved[0];
    }

    /** A payment webhook for one of the invoices' charges: paid, or declined with its failure code. */
    boolean settleCharge(String reference, String paymentRequestId, boolean paid, String failureCode) {
        Invoice pending = invoicesByReference.get(reference);
        if (pending == null || pending.status() != InvoiceStatus.CHARGING) {
            return false; // not ours, or delivered twice
        }
        invoicesByReference.put(reference, new Invoice(pending.subscriptionId(), pending.month(), pending.amount(),
                pending.attempt(), paymentRequestId, paid ? InvoiceStatus.PAID : InvoiceStatus.DECLINED,
                failureCode, 0));
        events.add((paid ? "payment.capture " : "payment.failure ") + paymentRequestId);
        return true;
    }

    /** A refund webhook: the invoice of the refunded payment request counts the money as returned. */
    boolean settleRefund(String refundId, String paymentRequestId, long amount, boolean succeeded) {
        synchronized (events) {
            String event = (succeeded ? "refund.succeeded " : "refund.failed ") + refundId;
            if (events.contains(event)) {
                return false;
            }
            events.add(event);
        }
        if (!succeeded) {
            return true;
        }
        invoicesByReference.replaceAll((reference, i) -> {
            if (!paymentRequestId.equals(i.paymentRequestId())) {
                return i;
            }
            long refunded = i.refunded() + amount;
            return new Invoice(i.subscriptionId(), i.month(), i.amount(), i.attempt(), i.paymentRequestId(),
                    refunded >= i.amount() ? InvoiceStatus.REFUNDED : InvoiceStatus.PARTIALLY_REFUNDED,
                    i.failureCode(), refunded);
        });
        return true;
    }
}
