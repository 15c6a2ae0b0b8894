package io.github.fakexendit.assertj;

import static io.github.fakexendit.assertj.FakeXenditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.PaymentHandle;
import io.github.fakexendit.PaymentStatus;
import io.github.fakexendit.Webhooks;
import io.github.fakexendit.testing.XenditHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The payment assertions pass on what happened and fail showing the whole payment. */
class PaymentAssertionsTest {

    private final FakeXenditServer server = FakeXenditServer.builder().synchronousWebhooks(true).start();
    private final XenditHttp xendit = new XenditHttp(server.baseUrl(), server.apiKey());

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void aCapturedPaymentWasCapturedOnceForItsAmount() {
        PaymentHandle payment = authorised(150_000);
        xendit.post("/v3/payments/" + payment.id() + "/capture", "{\"capture_amount\": 100000}");

        assertThat(payment).hasStatus(PaymentStatus.SUCCEEDED).wasCapturedOnceFor(100_000);
        assertThat(server).hasSentWebhook(Webhooks.PAYMENT_CAPTURE, payment.id()).hasEvent(Webhooks.PAYMENT_CAPTURE);
        assertThatThrownBy(() -> assertThat(payment).wasCapturedOnceFor(150_000))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected the payment to be SUCCEEDED and captured once, for 150000, but it "
                        + "is SUCCEEDED with 1 capture [100000].\n\nThe payment:\n{")
                .hasMessageContaining("\"payment_id\" : \"" + payment.id() + "\"");
        assertThatThrownBy(() -> assertThat(payment).hasNoCaptures())
                .hasMessageStartingWith("Expected no captures of the payment, but it has 1 capture.");
    }

    @Test
    void anAuthorisedPaymentHasNoCapturesAndFailuresNameWhatDiffers() {
        PaymentHandle payment = authorised(150_000);

        assertThat(payment).hasStatus(PaymentStatus.AUTHORIZED).hasNoCaptures().hasFailureCode(null);
        assertThatThrownBy(() -> assertThat(payment).hasStatus(PaymentStatus.SUCCEEDED))
                .hasMessageStartingWith("Expected the status of the payment to be SUCCEEDED but it was AUTHORIZED.");
        assertThatThrownBy(() -> assertThat(payment).wasCapturedOnceFor(150_000))
                .hasMessageContaining("but it is AUTHORIZED with no captures");
        assertThatThrownBy(() -> assertThat(payment).hasFailureCode("CARD_DECLINED"))
                .hasMessageStartingWith("Expected the failure_code of the payment to be \"CARD_DECLINED\" but it was "
                        + "absent.");
    }

    private PaymentHandle authorised(int amount) {
        XenditHttp.Reply reply = xendit.createSession("{\"reference_id\": \"order-" + System.nanoTime()
                + "\", \"session_type\": \"PAY\", \"mode\": \"PAYMENT_LINK\", \"amount\": " + amount
                + ", \"currency\": \"IDR\", \"country\": \"ID\", \"capture_method\": \"MANUAL\"}");
        String sessionId = reply.json().get("payment_session_id").asText();
        return server.payment(server.session(sessionId).complete().paymentId());
    }
}
