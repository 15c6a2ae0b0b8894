package io.github.fakexendit.internal.payments;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The clock's side of saved cards: an ACTIVE token whose card's expiry month has ended on the server's clock
 * becomes EXPIRED, at the first instant of the next month (UTC), and {@code payment_token.expiry} goes out. Runs as
 * due work of the clock, so a test that moves the clock past that instant sees the token EXPIRED once the move
 * returns.
 */
public final class CardExpiries {

    private final PaymentLedger ledger;
    private final Clock clock;

    public CardExpiries(PaymentLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** When the next ACTIVE token's card expires, if any is held. */
    public Optional<Instant> next() {
        return ledger.locked((store, sequence, events) -> store.nextCardExpiry());
    }

    /** Expires every ACTIVE token whose card the clock has passed, each with its {@code payment_token.expiry}. */
    public void expireDue() {
        ledger.locked((store, sequence, events) -> {
            Instant now = clock.instant();
            for (PaymentToken due = store.nextCardExpired(now); due != null; due = store.nextCardExpired(now)) {
                PaymentToken expired = due.moved(Move.EXPIRE, due.terms().card().expiresAt());
                store.replace(expired);
                events.add(PaymentEvent.of(PaymentEvent.TOKEN_EXPIRY, expired));
            }
            return null;
        });
    }
}
