package io.github.fakexendit.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.webhooks.EventType;
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
    void paymentEventsCarryTheObjectAsGetShowsItAndDeclareApiVersionV3() {
        LeftBehind left = ledger.settle(Checkouts.pay("OVO", "150000"));

        PaymentEvent capture = events.get(0);
        assertThat(capture.name()).isEqualTo("payment.capture");
        assertThat(capture.businessId()).isEqualTo(Checkouts.SHOP_ID);
        assertThat(capture.resourceId()).isEqualTo(left.paymentId());
        assertThat(capture.data()).isEqualTo(PaymentJson.payment(ledger.payment(left.paymentId()).orElseThrow()));
        assertThat(capture.data().get("type").textValue()).isEqualTo("PAY");
        assertThat(PaymentEvent.TYPES).filteredOn(type -> type.name().startsWith("payment."))
                .extracting(EventType::apiVersion).containsOnly("v3").hasSize(4);
    }

    @Test
    void tokenEventsDeclareNoApiVersion() {
        ledger.settle(Checkouts.save("GCASH"));

        assertThat(events.get(0).name()).isEqualTo("payment_token.activation");
        assertThat(events.get(0).data().get("status").textValue()).isEqualTo("ACTIVE");
        assertThat(PaymentEvent.TYPES).filteredOn(type -> type.name().startsWith("payment_token."))
                .extracting(EventType::apiVersion).containsOnlyNulls().hasSize(3);
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
        assertThatThrownBy(() -> new PaymentEvent("payment.succeeded", "b", "py-1", Json.object(), START))
                .isInstanceOf(IllegalArgumentException.class);
    }

}
