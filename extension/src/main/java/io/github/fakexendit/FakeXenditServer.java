package io.github.fakexendit;

import io.github.fakexendit.internal.platform.Business;
import io.github.fakexendit.internal.platform.Customers;
import io.github.fakexendit.internal.runtime.Engine;
import io.github.fakexendit.internal.tls.ServerCertificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A running fake of Xendit's Payment Sessions API: an HTTP server on loopback that answers
 * {@code POST /sessions}, {@code GET /sessions/{id}} and {@code POST /sessions/{id}/cancel} as Xendit does,
 * keeps the sessions in memory, and lets a test script what the customer does; and of the Payments API v3 a
 * completed session leads to (its payment request, payment and token, capture and void).
 *
 * <pre>{@code
 * try (FakeXenditServer server = FakeXenditServer.start()) {
 *     CheckoutService checkout = new CheckoutService(server.baseUrl(), server.apiKey());
 *     String sessionId = checkout.startPayment(order);
 *
 *     server.session(sessionId).complete();
 *
 *     assertThat(server.session(sessionId).status()).isEqualTo(SessionStatus.COMPLETED);
 *     assertThat(server.requests()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>In JUnit tests, {@link io.github.fakexendit.junit.FakeXendit @FakeXendit} starts and closes the server
 * and resets it before each test. All methods are thread-safe.
 */
public final class FakeXenditServer implements AutoCloseable {

    private final Engine engine;
    private final String apiKey;
    private final boolean strict;
    private final ServerClock clock;
    private final Webhooks webhooks;
    private final Journal journal;
    private final TlsCertificate tls;

    FakeXenditServer(Engine engine, String apiKey, boolean strict) {
        this.engine = engine;
        this.apiKey = apiKey;
        this.strict = strict;
        this.clock = new ServerClock(engine);
        this.webhooks = new Webhooks(engine);
        this.journal = new Journal(engine);
        ServerCertificate certificate = engine.config().tls();
        this.tls = certificate == null ? null : new TlsCertificate(certificate.chain(), certificate.pem(),
                certificate.clientContext(), certificate.trustStore(TlsCertificate.TRUST_STORE_PASSWORD.toCharArray()));
    }

    /** Starts a server with the defaults: {@code 127.0.0.1}, a free port, any test-mode key accepted. */
    public static FakeXenditServer start() {
        return builder().start();
    }

    /** A builder for a server that differs from the defaults. */
    public static FakeXenditServerBuilder builder() {
        return new FakeXenditServerBuilder();
    }

    /**
     * Where the API is served, e.g. {@code http://127.0.0.1:54321} ({@code https://...} for a server started with
     * {@link FakeXenditServerBuilder#https(boolean) HTTPS}); use it as the Xendit base URL.
     */
    public String baseUrl() {
        return engine.baseUrl();
    }

    /**
     * The certificate of a server that serves HTTPS, and what a client needs to trust it.
     *
     * @throws IllegalStateException if the server serves plain HTTP
     */
    public TlsCertificate tls() {
        if (tls == null) {
            throw new IllegalStateException("this server serves plain HTTP (" + baseUrl() + "): start it with"
                    + " @FakeXendit(https = true) or FakeXenditServer.builder().https(true) for a certificate");
        }
        return tls;
    }

    /** The port the server listens on. */
    public int port() {
        return engine.port();
    }

    /**
     * A secret key the server accepts: the configured key, or else a test-mode key made up for this server
     * (any other {@code xnd_development_...} key is accepted as well, each as a business of its own).
     */
    public String apiKey() {
        return apiKey;
    }

    /** The token sent as {@code x-callback-token} with every webhook, for the merchant's handler to check. */
    public String callbackToken() {
        return engine.config().callbackToken();
    }

    /**
     * A handle on one session, to read its status or act as the customer would.
     *
     * @throws IllegalArgumentException if the server holds no session with that id
     */
    public SessionHandle session(String id) {
        return SessionHandle.of(engine, id);
    }

    /** Every session the server holds, of every business, in creation order. */
    public List<SessionHandle> sessions() {
        return SessionHandle.all(engine);
    }

    /**
     * A handle on one payment request (Payments API v3), such as the one a completed session points to.
     *
     * @throws IllegalArgumentException if the server holds no payment request with that id
     */
    public PaymentRequestHandle paymentRequest(String id) {
        engine.payments().admin().paymentRequest(id);
        return new PaymentRequestHandle(engine, id);
    }

    /** Every payment request the server holds, of every business, oldest first. */
    public List<PaymentRequestHandle> paymentRequests() {
        return engine.payments().admin().paymentRequestIds().stream()
                .map(id -> new PaymentRequestHandle(engine, id)).toList();
    }

    /**
     * A handle on one payment, to read it (its status, its captures) or let its authorisation lapse.
     *
     * @throws IllegalArgumentException if the server holds no payment with that id
     */
    public PaymentHandle payment(String id) {
        engine.payments().admin().payment(id);
        return new PaymentHandle(engine, id);
    }

    /** Every payment the server holds, of every business, oldest first. */
    public List<PaymentHandle> payments() {
        return engine.payments().admin().paymentIds().stream()
                .map(id -> new PaymentHandle(engine, id)).toList();
    }

    /**
     * A handle on one payment token, such as the one a SAVE session left behind.
     *
     * @throws IllegalArgumentException if the server holds no payment token with that id
     */
    public PaymentTokenHandle paymentToken(String id) {
        engine.payments().admin().paymentToken(id);
        return new PaymentTokenHandle(engine, id);
    }

    /** Every payment token the server holds, of every business, oldest first. */
    public List<PaymentTokenHandle> paymentTokens() {
        return engine.payments().admin().paymentTokenIds().stream()
                .map(id -> new PaymentTokenHandle(engine, id)).toList();
    }

    /**
     * A handle on one refund ({@code POST /refunds}), to read it or settle it when the test held it PENDING.
     *
     * @throws IllegalArgumentException if the server holds no refund with that id
     */
    public RefundHandle refund(String id) {
        engine.payments().chargesAdmin().refund(id);
        return new RefundHandle(engine, id);
    }

    /** The server's refunds: every refund made, and how the next ones settle (succeed, fail, stay PENDING). */
    public Refunds refunds() {
        return new Refunds(engine);
    }

    /**
     * Every request received since the last reset, in arrival order, up to the journal's capacity (the
     * oldest are dropped beyond it).
     */
    public List<RecordedRequest> requests() {
        return journal.requests();
    }

    /**
     * Forgets all sessions, customers and requests, activates every payment channel again, drops the faults
     * not yet used and the rejections expected, closes the connections of requests still waiting for an
     * answer, forgets the webhook log, pending webhook retries and held webhooks, and sets the clock back to
     * real time. What the builder set stays, and so do the webhook URLs set while running.
     */
    public void reset() {
        engine.reset();
    }

    /** The server's clock, which a test moves forward to expire sessions and retry webhooks without waiting. */
    public ServerClock clock() {
        return clock;
    }

    /** The server's webhooks: where they go, the log of every delivery attempt, and redelivery. */
    public Webhooks webhooks() {
        return webhooks;
    }

    /**
     * Registers a customer of the account of {@link #apiKey()}, as if the merchant had created it with Xendit's
     * customer API, so that a session may name it by {@code customer_id}. The id is derived from the account and
     * the reference, the same in every run. Registering a reference again returns the same customer.
     *
     * @throws IllegalArgumentException if another business holds a customer with this reference
     */
    public Customer registerCustomer(String referenceId) {
        return registerCustomer(referenceId, null);
    }

    /**
     * Registers a customer of the account of {@link #apiKey()} with the id the merchant already stores.
     *
     * <pre>{@code
     * server.registerCustomer("alice", "cust-b98d6f63-d240-44ec-9bd5-aa42954c4f48");
     * }</pre>
     *
     * @param customerId {@code cust-} and a lowercase UUID, as Xendit makes them
     * @throws IllegalArgumentException if the id is malformed, or the reference or the id is taken by another
     *                                  customer
     */
    public Customer registerCustomer(String referenceId, String customerId) {
        return customerOf(engine.customers().register(new Business(apiKey, null), referenceId, customerId));
    }

    /** Every customer the fake holds, of every business, in the order they were created. */
    public List<Customer> customers() {
        return engine.customers().all().stream().map(FakeXenditServer::customerOf).toList();
    }

    private static Customer customerOf(Customers.Customer customer) {
        return new Customer(customer.customerId(), customer.referenceId(), customer.business().businessId());
    }

    /**
     * Marks payment channels as not activated for the account, in every country: a session that names them in
     * {@code allowed_payment_channels} is refused with {@code INVALID_PAYMENT_CHANNEL}, as Xendit refuses channels
     * a merchant has not activated. {@link #reset()} activates them again.
     *
     * <pre>{@code
     * server.deactivateChannels("OVO", "DANA");
     * }</pre>
     *
     * @param channelCodes codes of the fake's channel catalog, such as {@code CARDS} or {@code BCA_VIRTUAL_ACCOUNT}
     * @throws IllegalArgumentException naming the codes the catalog does not know; then nothing changes
     */
    public void deactivateChannels(String... channelCodes) {
        engine.channels().deactivate(List.of(channelCodes));
    }

    /**
     * Activates payment channels again after {@link #deactivateChannels}.
     *
     * @throws IllegalArgumentException naming the codes the catalog does not know; then nothing changes
     */
    public void activateChannels(String... channelCodes) {
        engine.channels().activate(List.of(channelCodes));
    }

    /**
     * The channel codes a session in {@code country} (such as {@code ID}) can offer now: the catalog's channels
     * of that country, in any currency, less the deactivated ones.
     */
    public List<String> activatedChannels(String country) {
        return engine.channels().activated(country);
    }

    /**
     * Waits until a request that matches has arrived, and returns the first one; returns at once if it already
     * has. For merchant code that calls Xendit from another thread. Blocks only the calling thread.
     *
     * <pre>{@code
     * checkout.startPaymentInBackground(order);
     * RecordedRequest create = xendit.awaitRequest(RecordedRequest.matching("POST", "/sessions"), Duration.ofSeconds(5));
     * }</pre>
     *
     * @throws AssertionError if none arrives within {@code timeout}; it lists the requests that did arrive
     */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> matching, Duration timeout) {
        return awaitRequests(1, matching, timeout).get(0);
    }

    /**
     * Waits until {@code count} requests that match have arrived, and returns the first {@code count} of them
     * in arrival order. Blocks only the calling thread; wakes up as each request is recorded, without polling.
     *
     * @throws AssertionError if fewer arrive within {@code timeout}; it lists the requests that did arrive
     */
    public List<RecordedRequest> awaitRequests(int count, Predicate<RecordedRequest> matching, Duration timeout) {
        return journal.await(count, matching, timeout);
    }

    /**
     * Scripts a fault for the next requests: they fail, or are slow, or get no answer, as {@code fault} says.
     * Faults apply in the order they were injected; {@link #reset()} drops those not yet used.
     *
     * <pre>{@code
     * xendit.inject(Fault.serverError().times(2).on("POST", "/sessions"));
     * xendit.inject(Fault.delay(Duration.ofSeconds(3)).on("GET", "/sessions/*"));
     * }</pre>
     */
    public FakeXenditServer inject(Fault fault) {
        engine.faults().add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /**
     * Tells strict mode that rejected requests (4xx) that match are expected, those received already and those
     * still to come, until the next {@link #reset()}. Asserting a rejection with
     * {@code FakeXenditAssertions.assertThat(server).hasRejectedRequest()} expects it as well.
     *
     * <pre>{@code
     * xendit.expectRejections(request -> "API_VALIDATION_ERROR".equals(request.errorCode()));
     * }</pre>
     */
    public FakeXenditServer expectRejections(Predicate<RecordedRequest> which) {
        journal.expectRejections(Objects.requireNonNull(which, "which"));
        return this;
    }

    /**
     * Fails if the fake rejected (4xx) a request that was not {@link #expectRejections expected}, showing each
     * such request; those shown count as expected afterwards, so each is reported once. A scripted fault's
     * answer is not a rejection. Strict mode runs this after every test.
     *
     * @throws AssertionError listing the unexpected rejections
     */
    public void verifyNoUnexpectedRejections() {
        journal.verifyNoUnexpectedRejections();
    }

    /**
     * Stops the server, frees its port and waits for its threads to end; requests still waiting for an answer
     * see their connection closed. Calling it again does nothing; a call from another thread meanwhile returns
     * once the server is stopped as well.
     *
     * @throws AssertionError in {@link FakeXenditServerBuilder#strict(boolean) strict mode}, after stopping, if the fake
     *                        rejected a request that no test expected and that was not reported yet
     */
    @Override
    public void close() {
        engine.close();
        if (tls != null) {
            tls.deleteFiles();
        }
        if (strict) {
            verifyNoUnexpectedRejections();
        }
    }

    @Override
    public String toString() {
        return "FakeXenditServer[" + baseUrl() + "]";
    }
}
