package io.github.fakexendit.internal.sessions.checkout;

import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.http.Request;
import io.github.fakexendit.internal.http.Response;
import io.github.fakexendit.internal.http.Routes;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.sessions.Session;
import io.github.fakexendit.internal.sessions.SessionService;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The hosted checkout at {@code /checkout/{id}}: {@code GET} shows the page, {@code POST} takes the payment form,
 * {@code GET /checkout/{id}/back} sends the customer back to the merchant. Answers are pages, but for an unknown
 * id asked for by something other than a browser, which gets Xendit's JSON 404.
 */
public final class CheckoutRoutes {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final Checkout checkout;

    public CheckoutRoutes(SessionService sessions) {
        this.checkout = new Checkout(sessions);
    }

    /** The page's routes, which a browser opens without a key. */
    public void addTo(Routes routes) {
        String page = "/" + CheckoutPage.PREFIX + "/{id}";
        routes.page("GET", page, request -> show(request, request.param("id")))
                .page("POST", page, request -> pay(request, request.param("id")))
                .page("GET", page + "/back", request -> back(request, request.param("id")));
    }

    private Response show(Request request, String id) {
        return checkout.find(id)
                .map(session -> Response.html(200, session.status() != SessionStatus.ACTIVE
                        ? CheckoutPage.closed(session, false)
                        : CheckoutPage.form(session, checkout.channels(session), null, null)))
                .orElseGet(() -> notFound(request));
    }

    private Response pay(Request request, String id) {
        Checkout.Submission form;
        try {
            form = submission(request);
        } catch (UnreadableForm e) {
            return Response.html(e.status, CheckoutPage.unreadable(e.getMessage()));
        }
        Checkout.Result result = checkout.submit(id, form);
        if (result instanceof Checkout.Paid paid) {
            String next = paid.session().text("success_return_url");
            return next != null ? Response.redirect(next) : Response.html(200, CheckoutPage.paid(paid.session()));
        }
        if (result instanceof Checkout.Declined declined) {
            Session session = declined.session();
            return Response.html(200, CheckoutPage.form(session, checkout.channels(session), form,
                    new CheckoutPage.Notice("Payment declined", (declined.channel().equals(Checkout.CARDS)
                            ? "Your card payment" : "Your payment with " + declined.channel()) + " was declined ("
                            + declined.reason() + "). Nothing was charged. Try again, or choose another payment "
                            + "method.", null)));
        }
        if (result instanceof Checkout.Invalid invalid) {
            Session session = invalid.session();
            return Response.html(400, CheckoutPage.form(session, checkout.channels(session), form,
                    new CheckoutPage.Notice("Check the form", invalid.message(), invalid.field())));
        }
        if (result instanceof Checkout.Closed closed) {
            return Response.html(409, CheckoutPage.closed(closed.session(), true));
        }
        return notFound(request);
    }

    /** Back to the merchant's {@code cancel_return_url}; the session stays as it is, and expires in its time. */
    private Response back(Request request, String id) {
        return checkout.find(id)
                .map(session -> {
                    String next = session.text("cancel_return_url");
                    return next != null ? Response.redirect(next) : Response.html(200, CheckoutPage.left(session));
                })
                .orElseGet(() -> notFound(request));
    }

    /** A page for a browser (it accepts {@code text/html}); Xendit's JSON 404 for anything else. */
    private static Response notFound(Request request) {
        String accept = request.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html")
                ? Response.html(404, CheckoutPage.notFound())
                : Response.error(ApiError.sessionNotFound());
    }

    /** The payment form, as browsers send it: URL-encoded UTF-8. */
    private static Checkout.Submission submission(Request request) throws UnreadableForm {
        String contentType = request.header("Content-Type");
        if (request.body().length > 0 && (contentType == null
                || !Request.mediaType(contentType).equals(FORM))) {
            throw new UnreadableForm(415, "The form must be sent as " + FORM + ", not "
                    + (contentType == null ? "without a Content-Type" : contentType) + ".");
        }
        Map<String, String> fields = new HashMap<>();
        String body = new String(request.body(), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] nameAndValue = pair.split("=", 2);
            try {
                fields.putIfAbsent(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        nameAndValue.length == 2 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
            } catch (IllegalArgumentException badEscape) {
                throw new UnreadableForm(400, "The form is not URL-encoded properly: " + badEscape.getMessage());
            }
        }
        return new Checkout.Submission(fields.get("channel"), fields.get("card_number"), fields.get("outcome"),
                "true".equals(fields.get("save_payment_method")));
    }

    /** A request body that is not the page's form. */
    private static final class UnreadableForm extends Exception {
        private static final long serialVersionUID = 1L;

        private final int status;

        UnreadableForm(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
