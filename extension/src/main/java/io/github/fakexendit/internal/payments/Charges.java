package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.PaymentRequestStatus;
import io.github.fakexendit.PaymentStatus;
import io.github.fakexendit.PaymentTokenStatus;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.Ids;
import io.github.fakexendit.internal.platform.PaymentChannels;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What the merchant and the test do to money after a checkout: charge a saved token, start a direct payment, let
 * the customer (or a simulation, or the test) finish a request that waits, cancel a waiting request or a token,
 * let a token expire.
 * Everything happens in the {@link PaymentLedger}, under its lock, and its listeners hear of the webhooks.
 *
 * <p>A token charge answers at once: FAILED for a scripted failure or, on cards, one of Xendit's failure test
 * amounts; REQUIRES_ACTION when the test scripted an action or a wait; otherwise SUCCEEDED, or AUTHORIZED when only
 * authorised. A direct payment always waits for its customer, with the action its channel's kind shows.
 */
public final class Charges {

    /** How a request that waits for its customer ends. */
    public enum Completion { SUCCEED, FAIL, EXPIRE }

    private final PaymentLedger ledger;
    private final Clock clock;
    private final ChargeScripts scripts = new ChargeScripts();

    public Charges(PaymentLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** What the test scripted for the next charges of each token. */
    public ChargeScripts scripts() {
        return scripts;
    }

    /** The token of {@code account} as the charge rules see it, if it has one of that id. */
    public Optional<ChargeValidator.TokenFacts> tokenFacts(Object account, String tokenId) {
        return ledger.paymentToken(tokenId).filter(t -> t.terms().belongsTo(account))
                .map(t -> new ChargeValidator.TokenFacts(t.id(), t.status().name(), t.terms().channelCode(),
                        t.terms().country(), t.terms().currency()));
    }

    /**
     * {@code POST /v3/payment_requests} for a validated charge.
     *
     * @param baseUrl where this server serves the page a redirect action points at
     * @throws ApiException {@code INVALID_TOKEN} if the token stopped being ACTIVE since it was validated
     */
    public PaymentRequest charge(Object account, String businessId, ChargeValidator.Charge charge, String baseUrl) {
        return ledger.locked((store, sequence, events) -> {
            Instant now = Timestamps.shown(clock.instant());
            JsonNode body = charge.body();
            PaymentToken token = null;
            if (charge.isTokenCharge()) {
                token = store.paymentToken(charge.token().id());
                if (token == null || token.status() != PaymentTokenStatus.ACTIVE) {
                    throw PaymentError.INVALID_TOKEN.refusal("id", charge.token().id(),
                            "status", token == null ? "gone" : token.status().name());
                }
            }
            Terms terms = new Terms(account, businessId, body.get("reference_id").textValue(),
                    token != null ? token.terms().customerId() : text(body, "customer_id"), charge.country(),
                    charge.currency(), charge.amount(),
                    charge.manualCapture() ? CaptureMethod.MANUAL : CaptureMethod.AUTOMATIC, charge.channelCode(),
                    body.get("channel_properties"), token == null ? null : token.terms().card(),
                    text(body, "description"), body.get("metadata"), body.get("items"),
                    body.get("shipping_information"));
            String id = Ids.paymentRequestId();
            String tokenId = token == null ? null : token.id();
            if (token == null) {
                String kind = PaymentChannels.channel(charge.channelCode()).kind();
                String[] action = ChannelActions.forKind(kind, id, baseUrl);
                return waiting(store, sequence, id, terms, null, List.of(new Action(action[0], action[1], action[2])),
                        now);
            }
            Optional<ChargeScripts.Script> script = scripts.take(tokenId);
            if (script.isPresent()) {
                return switch (script.get().kind()) {
                    case FAIL -> declined(store, sequence, events, id, terms, tokenId, script.get().failureCode(),
                            now);
                    case REQUIRE_ACTION -> waiting(store, sequence, id, terms, tokenId, List.of(new Action(
                            "REDIRECT_CUSTOMER", "WEB_URL", ChannelActions.pageUrl(baseUrl, id))), now);
                    case STAY_PENDING -> waiting(store, sequence, id, terms, tokenId, List.of(), now);
                };
            }
            Optional<String> testFailure = terms.isCards()
                    ? CardTestAmounts.failureCode(terms.currency(), terms.amount()) : Optional.empty();
            if (testFailure.isPresent()) {
                return declined(store, sequence, events, id, terms, tokenId, testFailure.get(), now);
            }
            PaymentRequest request = new PaymentRequest(sequence.getAsLong(), id, terms, RequestType.PAY, tokenId,
                    null, List.of(), PaymentRequestStatus.REQUIRES_ACTION, null, now, now);
            return paid(store, sequence, events, request, now);
        });
    }

    private static PaymentRequest waiting(PaymentStore store, LongSupplier sequence, String id, Terms terms,
                                          String tokenId, List<Action> actions, Instant now) {
        PaymentRequest request = new PaymentRequest(sequence.getAsLong(), id, terms, RequestType.PAY, tokenId, null,
                actions, PaymentRequestStatus.REQUIRES_ACTION, null, now, now);
        store.add(request);
        return request;
    }

    private static PaymentRequest declined(PaymentStore store, LongSupplier sequence, List<PaymentEvent> events,
                                           String id, Terms terms, String tokenId, String code, Instant now) {
        PaymentRequest request = new PaymentRequest(sequence.getAsLong(), id, terms, RequestType.PAY, tokenId, null,
                List.of(), PaymentRequestStatus.REQUIRES_ACTION, null, now, now);
        store.add(request);
        return failed(store, sequence, events, request, code, now);
    }

    /** A payment collected (or only authorised) for a request, which moves along with it. */
    private static PaymentRequest paid(PaymentStore store, LongSupplier sequence, List<PaymentEvent> events,
                                       PaymentRequest request, Instant now) {
        Terms terms = request.terms();
        boolean authorizes = terms.captureMethod() == CaptureMethod.MANUAL;
        Payment payment = new Payment(sequence.getAsLong(), Ids.paymentId(), request.id(), terms,
                request.type(), request.paymentTokenId(), terms.amount(),
                authorizes ? List.of() : List.of(new Capture(Ids.captureId(), terms.amount(), now)),
                authorizes ? PaymentStatus.AUTHORIZED : PaymentStatus.SUCCEEDED, null, now, now,
                authorizes ? now.plus(Payment.AUTHORIZATION_HOLD) : null);
        PaymentRequest after = new PaymentRequest(request.sequence(), request.id(), terms, request.type(),
                request.paymentTokenId(), payment.id(), List.of(),
                authorizes ? PaymentRequestStatus.AUTHORIZED : PaymentRequestStatus.SUCCEEDED, null,
                request.created(), Timestamps.after(request.updated(), now));
        store.add(payment);
        put(store, after);
        events.add(PaymentEvent.of(authorizes ? PaymentEvent.AUTHORIZATION : PaymentEvent.CAPTURE, payment));
        return after;
    }

    /** A declined payment for a request, which fails with it. */
    private static PaymentRequest failed(PaymentStore store, LongSupplier sequence, List<PaymentEvent> events,
                                         PaymentRequest request, String code, Instant now) {
        Payment payment = new Payment(sequence.getAsLong(), Ids.paymentId(), request.id(), request.terms(),
                request.type(), request.paymentTokenId(), request.terms().amount(), List.of(), PaymentStatus.FAILED,
                code, now, now, null);
        PaymentRequest after = new PaymentRequest(request.sequence(), request.id(), request.terms(), request.type(),
                request.paymentTokenId(), payment.id(), List.of(), PaymentRequestStatus.FAILED, code,
                request.created(), Timestamps.after(request.updated(), now));
        store.add(payment);
        put(store, after);
        events.add(PaymentEvent.of(PaymentEvent.FAILURE, payment));
        return after;
    }

    /** Stores a request, new or changed. */
    private static void put(PaymentStore store, PaymentRequest request) {
        if (store.paymentRequest(request.id()) == null) {
            store.add(request);
        } else {
            store.replace(request);
        }
    }

    /**
     * Ends a request that waits for its customer: paid (authorised for MANUAL), declined with {@code failureCode}
     * ({@code null}: {@code CARD_DECLINED} on cards, {@code USER_DECLINED_PAYMENT} elsewhere), or expired.
     *
     * @param account whose request it must be, or {@code null} for the test, which may end any
     * @throws ApiException {@code DATA_NOT_FOUND}, or {@code INELIGIBLE_TRANSACTION_STATUS} unless it waits
     */
    public PaymentRequest complete(Object account, String id, Completion completion, String failureCode) {
        return ledger.locked((store, sequence, events) -> {
            PaymentRequest request = waitingRequest(store, account, id);
            Instant now = Timestamps.shown(clock.instant());
            return switch (completion) {
                case SUCCEED -> paid(store, sequence, events, request, now);
                case FAIL -> failed(store, sequence, events, request, failureCode != null ? failureCode
                        : request.terms().isCards() ? "CARD_DECLINED" : "USER_DECLINED_PAYMENT", now);
                case EXPIRE -> {
                    PaymentRequest expired = request.moved(Move.EXPIRE, now);
                    store.replace(expired);
                    yield expired;
                }
            };
        });
    }

    private static PaymentRequest waitingRequest(PaymentStore store, Object account, String id) {
        PaymentRequest request = owned(store, account, id);
        Lifecycle.PAYMENT_REQUEST.require(request.status(), Move.SUCCEED);
        return request;
    }

    private static PaymentRequest owned(PaymentStore store, Object account, String id) {
        PaymentRequest request = store.paymentRequest(id);
        if (request == null || (account != null && !request.terms().belongsTo(account))) {
            throw PaymentError.DATA_NOT_FOUND.refusal("object", "Payment request", "id", id);
        }
        return request;
    }

    /**
     * {@code POST /v3/payment_requests/{id}/simulate} (test mode): the customer pays {@code amount} ({@code null}:
     * the request's amount) on a request that waits; not for cards, which are paid with tokens, sessions or the
     * scripting API.
     *
     * @throws ApiException {@code DATA_NOT_FOUND}; {@code INELIGIBLE_TRANSACTION_STATUS} unless it waits;
     *                      {@code INVALID_VALUE_ERROR} on cards or for another amount
     */
    public PaymentRequest simulate(Object account, String id, BigDecimal amount) {
        return ledger.locked((store, sequence, events) -> {
            PaymentRequest request = owned(store, account, id);
            if (request.status() != PaymentRequestStatus.REQUIRES_ACTION
                    && request.status() != PaymentRequestStatus.ACCEPTING_PAYMENTS) {
                throw PaymentError.INELIGIBLE_TRANSACTION_STATUS.refusal("object", "Payment request",
                        "status", request.status().name(), "expected", "REQUIRES_ACTION or ACCEPTING_PAYMENTS");
            }
            Terms terms = request.terms();
            if (terms.isCards()) {
                throw PaymentError.INVALID_VALUE_ERROR.refusal("detail", "simulate is not available for channel"
                        + " CARDS: a card payment is made with a payment token, in a session or by the test");
            }
            if (amount != null && amount.compareTo(terms.amount()) != 0) {
                throw PaymentError.INVALID_VALUE_ERROR.refusal("detail", "amount " + RefundRules.plain(amount)
                        + " does not match the request_amount " + RefundRules.plain(terms.amount())
                        + " of payment request " + id);
            }
            return paid(store, sequence, events, request, Timestamps.shown(clock.instant()));
        });
    }

    /**
     * {@code POST /v3/payment_requests/{id}/cancel}: a request that waits becomes CANCELED; no webhook.
     *
     * @throws ApiException {@code DATA_NOT_FOUND}; {@code INACTIVE_PAYMENT_REQUEST} if it already ended without a
     *                      payment; {@code INELIGIBLE_TRANSACTION_STATUS} if it was paid or authorised
     */
    public PaymentRequest cancelRequest(Object account, String id) {
        return ledger.locked((store, sequence, events) -> {
            PaymentRequest request = owned(store, account, id);
            switch (request.status()) {
                case CANCELED, EXPIRED, FAILED -> throw PaymentError.INACTIVE_PAYMENT_REQUEST.refusal(
                        "status", request.status().name(), "expected", Lifecycle.PAYMENT_REQUEST.expected(Move.CANCEL));
                default -> { }
            }
            PaymentRequest canceled = request.moved(Move.CANCEL, Timestamps.shown(clock.instant()));
            store.replace(canceled);
            return canceled;
        });
    }

    /**
     * {@code POST /v3/payment_tokens/{id}/cancel}: an ACTIVE token becomes CANCELED; no webhook. Later charges with
     * it get {@code INVALID_TOKEN}.
     *
     * @throws ApiException {@code DATA_NOT_FOUND}, or {@code INELIGIBLE_TRANSACTION_STATUS} unless ACTIVE
     */
    public PaymentToken cancelToken(Object account, String id) {
        return ledger.locked((store, sequence, events) -> {
            PaymentToken token = store.paymentToken(id);
            if (token == null || (account != null && !token.terms().belongsTo(account))) {
                throw PaymentError.DATA_NOT_FOUND.refusal("object", "Payment token", "id", id);
            }
            PaymentToken canceled = token.moved(Move.CANCEL, Timestamps.shown(clock.instant()));
            store.replace(canceled);
            return canceled;
        });
    }

    /**
     * An ACTIVE token expires now, as the test scripts it: EXPIRED, and {@code payment_token.expiry} goes out with the
     * token as its GET shows it. Later charges with it get {@code INVALID_TOKEN}, its cancel
     * {@code INELIGIBLE_TRANSACTION_STATUS}.
     *
     * @throws ApiException {@code DATA_NOT_FOUND}, or {@code INELIGIBLE_TRANSACTION_STATUS} unless ACTIVE
     */
    public PaymentToken expireToken(String id) {
        return ledger.locked((store, sequence, events) -> {
            PaymentToken token = store.paymentToken(id);
            if (token == null) {
                throw PaymentError.DATA_NOT_FOUND.refusal("object", "Payment token", "id", id);
            }
            PaymentToken expired = token.moved(Move.EXPIRE, Timestamps.shown(clock.instant()));
            store.replace(expired);
            events.add(PaymentEvent.of(PaymentEvent.TOKEN_EXPIRY, expired));
            return expired;
        });
    }

    /**
     * What a refund of the request needs to know: its latest payment's status and what it collected, on which
     * channel, since when.
     *
     * @throws ApiException {@code DATA_NOT_FOUND} if {@code account} has no such request
     */
    public RefundTarget refundTarget(Object account, String paymentRequestId) {
        PaymentRequest request = ledger.paymentRequest(account, paymentRequestId);
        Terms terms = request.terms();
        Payment payment = request.latestPaymentId() == null ? null
                : ledger.payment(request.latestPaymentId()).orElse(null);
        if (payment == null) {
            return new RefundTarget(account, terms.businessId(), request.id(), null, request.status().name(),
                    "Payment request", terms.channelCode(), terms.country(), terms.currency(), BigDecimal.ZERO, null);
        }
        Instant paidAt = payment.captures().isEmpty() ? null : payment.captures().get(0).timestamp();
        return new RefundTarget(account, terms.businessId(), request.id(), payment.id(), payment.status().name(),
                "Payment", terms.channelCode(), terms.country(), terms.currency(), payment.captured(), paidAt);
    }

    /** Forgets every scripted charge. */
    public void reset() {
        scripts.reset();
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
