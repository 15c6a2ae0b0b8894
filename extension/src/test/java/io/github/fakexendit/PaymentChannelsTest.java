package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The channel catalog as merchants meet it, and channels a test marks as not activated for its account. */
@FakeXendit
class PaymentChannelsTest {

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    PaymentChannelsTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    /** The channel table of Xendit's documentation, country by country. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ID | IDR | CARDS BRI_DIRECT_DEBIT DANA OVO SHOPEEPAY LINKAJA ASTRAPAY GOPAY_RECURRING QRIS AKULAKU KREDIVO ALFAMART INDOMARET BCA_VIRTUAL_ACCOUNT BNI_VIRTUAL_ACCOUNT BRI_VIRTUAL_ACCOUNT BSI_VIRTUAL_ACCOUNT BSS_VIRTUAL_ACCOUNT BJB_VIRTUAL_ACCOUNT BNC_VIRTUAL_ACCOUNT MANDIRI_VIRTUAL_ACCOUNT MUAMALAT_VIRTUAL_ACCOUNT PERMATA_VIRTUAL_ACCOUNT
            PH | PHP | GCASH PAYMAYA GRABPAY SHOPEEPAY QRPH BPI_DIRECT_DEBIT BPI_RECURRING RCBC_DIRECT_DEBIT UBP_DIRECT_DEBIT UBP_EADA BANK_TRANSFER 7ELEVEN ECPAY ECPAY_SCHOOL LBC PALAWAN ROBINSONS_BILLS_PAYMENT SM_BILLS_PAYMENT USSC CARDS
            PH | USD | CARDS
            VN | VND | CARDS APPOTA SHOPEEPAY VNPTWALLET VIETTELPAY ZALOPAY
            TH | THB | CARDS PROMPTPAY LINEPAY BBL_MOBILE_BANKING KBANK_MOBILE_BANKING KRUNGSRI_MOBILE_BANKING KTB_MOBILE_BANKING SCB_MOBILE_BANKING KRUNGSRI_DIRECT_DEBIT KTB_DIRECT_DEBIT SCB_DIRECT_DEBIT BBL_DIRECT_DEBIT STANDARD_CHARTERED_VIRTUAL_ACCOUNT
            SG | SGD | CARDS SGQR
            SG | USD | CARDS
            MY | MYR | CARDS TOUCHNGO GRABPAY SHOPEEPAY WECHATPAY AMBANK_VIRTUAL_ACCOUNT CIMB_FPX MAYB2U_FPX PUBLIC_FPX CIMB_FPX_BUSINESS MAYB2E_FPX_BUSINESS
            """)
    void everyDocumentedChannelIsAcceptedInItsCountryAndCurrency(String country, String currency, String codes) {
        Reply reply = xendit.createSession(session(country, currency, codes.split(" ")));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("allowed_payment_channels")).hasSize(codes.split(" ").length);
    }

    @Test
    void aDeactivatedChannelIsRefusedUntilItIsActivatedAgain() {
        server.deactivateChannels("OVO", "DANA");

        Reply refused = xendit.createSession(session("ID", "IDR", "CARDS", "DANA", "OVO"));
        server.activateChannels("DANA");
        Reply stillRefused = xendit.createSession(session("ID", "IDR", "DANA", "OVO"));
        server.activateChannels("OVO");
        Reply accepted = xendit.createSession(session("ID", "IDR", "DANA", "OVO"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error_code").asText()).isEqualTo("INVALID_PAYMENT_CHANNEL");
        assertThat(refused.json().get("message").asText()).isEqualTo(
                "Channel(s) DANA, OVO are not available. Please ensure that you have activated the necessary channels");
        assertThat(stillRefused.json().get("message").asText()).startsWith("Channel(s) OVO are not available");
        assertThat(accepted.status()).isEqualTo(201);
    }

    @Test
    void aDeactivatedChannelIsUnavailableInEveryCountry() {
        server.deactivateChannels("SHOPEEPAY");

        assertThat(xendit.createSession(session("ID", "IDR", "SHOPEEPAY")).status()).isEqualTo(400);
        assertThat(xendit.createSession(session("PH", "PHP", "SHOPEEPAY")).status()).isEqualTo(400);
        assertThat(server.activatedChannels("MY")).doesNotContain("SHOPEEPAY").contains("GRABPAY");
    }

    @Test
    void theActivatedChannelsOfACountryAreTheCatalogsLessTheDeactivated() {
        assertThat(server.activatedChannels("SG")).containsExactly("CARDS", "SGQR");
        assertThat(server.activatedChannels("PH")).startsWith("CARDS", "GCASH").hasSize(20);

        server.deactivateChannels("CARDS");

        assertThat(server.activatedChannels("SG")).containsExactly("SGQR");
        assertThat(server.activatedChannels("XX")).isEmpty();
    }

    @Test
    void resetActivatesEveryChannelAgain() {
        server.deactivateChannels("CARDS", "SGQR");

        server.reset();

        assertThat(server.activatedChannels("SG")).containsExactly("CARDS", "SGQR");
        assertThat(xendit.createSession(session("SG", "SGD")).status()).isEqualTo(201);
    }

    @Test
    void anUnknownCodeIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> server.deactivateChannels("OVO", "OVOO"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown channel code(s) OVOO; the catalog has CARDS, ");
        assertThatThrownBy(() -> server.activateChannels("cards"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown channel code(s) cards;");

        assertThat(server.activatedChannels("ID")).contains("OVO");
    }

    @Test
    void aCountryWithoutActivatedChannelsIsNotAvailable() {
        server.deactivateChannels(server.activatedChannels("VN").toArray(String[]::new));

        Reply reply = xendit.createSession(session("VN", "VND"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("INVALID_COUNTRY");
        assertThat(reply.json().get("message").asText()).isEqualTo(
                "Country VN is not available. Please ensure that you have activated the necessary channels in VN");
    }

    private static ObjectNode session(String country, String currency, String... channels) {
        ObjectNode body = SessionsApiTest.minimal("PAY", 10000).put("country", country).put("currency", currency);
        if (channels.length > 0) {
            List.of(channels).forEach(body.putArray("allowed_payment_channels")::add);
        }
        return body;
    }
}
