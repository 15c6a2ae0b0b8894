package io.github.fakexendit.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelActionsTest {

    private static final String PR = "pr-8877c08a-740d-4153-9816-3d744ed197a5";

    @Test
    void redirectKindsPointAtTheFakesPage() {
        for (String kind : new String[] {"EWALLET", "DIRECT_DEBIT", "PAYLATER", "ONLINE_BANKING"}) {
            assertThat(ChannelActions.forKind(kind, PR, "http://127.0.0.1:4000"))
                    .containsExactly("REDIRECT_CUSTOMER", "WEB_URL", "http://127.0.0.1:4000/pay/" + PR);
        }
    }

    @Test
    void presentKindsGiveANumberACodeOrAQrStringOfTheirOwn() {
        String[] va = ChannelActions.forKind("VIRTUAL_ACCOUNT", PR, "http://h");
        assertThat(va[0]).isEqualTo("PRESENT_TO_CUSTOMER");
        assertThat(va[1]).isEqualTo("VIRTUAL_ACCOUNT_NUMBER");
        assertThat(va[2]).matches("[0-9]{16}");
        assertThat(ChannelActions.forKind("VIRTUAL_ACCOUNT", PR, "http://h")[2]).isEqualTo(va[2]);
        assertThat(ChannelActions.forKind("VIRTUAL_ACCOUNT", "pr-other", "http://h")[2]).isNotEqualTo(va[2]);

        assertThat(ChannelActions.forKind("QR_CODE", PR, "http://h")).startsWith("PRESENT_TO_CUSTOMER", "QR_STRING");
        assertThat(ChannelActions.forKind("QR_CODE", PR, "http://h")[2]).startsWith("000201");
        assertThat(ChannelActions.forKind("OVER_THE_COUNTER", PR, "http://h"))
                .startsWith("PRESENT_TO_CUSTOMER", "PAYMENT_CODE");
        assertThat(ChannelActions.forKind("OVER_THE_COUNTER", PR, "http://h")[2]).matches("TEST[0-9]{8}");
    }
}
