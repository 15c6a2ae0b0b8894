package io.github.fakexendit;

import io.github.fakexendit.internal.payments.Refunds.Outcome;
import io.github.fakexendit.internal.runtime.Engine;
import java.util.List;

/**
 * The refunds of a {@link FakeXenditServer}, and how they settle. {@code POST /refunds} answers PENDING; then, by
 * default, the refund SUCCEEDED at once and {@code refund.succeeded} goes out. A test scripts otherwise: the next
 * refunds fail or stay PENDING (to be settled through {@link RefundHandle}), or every refund does. Reset with the
 * server.
 *
 * <pre>{@code
 * server.refunds().failNext("INSUFFICIENT_BALANCE");   // the shop's next refund: refund.failed
 * server.refunds().holdAll();                          // from then on every refund stays PENDING
 * }</pre>
 */
public final class Refunds {

    private final Engine engine;

    Refunds(Engine engine) {
        this.engine = engine;
    }

    /** The next refund not yet scripted fails with {@code failureCode}; scripts queue up. */
    public Refunds failNext(String failureCode) {
        engine.payments().chargesAdmin().scriptNextRefund(Outcome.fail(code(failureCode)));
        return this;
    }

    /** The next refund not yet scripted stays PENDING until the test settles it. */
    public Refunds holdNext() {
        engine.payments().chargesAdmin().scriptNextRefund(Outcome.hold());
        return this;
    }

    /** The next refund not yet scripted succeeds, whatever the server-wide rule says. */
    public Refunds succeedNext() {
        engine.payments().chargesAdmin().scriptNextRefund(Outcome.succeed());
        return this;
    }

    /** From now on, refunds nothing was scripted for fail with {@code failureCode}. */
    public Refunds failAll(String failureCode) {
        engine.payments().chargesAdmin().settleRefundsBy(Outcome.fail(code(failureCode)));
        return this;
    }

    /** From now on, refunds nothing was scripted for stay PENDING until the test settles them. */
    public Refunds holdAll() {
        engine.payments().chargesAdmin().settleRefundsBy(Outcome.hold());
        return this;
    }

    /** From now on, refunds nothing was scripted for succeed at once (the default). */
    public Refunds succeedAll() {
        engine.payments().chargesAdmin().settleRefundsBy(Outcome.succeed());
        return this;
    }

    /** Every refund made since the last reset, oldest first. */
    public List<RefundHandle> all() {
        return engine.payments().chargesAdmin().refunds().stream()
                .map(r -> new RefundHandle(engine, r.id()))
                .toList();
    }

    private static String code(String failureCode) {
        if (failureCode == null || failureCode.isBlank()) {
            throw new IllegalArgumentException("name the failure_code, e.g. REFUND_FAILED");
        }
        return failureCode;
    }
}
