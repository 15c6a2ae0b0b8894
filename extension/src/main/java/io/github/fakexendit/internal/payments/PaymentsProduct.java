package io.github.fakexendit.internal.payments;

import io.github.fakexendit.internal.http.Response;
import io.github.fakexendit.internal.http.Routes;
import io.github.fakexendit.internal.platform.CheckoutPayments;
import io.github.fakexendit.internal.platform.Timekeeper;
import io.github.fakexendit.internal.product.Kernel;
import io.github.fakexendit.internal.product.Product;
import io.github.fakexendit.internal.webhooks.Event;
import io.github.fakexendit.internal.webhooks.EventType;
import java.time.Instant;
import java.util.List;

/**
 * The Payments API v3, the second product: the payment requests, payments and tokens a checkout leaves behind
 * (it fills the {@link CheckoutPayments} port), {@code GET} of each, capture and void of an authorised card
 * payment, the seven-day authorisation hold and saved cards' expiry on the clock, their webhooks, and the admin
 * steps under {@code /_fake/payment_requests}, {@code /_fake/payments} and {@code /_fake/payment_tokens}.
 */
public final class PaymentsProduct implements Product, CheckoutPayments {

    private final Kernel kernel;
    private final PaymentLedger ledger;
    private final PaymentsApi api;
    private final PaymentsAdmin admin;
    private final Charges charges;
    private final Refunds refunds;
    private final ChargesAdmin chargesAdmin;
    private final CardExpiries cardExpiries;
    private final RequestExpiries requestExpiries;

    /** @param capacity how many payment requests, payments and tokens are held in all; one more forgets the oldest */
    public PaymentsProduct(Kernel kernel, int capacity) {
        this.kernel = kernel;
        this.ledger = new PaymentLedger(kernel.clock(), capacity);
        this.api = new PaymentsApi(ledger);
        this.admin = new PaymentsAdmin(ledger);
        this.charges = new Charges(ledger, kernel.clock());
        this.refunds = new Refunds(kernel.clock(), capacity);
        this.chargesAdmin = new ChargesAdmin(ledger, charges, refunds);
        this.cardExpiries = new CardExpiries(ledger, kernel.clock());
        this.requestExpiries = new RequestExpiries(ledger, kernel.clock());
        ledger.subscribe(event -> kernel.events().accept(
                new Event(event.name(), event.businessId(), event.resourceId(), event.data(), event.happened())));
        refunds.subscribe(refund -> {
            PaymentEvent event = PaymentEvent.of(refund);
            kernel.events().accept(new Event(event.name(), event.businessId(), event.resourceId(), event.data(),
                    event.happened()));
        });
    }

    /** What a test reads and scripts, for the public handles. */
    public PaymentsAdmin admin() {
        return admin;
    }

    /** What a test scripts of charges and refunds, for the public handles. */
    public ChargesAdmin chargesAdmin() {
        return chargesAdmin;
    }

    @Override
    public void routes(Routes routes) {
        routes.api("GET", "/v3/payment_requests/{id}", (request, business) -> Response.json(200,
                        api.getPaymentRequest(business, request.header("api-version"), request.param("id"))))
                .api("GET", "/v3/payments/{id}", (request, business) -> Response.json(200,
                        api.getPayment(business, request.header("api-version"), request.param("id"))))
                .api("GET", "/v3/payment_tokens/{id}", (request, business) -> Response.json(200,
                        api.getPaymentToken(business, request.header("api-version"), request.param("id"))))
                .creating("POST", "/v3/payments/{id}/capture", (request, business) -> Response.json(200,
                        api.capture(business, request.header("api-version"), request.param("id"),
                                request.header("Content-Type"), request.body(), request::json)))
                .creating("POST", "/v3/payments/{id}/cancel", (request, business) -> Response.json(200,
                        api.cancel(business, request.header("api-version"), request.param("id"))));
        new PaymentAdminRoutes(admin).addTo(routes);
        new ChargeRoutes(new ChargesApi(charges, refunds, kernel.channels())).addTo(routes);
        new PaymentPage(ledger, charges).addTo(routes);
        new ChargeAdminRoutes(chargesAdmin).addTo(routes);
    }

    @Override
    public List<Timekeeper.Due> dueWork() {
        return List.of(Timekeeper.Due.of(ledger::nextLapse, ledger::expireDue),
                Timekeeper.Due.of(cardExpiries::next, cardExpiries::expireDue),
                Timekeeper.Due.of(requestExpiries::next, requestExpiries::expireDue));
    }

    @Override
    public List<EventType> events() {
        return PaymentEvent.TYPES;
    }

    @Override
    public void reset() {
        ledger.reset();
        charges.reset();
        refunds.reset();
    }

    @Override
    public Outcome completed(Completion completion) {
        LeftBehind left = ledger.settle(checkout(completion));
        if (left.paymentId() != null) {
            kernel.wakeClock().run(); // an authorisation may lapse sooner than anything else due
        }
        return new Outcome(left.paymentRequestId(), left.paymentId(), left.paymentTokenId());
    }

    @Override
    public Outcome declined(Completion completion, String failureCode) {
        LeftBehind left = ledger.decline(checkout(completion), failureCode);
        return new Outcome(left.paymentRequestId(), left.paymentId(), left.paymentTokenId());
    }

    /**
     * The checkout as the ledger takes it: the channel the customer used (or, for a test that named none, the
     * channel {@link PaymentChannelKind#defaultChannel} picks), and the typed card masked.
     *
     * @throws IllegalArgumentException for authorise-only on a channel other than cards
     */
    private static Checkout checkout(Completion c) {
        CaptureMethod captureMethod = CaptureMethod.of(c.captureMethod());
        String channel = c.channel() != null ? c.channel() : PaymentChannelKind.defaultChannel(c.offeredChannels(),
                c.pay() && captureMethod == CaptureMethod.MANUAL, c.save());
        Instant at = c.at();
        CardDetails card = c.card() == null || !PaymentChannelKind.CARDS.equals(channel) ? null
                : CardDetails.testCard(c.card().number(), c.card().network(), c.country(), at);
        return new Checkout(c.business(), c.business().businessId(), c.pay(), c.save(), c.referenceId(),
                c.customerId(), c.country(), c.currency(), c.amount(), captureMethod, channel, card, c.description(),
                c.metadata(), c.items());
    }
}
