package io.github.fakexendit.internal.payments;

import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.UnknownResourceException;
import java.util.List;

/**
 * What a test scripts of charges and refunds from its side (the JVM handles and the admin API), as plain calls:
 * how a token's next charges go, when a token expires, how a request that waits for its customer ends, how refunds
 * settle. Refusals are those of the test side: {@link UnknownResourceException} for an object the fake does not hold,
 * {@link IllegalStateException} for one in no state for the step.
 */
public final class ChargesAdmin {

    private final PaymentLedger ledger;
    private final Charges charges;
    private final Refunds refunds;

    public ChargesAdmin(PaymentLedger ledger, Charges charges, Refunds refunds) {
        this.ledger = ledger;
        this.charges = charges;
        this.refunds = refunds;
    }

    /** The token's next charge not yet scripted goes as {@code script} says; how many are scripted now. */
    public int scriptNextCharge(String tokenId, ChargeScripts.Script script) {
        token(tokenId);
        charges.scripts().scriptNext(tokenId, script);
        return charges.scripts().pending(tokenId);
    }

    /** The charges of the token ({@code type: PAY} requests naming it), oldest first. */
    public List<PaymentRequest> charges(String tokenId) {
        token(tokenId);
        return ledger.paymentRequests().stream()
                .filter(r -> tokenId.equals(r.paymentTokenId()) && r.type() == RequestType.PAY)
                .toList();
    }

    /**
     * Ends a request that waits for its customer: paid, declined with {@code failureCode} ({@code null}: the
     * channel's default), or expired; its webhook goes out.
     */
    public PaymentRequest complete(String id, Charges.Completion completion, String failureCode) {
        ledger.paymentRequest(id).orElseThrow(() -> new UnknownResourceException("payment request", id));
        try {
            return charges.complete(null, id, completion, failureCode);
        } catch (ApiException e) {
            throw new IllegalStateException(e.error().message()
                    + ": only a request that waits for its customer (REQUIRES_ACTION) can be ended", e);
        }
    }

    /** An ACTIVE token expires now: EXPIRED, and {@code payment_token.expiry} goes out. */
    public PaymentToken expireToken(String id) {
        token(id);
        try {
            return charges.expireToken(id);
        } catch (ApiException e) {
            throw new IllegalStateException(e.error().message() + ": only an ACTIVE token can expire", e);
        }
    }

    /** Every refund, of every business, oldest first. */
    public List<Refund> refunds() {
        return refunds.all();
    }

    /** The refund, whoever owns it; {@link UnknownResourceException} if there is none. */
    public Refund refund(String id) {
        return refunds.find(id).orElseThrow(() -> new UnknownResourceException("refund", id));
    }

    /** The next refund not yet scripted settles with {@code outcome}. */
    public void scriptNextRefund(Refunds.Outcome outcome) {
        refunds.scriptNext(outcome);
    }

    /** Refunds nothing was scripted for settle with {@code outcome} from now on. */
    public void settleRefundsBy(Refunds.Outcome outcome) {
        refunds.settleBy(outcome);
    }

    /** A PENDING refund succeeds; {@code refund.succeeded} goes out. */
    public Refund succeedRefund(String id) {
        refund(id);
        return refunds.succeed(id);
    }

    /** A PENDING refund fails with {@code failureCode}; {@code refund.failed} goes out. */
    public Refund failRefund(String id, String failureCode) {
        refund(id);
        return refunds.fail(id, failureCode);
    }

    private void token(String id) {
        ledger.paymentToken(id).orElseThrow(() -> new UnknownResourceException("payment token", id));
    }
}
