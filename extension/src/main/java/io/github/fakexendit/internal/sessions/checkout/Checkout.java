package io.github.fakexendit.internal.sessions.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.platform.CheckoutPayments;
import io.github.fakexendit.internal.sessions.CheckoutChoice;
import io.github.fakexendit.internal.sessions.Session;
import io.github.fakexendit.internal.sessions.SessionService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the customer does on a session's hosted checkout page, whatever page shows it: pay (or, on a SAVE session,
 * save a method) on a channel the session offers, or try and be declined. A payment completes the session through
 * {@link SessionService#complete}, the operation behind {@code SessionHandle.complete(Completion)}, so it sets the
 * same fields and sends the same webhook; a declined try is {@link SessionService#failPayment}. Card payments go as
 * Xendit's test card numbers say ({@link TestCards}); on other channels the customer picks the outcome.
 */
public final class Checkout {

    /** The channel whose outcome the card number decides. */
    public static final String CARDS = "CARDS";
    /** The form values of the outcome of a payment on another channel. */
    public static final String APPROVE = "approve";
    public static final String DECLINE = "decline";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern CARD_DIGITS = Pattern.compile("[0-9]{12,19}");

    /**
     * The payment form as the customer sent it; a field the form did not carry is {@code null}.
     *
     * @param outcome           {@link #APPROVE} or {@link #DECLINE}, for channels other than cards; approve if absent
     * @param savePaymentMethod whether the customer ticked "save"; heeded where the session lets them choose
     */
    public record Submission(String channel, String cardNumber, String outcome, boolean savePaymentMethod) {
    }

    /** What became of a submission. */
    public sealed interface Result permits Paid, Declined, Invalid, Closed, Unknown {
    }

    /** The session is COMPLETED, its webhook on its way. */
    public record Paid(Session session) implements Result {
    }

    /** The payment was declined and recorded as a failed attempt; the session is still ACTIVE. */
    public record Declined(Session session, String channel, String reason) implements Result {
    }

    /** The form cannot be paid with as it is; {@code field} is the form field to mend. Nothing changed. */
    public record Invalid(Session session, String field, String message) implements Result, Decision {
    }

    /** The session no longer takes payments (COMPLETED, EXPIRED or CANCELED). Nothing changed. */
    public record Closed(Session session) implements Result {
    }

    /** There is no checkout page with that id. */
    public record Unknown() implements Result {
    }

    /** What the form says of the payment: it goes through, is declined, or cannot be made as it is. */
    private sealed interface Decision permits Verdict, Invalid {
    }

    /** Whether the payment goes through, and if not why; the card paid with, if any. */
    private record Verdict(boolean approved, String declineReason, CheckoutPayments.Card card) implements Decision {

        Verdict(boolean approved, String declineReason) {
            this(approved, declineReason, null);
        }
    }

    private final SessionService sessions;

    public Checkout(SessionService sessions) {
        this.sessions = sessions;
    }

    /** The session whose checkout page {@code id} is: any but a COMPONENTS session, which has no hosted page. */
    public Optional<Session> find(String id) {
        return sessions.find(id).filter(session -> session.paymentLinkUrl() != null);
    }

    /**
     * The channels the page offers, those of {@code payment_link_configuration.primary_payment_channels} first
     * (the merchant's way of putting them forward), then the others the session offers. A session with
     * {@code capture_method: MANUAL} offers cards alone: only a card payment can be authorised and captured later.
     */
    public List<String> channels(Session session) {
        List<String> offered = sessions.offeredChannels(session);
        if ("MANUAL".equals(session.text("capture_method"))) {
            return offered.contains(CARDS) ? List.of(CARDS) : List.of();
        }
        Set<String> ordered = new LinkedHashSet<>();
        JsonNode primary = session.request().at("/payment_link_configuration/primary_payment_channels");
        primary.forEach(code -> {
            if (offered.contains(code.asText())) {
                ordered.add(code.asText());
            }
        });
        ordered.addAll(offered);
        return List.copyOf(ordered);
    }

    /** Whether the customer chooses to save the method: PAY sessions with {@code allow_save_payment_method: OPTIONAL}. */
    public static boolean offersSaving(Session session) {
        return "PAY".equals(session.sessionType()) && "OPTIONAL".equals(session.text("allow_save_payment_method"));
    }

    /** Takes the payment the customer submitted on the page of session {@code id}. */
    public Result submit(String id, Submission form) {
        Optional<Session> found = find(id);
        if (found.isEmpty()) {
            return new Unknown();
        }
        Session session = found.get();
        if (session.status() != SessionStatus.ACTIVE) {
            return new Closed(session);
        }
        String channel = form.channel();
        if (channel == null || channel.isBlank()) {
            return new Invalid(session, "channel", "Choose a payment method.");
        }
        if (!channels(session).contains(channel)) {
            return new Invalid(session, "channel", channel + " is not a payment method of this checkout: "
                    + "choose one of those listed.");
        }
        Decision decision = channel.equals(CARDS) ? cardVerdict(session, form.cardNumber())
                : outcomeVerdict(session, form.outcome());
        if (decision instanceof Invalid invalid) {
            return invalid;
        }
        return apply(session, channel, (Verdict) decision, form.savePaymentMethod() && offersSaving(session));
    }

    private Result apply(Session session, String channel, Verdict verdict, boolean save) {
        CheckoutChoice choice = new CheckoutChoice(channel, save, verdict.card());
        try {
            return verdict.approved()
                    ? new Paid(sessions.complete(session.id(), choice))
                    : new Declined(sessions.failPayment(session.id(), choice, null), channel, verdict.declineReason());
        } catch (IllegalStateException movedOn) {
            // expired, cancelled or paid elsewhere since it was read
            return find(session.id()).<Result>map(Closed::new).orElseGet(Unknown::new);
        } catch (IllegalArgumentException refused) {
            return find(session.id()).<Result>map(now -> new Invalid(now, "channel", refused.getMessage()))
                    .orElseGet(Unknown::new);
        }
    }

    /** Xendit's test card numbers decide; a number that is not a card number is {@link Invalid}. */
    private static Decision cardVerdict(Session session, String cardNumber) {
        String digits = cardNumber == null ? "" : SEPARATORS.matcher(cardNumber).replaceAll("");
        if (digits.isEmpty()) {
            return new Invalid(session, "card_number", "Enter the card number.");
        }
        Optional<TestCards.Card> card = TestCards.find(digits);
        if (card.isPresent()) {
            return new Verdict(card.get().approved(), card.get().scenario(),
                    new CheckoutPayments.Card(digits, card.get().brand()));
        }
        if (!CARD_DIGITS.matcher(digits).matches() || !passesLuhn(digits)) {
            return new Invalid(session, "card_number", "This is not a valid card number: check the digits.");
        }
        return new Verdict(false, "this card is not one of Xendit's test cards",
                new CheckoutPayments.Card(digits, "UNKNOWN"));
    }

    /** The customer's pick decides; an outcome the page does not offer is {@link Invalid}. */
    private static Decision outcomeVerdict(Session session, String outcome) {
        if (outcome == null || outcome.equals(APPROVE)) {
            return new Verdict(true, null);
        }
        if (outcome.equals(DECLINE)) {
            return new Verdict(false, "the outcome chosen for this test");
        }
        return new Invalid(session, "outcome", "Choose whether this test payment goes through or is declined.");
    }

    /** The check digit of card numbers (ISO/IEC 7812). */
    static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
