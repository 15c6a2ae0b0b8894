package io.github.fakexendit.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.internal.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelCatalogTest {

    @Test
    void everyOfferedCodeHasAKindAndEveryDescribedCodeIsOffered() {
        var data = Json.resource(PaymentChannels.class, "payment-channels.json");
        Set<String> offered = new LinkedHashSet<>();
        data.get("countries").forEach(currencies -> currencies.forEach(codes -> codes.forEach(
                code -> offered.add(code.textValue()))));
        List<String> described = new ArrayList<>();
        data.get("channels").fieldNames().forEachRemaining(described::add);

        assertThat(described).containsExactlyInAnyOrderElementsOf(offered);
        assertThat(offered).allSatisfy(code -> assertThat(PaymentChannels.channel(code).kind())
                .isIn("CARDS", "EWALLET", "DIRECT_DEBIT", "PAYLATER", "ONLINE_BANKING", "VIRTUAL_ACCOUNT", "QR_CODE",
                        "OVER_THE_COUNTER"));
    }

    @Test
    void refundTermsFollowXenditsChannelTable() {
        PaymentChannels.Refunds cards = PaymentChannels.channel("CARDS").refunds();
        assertThat(cards.partial()).isTrue();
        assertThat(cards.days("ID")).isEqualTo(365);

        PaymentChannels.Refunds qris = PaymentChannels.channel("QRIS").refunds();
        assertThat(qris.partial()).isFalse();
        assertThat(qris.days("ID")).isEqualTo(30);

        assertThat(PaymentChannels.channel("SHOPEEPAY").refunds().days("ID")).isEqualTo(365);
        assertThat(PaymentChannels.channel("SHOPEEPAY").refunds().days("PH")).isEqualTo(90);
        assertThat(PaymentChannels.channel("AKULAKU").refunds().days("ID")).isNull();
        assertThat(PaymentChannels.channel("BCA_VIRTUAL_ACCOUNT").refunds()).isNull();
        assertThat(PaymentChannels.channel("ALFAMART").refunds()).isNull();
        assertThat(PaymentChannels.channel("NO_SUCH_CHANNEL")).isNull();
    }
}
