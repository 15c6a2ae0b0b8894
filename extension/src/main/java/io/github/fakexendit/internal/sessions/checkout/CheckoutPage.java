package io.github.fakexendit.internal.sessions.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.http.Html;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.Currencies;
import io.github.fakexendit.internal.sessions.Session;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages of the hosted checkout at a session's {@code payment_link_url}, built from the stored session: the
 * payment form of an ACTIVE session, and the pages that say a session is paid, closed or unknown. Every value
 * from the merchant is escaped ({@link Html#text}).
 */
final class CheckoutPage {

    static final String PREFIX = "checkout";
    private static final String LAYOUT = Html.template(CheckoutPage.class, "checkout-layout.html");
    private static final String FORM = Html.template(CheckoutPage.class, "checkout-form.html");
    private static final String MESSAGE = Html.template(CheckoutPage.class, "checkout-message.html");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** A message at the top of the form: why the last submission did not go through. */
    record Notice(String heading, String text, String field) {
    }

    private CheckoutPage() {
    }

    /** Where the page of {@code session} is, relative to the server. */
    static String pagePath(Session session) {
        return "/" + PREFIX + "/" + session.id();
    }

    /**
     * The payment form of an ACTIVE session.
     *
     * @param previous what the customer sent last, to show again; {@code null} for a fresh page
     * @param notice   why that did not go through, or {@code null}
     */
    static String form(Session session, List<String> channels, Checkout.Submission previous, Notice notice) {
        Checkout.Submission shown = previous != null ? previous
                : new Checkout.Submission(channels.size() == 1 ? channels.get(0) : null, null, null, false);
        boolean save = isSave(session);
        String verb = save ? "Save a payment method" : "Pay " + amount(session);
        String title = (notice == null ? "" : notice.heading() + ": ") + verb + " – " + heading(session);
        Html content = Html.fill(FORM, Map.ofEntries(
                Map.entry("heading", Html.text(heading(session))),
                Map.entry("reference", Html.text(session.referenceId())),
                Map.entry("summary", summary(session)),
                Map.entry("expires-at", Html.text(Json.timestamp(session.expiresAt()))),
                Map.entry("expires", Html.text(EXPIRY.format(session.expiresAt()))),
                Map.entry("notice", notice(notice)),
                Map.entry("action", Html.text(pagePath(session))),
                Map.entry("channels", channelChoices(channels, shown.channel())),
                Map.entry("card-details", channels.contains(Checkout.CARDS) ? cardDetails(shown, notice) : Html.EMPTY),
                Map.entry("outcome", channels.stream().anyMatch(c -> !c.equals(Checkout.CARDS))
                        ? outcomeChoices(shown.outcome(), save) : Html.EMPTY),
                Map.entry("save", Checkout.offersSaving(session) ? saveChoice(shown.savePaymentMethod()) : Html.EMPTY),
                Map.entry("submit", Html.text(verb)),
                Map.entry("back", Html.text(pagePath(session) + "/back"))));
        return page(title, content);
    }

    /** A session that takes no payment: COMPLETED, EXPIRED or CANCELED; after a refused payment it says so. */
    static String closed(Session session, boolean refusedPayment) {
        String heading = switch (session.status()) {
            case COMPLETED -> isSave(session) ? "This payment method is saved" : "This payment is complete";
            case EXPIRED -> "This checkout has expired";
            case CANCELED -> "This checkout was cancelled";
            case ACTIVE -> throw new IllegalArgumentException("session " + session.id() + " is ACTIVE");
        };
        List<Html> paragraphs = new ArrayList<>();
        if (refusedPayment) {
            paragraphs.add(paragraph("No payment was taken: this checkout no longer accepts payments."));
        }
        paragraphs.add(paragraph(switch (session.status()) {
            case COMPLETED -> "There is nothing more to pay.";
            case EXPIRED -> "It was open until " + EXPIRY.format(session.expiresAt())
                    + ". Ask the merchant for a new payment link.";
            default -> "The merchant withdrew this payment link. Ask the merchant for a new one.";
        }));
        String back = session.status() == SessionStatus.COMPLETED ? session.text("success_return_url")
                : session.text("cancel_return_url");
        return message(heading + " – " + heading(session), heading, summary(session), paragraphs,
                back == null ? Html.EMPTY : link(back, "Return to the merchant"));
    }

    /** The customer paid and the merchant gave no {@code success_return_url} to send them to. */
    static String paid(Session session) {
        String heading = isSave(session) ? "Your payment method is saved" : "Payment received";
        return message(heading + " – " + heading(session), heading, summary(session),
                List.of(paragraph("Thank you. The merchant has been told; you can close this page.")), Html.EMPTY);
    }

    /** The customer went back and the merchant gave no {@code cancel_return_url}: the session stays open. */
    static String left(Session session) {
        String heading = "You left the checkout";
        return message(heading + " – " + heading(session), heading, summary(session),
                List.of(paragraph("Nothing was paid. This checkout stays open until "
                        + EXPIRY.format(session.expiresAt()) + ", if you change your mind.")),
                session.status() == SessionStatus.ACTIVE
                        ? link(pagePath(session), "Return to the checkout") : Html.EMPTY);
    }

    /** No checkout has that id. */
    static String notFound() {
        String heading = "Payment link not found";
        return message(heading, heading, Html.EMPTY, List.of(paragraph("There is no checkout at this address. "
                + "Check the link, or ask the merchant for a new one.")), Html.EMPTY);
    }

    /** The request was not a form the page sends. */
    static String unreadable(String why) {
        String heading = "The payment form could not be read";
        return message(heading, heading, Html.EMPTY, List.of(paragraph(why)), Html.EMPTY);
    }

    /** {@code 150,000} rupiah as {@code IDR 150,000}; pesos as {@code PHP 10,000.50}: the currency's decimals. */
    static String money(BigDecimal amount, String currency) {
        int places;
        try {
            places = Currencies.decimalPlaces(currency);
        } catch (IllegalArgumentException unknown) {
            places = Math.max(amount.stripTrailingZeros().scale(), 0);
        }
        DecimalFormat format = new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return currency + " " + format.format(amount);
    }

    private static String amount(Session session) {
        return money(session.request().get("amount").decimalValue(), session.text("currency"));
    }

    private static boolean isSave(Session session) {
        return "SAVE".equals(session.sessionType());
    }

    private static String heading(Session session) {
        String description = session.text("description");
        return description != null ? description : "Order " + session.referenceId();
    }

    /** The amount, and the items if the merchant listed them. */
    private static Html summary(Session session) {
        if (isSave(session)) {
            return paragraph("Nothing is charged now: the merchant asks to keep your payment method for later.");
        }
        List<Html> rows = new ArrayList<>();
        String currency = session.text("currency");
        for (JsonNode item : session.request().path("items")) {
            BigDecimal unit = item.path("net_unit_amount").decimalValue();
            BigDecimal quantity = item.path("quantity").decimalValue();
            rows.add(Html.fill("""
                    <tr><td>{{name}}</td><td class="num">{{quantity}}</td><td class="num">{{unit}}</td>\
                    <td class="num">{{total}}</td></tr>""", Map.of(
                    "name", Html.text(item.path("name").asText()),
                    "quantity", Html.text(quantity.toPlainString()),
                    "unit", Html.text(money(unit, currency)),
                    "total", Html.text(money(unit.multiply(quantity), currency)))));
        }
        Html amount = Html.fill("<p class=\"amount\"><span class=\"label\">Amount to pay</span> {{amount}}</p>",
                Map.of("amount", Html.text(amount(session))));
        if (rows.isEmpty()) {
            return amount;
        }
        return Html.join(List.of(amount, Html.fill("""
                <table>
                <caption>Order summary</caption>
                <thead><tr><th scope="col">Item</th><th scope="col" class="num">Qty</th>\
                <th scope="col" class="num">Price</th><th scope="col" class="num">Amount</th></tr></thead>
                <tbody>
                {{rows}}
                </tbody>
                </table>""", Map.of("rows", Html.join(rows)))));
    }

    private static Html notice(Notice notice) {
        if (notice == null) {
            return Html.EMPTY;
        }
        // focused on load, so that a screen reader reads it first and the next Tab reaches the form
        return Html.fill("""
                <div class="notice" role="alert" id="notice" tabindex="-1" autofocus>
                  <h2>{{heading}}</h2>
                  <p>{{text}}</p>
                </div>""", Map.of("heading", Html.text(notice.heading()), "text", Html.text(notice.text())));
    }

    private static Html channelChoices(List<String> channels, String chosen) {
        List<Html> choices = new ArrayList<>();
        for (String channel : channels) {
            choices.add(Html.fill("""
                          <label class="choice"><input type="radio" name="channel" value="{{code}}"{{checked}}> \
                    {{label}}</label>""", Map.of(
                    "code", Html.text(channel),
                    "checked", Html.flag("checked", channel.equals(chosen)),
                    // long codes such as MANDIRI_VIRTUAL_ACCOUNT may wrap after an underscore, not mid-word
                    "label", new Html(Html.text(channel).markup().replace("_", "_<wbr>")))));
        }
        return Html.join(choices);
    }

    private static Html cardDetails(Checkout.Submission shown, Notice notice) {
        boolean invalid = notice != null && "card_number".equals(notice.field());
        return Html.fill("""
                  <fieldset class="card-details">
                    <legend>Card</legend>
                    <label for="card_number">Card number</label>
                    <input type="text" id="card_number" name="card_number" inputmode="numeric" \
                autocomplete="cc-number" value="{{number}}" aria-describedby="card-hint"{{invalid}}>
                    <p class="hint" id="card-hint">Xendit's test cards decide: <code>{{approved}}</code> is approved, \
                <code>{{declined}}</code> is declined. No expiry date or CVV is needed here.</p>
                  </fieldset>""", Map.of(
                "number", Html.text(shown.cardNumber()),
                "invalid", Html.flag("aria-invalid=\"true\"", invalid),
                "approved", Html.text(TestCards.first(true).number()),
                "declined", Html.text(TestCards.first(false).number())));
    }

    private static Html outcomeChoices(String chosen, boolean save) {
        boolean decline = Checkout.DECLINE.equals(chosen);
        return Html.fill("""
                  <fieldset class="outcome">
                    <legend>{{legend}}</legend>
                    <label class="choice"><input type="radio" name="outcome" value="{{approve}}"{{approve-checked}}> \
                goes through</label>
                    <label class="choice"><input type="radio" name="outcome" value="{{decline}}"{{decline-checked}}> \
                is declined</label>
                  </fieldset>""", Map.of(
                "legend", Html.text(save ? "In this test, saving the method" : "In this test, the payment"),
                "approve", Html.text(Checkout.APPROVE),
                "decline", Html.text(Checkout.DECLINE),
                "approve-checked", Html.flag("checked", !decline),
                "decline-checked", Html.flag("checked", decline)));
    }

    private static Html saveChoice(boolean checked) {
        return Html.fill("""
                  <p><label class="check"><input type="checkbox" name="save_payment_method" value="true"{{checked}}> \
                Save this payment method for future payments</label></p>""",
                Map.of("checked", Html.flag("checked", checked)));
    }

    private static Html paragraph(String text) {
        return Html.fill("<p>{{text}}</p>", Map.of("text", Html.text(text)));
    }

    private static Html link(String href, String text) {
        return Html.fill("<p class=\"actions\"><a class=\"button\" href=\"{{href}}\">{{text}}</a></p>",
                Map.of("href", Html.text(href), "text", Html.text(text)));
    }

    private static String message(String title, String heading, Html summary, List<Html> paragraphs, Html actions) {
        return page(title, Html.fill(MESSAGE, Map.of("heading", Html.text(heading), "summary", summary,
                "paragraphs", Html.join(paragraphs), "actions", actions)));
    }

    private static String page(String title, Html content) {
        return Html.fill(LAYOUT, Map.of("title", Html.text(title), "content", content)).markup();
    }
}
