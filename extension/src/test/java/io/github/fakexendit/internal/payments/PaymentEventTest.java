package io.github.fakexendit.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The webhook bodies of spec section 7. */
class PaymentEventTest {

    private static final Instant START = Instant.parse("2026-05-01T10:00:00Z");

    private final TestClock clock = new TestClock(START);
    private final PaymentLedger ledger = new PaymentLedger(clock, 100);
    private final List<PaymentEvent> events = new ArrayList<>();

    PaymentEventTest() {
        ledger.subscribe(events::add);
    }

    @Test
    void aPaymentEventCarriesApiVersionV3AndThePaymentAsGetShowsIt() {
        LeftBehind left = ledger.settle(Checkouts.pay("OVO", "150000"));

        ObjectNode body = events.get(0).envelope(START.plusSeconds(3));

        assertThat(fieldNames(body)).containsExactly("event", "business_id", "created", "api_version", "data");
        assertThat(body.get("event").textValue()).isEqualTo("payment.capture");
        assertThat(body.get("business_id").textValue()).isEqualTo(Checkouts.SHOP_ID);
        assertThat(body.get("created").textValue()).isEqualTo("2026-05-01T10:00:03.000Z");
        assertThat(body.get("api_version").textValue()).isEqualTo("v3");
        assertThat(body.get("data")).isEqualTo(PaymentJson.payment(ledger.payment(left.paymentId()).orElseThrow()));
        assertThat(body.at("/data/type").textValue()).isEqualTo("PAY");
    }

    @Test
    void aTokenEventHasNoApiVersion() {
        ledger.settle(Checkouts.save("GCASH"));

        ObjectNode body = events.get(0).envelope(START);

        assertThat(fieldNames(body)).containsExactly("event", "business_id", "created", "data");
        assertThat(body.get("event").textValue()).isEqualTo("payment_token.activation");
        assertThat(body.at("/data/status").textValue()).isEqualTo("ACTIVE");
    }

    @Test
    void theEnvelopeIsNeverOlderThanItsData() {
        LeftBehind left = ledger.settle(Checkouts.authorize("1000"));
        ledger.capture(Checkouts.SHOP, left.paymentId(), null); // updated is moved a millisecond ahead of the clock
        PaymentEvent capture = events.get(1);

        assertThat(capture.envelope(START).get("created").textValue()).isEqualTo("2026-05-01T10:00:00.001Z");
        assertThat(capture.envelope(START.plus(Duration.ofNanos(1_500_000))).get("created").textValue())
                .isEqualTo("2026-05-01T10:00:00.001Z");
    }

    @Test
    void theDataIsTheObjectAtTheChangeNotLater() {
        LeftBehind left = ledger.settle(Checkouts.authorize("1000"));
        ledger.capture(Checkouts.SHOP, left.paymentId(), null);

        assertThat(events.get(0).data().get("status").textValue()).isEqualTo("AUTHORIZED");
        assertThat(events.get(1).data().get("status").textValue()).isEqualTo("SUCCEEDED");
    }

    @Test
    void onlyThePaymentsEventsExist() {
        assertThatThrownBy(() -> new PaymentEvent("payment.succeeded", "a", "b", "py-1", Json.object(), START))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> fieldNames(ObjectNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
