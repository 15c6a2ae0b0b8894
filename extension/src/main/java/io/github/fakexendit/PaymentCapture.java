package io.github.fakexendit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One capture of a payment, as its {@code captures} list shows it: the merchant took the authorised amount (or
 * part of it), or an automatic payment was collected. Immutable.
 *
 * <pre>{@code
 * assertThat(server.payment(paymentId).captures())
 *         .singleElement().extracting(PaymentCapture::amount).isEqualTo(new BigDecimal("150000"));
 * }</pre>
 */
public final class PaymentCapture {

    private final String id;
    private final BigDecimal amount;
    private final Instant time;

    PaymentCapture(String id, BigDecimal amount, Instant time) {
        this.id = id;
        this.amount = amount;
        this.time = time;
    }

    /** {@code capture_id}: {@code cptr-} and a UUID. */
    public String id() {
        return id;
    }

    /** {@code capture_amount}, as the merchant sent it or the whole amount. */
    public BigDecimal amount() {
        return amount;
    }

    /** {@code capture_timestamp}, on the server's clock. */
    public Instant time() {
        return time;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PaymentCapture c && id.equals(c.id) && amount.compareTo(c.amount) == 0
                && time.equals(c.time);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, time);
    }

    @Override
    public String toString() {
        return "PaymentCapture[" + id + ", " + amount.toPlainString() + " at " + time + "]";
    }
}
