package io.github.fakexendit.internal.payments;

import io.github.fakexendit.PaymentRequestStatus;
import io.github.fakexendit.PaymentStatus;
import io.github.fakexendit.PaymentTokenStatus;
import io.github.fakexendit.internal.platform.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * What one checkout leaves behind, built but not yet stored: its payment request and payment ({@code null} for a
 * SAVE, which pays nothing) and its payment token ({@code null} unless the method is saved). Plain data; the
 * {@link PaymentLedger} stores the records under its lock and publishes their {@link #events()}.
 */
record CheckoutRecords(PaymentRequest request, Payment payment, PaymentToken token) {

    /**
     * The customer completed the checkout: a payment SUCCEEDED with one capture of the whole amount (AUTHORIZED
     * when the checkout only authorises) and its request of type PAY, or PAY_AND_SAVE with an ACTIVE token when
     * the method is saved; a SAVE checkout makes the token alone.
     */
    static CheckoutRecords settled(Checkout checkout, LongSupplier sequence, Instant now) {
        Terms terms = terms(checkout, now);
        String tokenId = checkout.savesMethod() ? Ids.paymentTokenId() : null;
        PaymentRequest request = null;
        Payment payment = null;
        if (checkout.pays()) {
            boolean authorizes = checkout.authorizesOnly();
            request = new PaymentRequest(sequence.getAsLong(), Ids.paymentRequestId(), terms, type(checkout), tokenId,
                    Ids.paymentId(), List.of(),
                    authorizes ? PaymentRequestStatus.AUTHORIZED : PaymentRequestStatus.SUCCEEDED, null, now, now);
            payment = new Payment(sequence.getAsLong(), request.latestPaymentId(), request.id(), terms,
                    request.type(), tokenId, terms.amount(),
                    authorizes ? List.of() : List.of(new Capture(Ids.captureId(), terms.amount(), now)),
                    authorizes ? PaymentStatus.AUTHORIZED : PaymentStatus.SUCCEEDED, null, now, now,
                    authorizes ? now.plus(Payment.AUTHORIZATION_HOLD) : null);
        }
        PaymentToken token = tokenId == null ? null
                : new PaymentToken(sequence.getAsLong(), tokenId, terms, PaymentTokenStatus.ACTIVE, null, now, now);
        return new CheckoutRecords(request, payment, token);
    }

    /**
     * A payment attempt of a paying checkout was declined: a FAILED request and payment with {@code failureCode}
     * ({@code CARD_DECLINED} on cards, {@code USER_DECLINED_PAYMENT} elsewhere if {@code null}).
     */
    static CheckoutRecords declined(Checkout checkout, String failureCode, LongSupplier sequence, Instant now) {
        String code = failureCode != null ? failureCode
                : PaymentChannelKind.CARDS.equals(checkout.channelCode()) ? "CARD_DECLINED" : "USER_DECLINED_PAYMENT";
        Terms terms = terms(checkout, now);
        PaymentRequest request = new PaymentRequest(sequence.getAsLong(), Ids.paymentRequestId(), terms,
                type(checkout), null, Ids.paymentId(), List.of(), PaymentRequestStatus.FAILED, code, now, now);
        Payment payment = new Payment(sequence.getAsLong(), request.latestPaymentId(), request.id(), terms,
                request.type(), null, terms.amount(), List.of(), PaymentStatus.FAILED, code, now, now, null);
        return new CheckoutRecords(request, payment, null);
    }

    private static RequestType type(Checkout checkout) {
        return checkout.savesMethod() ? RequestType.PAY_AND_SAVE : RequestType.PAY;
    }

    private static Terms terms(Checkout c, Instant now) {
        CardDetails card = c.card();
        if (card == null && PaymentChannelKind.CARDS.equals(c.channelCode())) {
            card = CardDetails.defaultTestCard(c.country(), now);
        }
        return new Terms(c.account(), c.businessId(), c.referenceId(), c.customerId(), c.country(), c.currency(),
                c.pays() ? c.amount() : null, c.captureMethod(), c.channelCode(), null, card, c.description(),
                c.metadata(), c.items(), null);
    }

    /** Adds the records to {@code store}: request, payment, token, in the order they were made. */
    void storeIn(PaymentStore store) {
        if (request != null) {
            store.add(request);
            store.add(payment);
        }
        if (token != null) {
            store.add(token);
        }
    }

    /** The webhooks the records cause: the payment's (capture, authorisation or failure), then the token's. */
    List<PaymentEvent> events() {
        List<PaymentEvent> events = new ArrayList<>(2);
        if (payment != null) {
            events.add(PaymentEvent.of(switch (payment.status()) {
                case AUTHORIZED -> PaymentEvent.AUTHORIZATION;
                case FAILED -> PaymentEvent.FAILURE;
                default -> PaymentEvent.CAPTURE;
            }, payment));
        }
        if (token != null) {
            events.add(PaymentEvent.of(PaymentEvent.TOKEN_ACTIVATION, token));
        }
        return events;
    }

    /** The ids the session shows. */
    LeftBehind leftBehind() {
        return new LeftBehind(payment == null ? null : payment.paymentRequestId(),
                payment == null ? null : payment.id(), token == null ? null : token.id());
    }
}
