package io.github.fakexendit.internal.payments;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The clock's side of direct payments: a request still waiting for its customer (REQUIRES_ACTION or
 * ACCEPTING_PAYMENTS) whose {@code channel_properties.expires_at} the server's clock has reached becomes EXPIRED,
 * updated at that instant (or a millisecond after its last change, if that instant had already passed when it was
 * created). No webhook goes out: Xendit documents none for an expired request. Runs as due work of the clock, so a
 * test that moves the clock past that instant sees the request EXPIRED once the move returns.
 */
public final class RequestExpiries {

    private final PaymentLedger ledger;
    private final Clock clock;

    public RequestExpiries(PaymentLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** When the next waiting direct payment expires, if any is held. */
    public Optional<Instant> next() {
        return ledger.locked((store, sequence, events) -> store.nextRequestExpiry());
    }

    /** Expires every waiting direct payment whose {@code expires_at} the clock has reached. */
    public void expireDue() {
        ledger.locked((store, sequence, events) -> {
            Instant now = clock.instant();
            for (PaymentRequest due = store.nextRequestExpired(now); due != null;
                 due = store.nextRequestExpired(now)) {
                store.replace(due.moved(Move.EXPIRE, due.clockExpiry()));
            }
            return null;
        });
    }
}
