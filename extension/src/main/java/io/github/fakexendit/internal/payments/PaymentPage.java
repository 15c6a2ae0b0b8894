package io.github.fakexendit.internal.payments;

import io.github.fakexendit.PaymentRequestStatus;
import io.github.fakexendit.internal.http.Html;
import io.github.fakexendit.internal.http.Request;
import io.github.fakexendit.internal.http.Response;
import io.github.fakexendit.internal.http.Routes;
import io.github.fakexendit.internal.platform.ApiException;
import java.nio.charset.StandardCharsets;

/**
 * The fake's page a {@code REDIRECT_CUSTOMER} action points at ({@code /pay/{payment_request_id}}): it stands for
 * the e-wallet's, bank's or card issuer's page where the customer approves a payment. It shows what is asked, with
 * two buttons: pay, which succeeds the request (or authorises it, for MANUAL) and sends its webhook, and decline,
 * which fails it with {@code USER_DECLINED_PAYMENT} ({@code CARD_DECLINED} on cards). Then it sends the browser to
 * the request's {@code channel_properties.success_return_url} or {@code failure_return_url}, or says what happened.
 * No key is asked for: the customer's browser opens it.
 */
final class PaymentPage {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final PaymentLedger ledger;
    private final Charges charges;

    PaymentPage(PaymentLedger ledger, Charges charges) {
        this.ledger = ledger;
        this.charges = charges;
    }

    void addTo(Routes routes) {
        routes.page("GET", "/" + ChannelActions.PAGE_PREFIX + "/{id}", request -> show(request.param("id")))
                .page("POST", "/" + ChannelActions.PAGE_PREFIX + "/{id}", this::answer);
    }

    private Response show(String id) {
        PaymentRequest request = ledger.paymentRequest(id).orElse(null);
        if (request == null) {
            return Response.html(404, page("Not found", Html.text("There is no payment request " + id + ".")));
        }
        if (request.status() != PaymentRequestStatus.REQUIRES_ACTION) {
            return Response.html(200, closed(request));
        }
        Terms t = request.terms();
        Html body = new Html("<p>" + Html.text(t.description() != null ? t.description() : t.referenceId()).markup()
                + "</p><p><strong>" + Html.text(t.currency() + " " + RefundRules.plain(t.amount())).markup()
                + "</strong> with " + Html.text(t.channelCode()).markup() + "</p>"
                + "<form method=\"post\"><button name=\"outcome\" value=\"pay\">Pay</button> "
                + "<button name=\"outcome\" value=\"decline\">Decline</button></form>");
        return Response.html(200, page("Approve the payment", body));
    }

    private Response answer(Request request) {
        String id = request.param("id");
        String contentType = request.header("Content-Type");
        if (contentType == null || !Request.mediaType(contentType).equals(FORM)) {
            return Response.html(415, page("Unreadable form", Html.text("The form must be sent as " + FORM + ".")));
        }
        String form = new String(request.body(), StandardCharsets.UTF_8);
        boolean pay = form.equals("outcome=pay");
        if (!pay && !form.equals("outcome=decline")) {
            return Response.html(400, page("Unreadable form", Html.text("Choose pay or decline.")));
        }
        PaymentRequest after;
        try {
            after = charges.complete(null, id, pay ? Charges.Completion.SUCCEED : Charges.Completion.FAIL,
                    null);
        } catch (ApiException e) {
            return ledger.paymentRequest(id).map(r -> Response.html(409, closed(r)))
                    .orElseGet(() -> Response.html(404, page("Not found",
                            Html.text("There is no payment request " + id + "."))));
        }
        String next = returnUrl(after, pay ? "success_return_url" : "failure_return_url");
        if (next != null) {
            return Response.redirect(next);
        }
        return Response.html(200, page(pay ? "Paid" : "Declined", Html.text(pay
                ? "The payment was made. You can close this page."
                : "The payment was declined. Nothing was charged.")));
    }

    private static String returnUrl(PaymentRequest request, String field) {
        var properties = request.terms().channelProperties();
        var url = properties == null ? null : properties.get(field);
        return url != null && url.isTextual() && (url.textValue().startsWith("https://")
                || url.textValue().startsWith("http://")) ? url.textValue() : null;
    }

    private static String closed(PaymentRequest request) {
        return page("Nothing to approve", Html.text("This payment request is " + request.status()
                + ": there is nothing left to approve."));
    }

    private static String page(String title, Html body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.text(title).markup()
                + " - fake-xendit</title></head><body><h1>" + Html.text(title).markup() + "</h1>" + body.markup()
                + "</body></html>";
    }
}
