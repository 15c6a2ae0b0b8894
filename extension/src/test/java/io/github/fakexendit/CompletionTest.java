package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.PaymentAttempt.Status;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the customer completes a session, scripted through the handle: channel, saving the method, failures. */
class CompletionTest {

    private final FakeXenditServer xendit = FakeXenditServer.start();
    private final XenditHttp api = new XenditHttp(xendit.baseUrl(), xendit.apiKey());

    @AfterEach
    void close() {
        xendit.close();
    }

    @Test
    void theCustomerPaysOnAnOfferedChannel() {
        SessionHandle session = created("one-time-payment.json",
                body -> body.putArray("allowed_payment_channels").add("GCASH").add("PAYMAYA"));

        session.complete(Completion.channel("PAYMAYA"));

        assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(session.paymentAttempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.channel()).isEqualTo("PAYMAYA");
            assertThat(attempt.status()).isEqualTo(Status.SUCCEEDED);
            assertThat(attempt.time()).isNotNull();
            assertThat(attempt.toString()).contains("SUCCEEDED via PAYMAYA");
        });
    }

    @Test
    void aChannelTheSessionDoesNotOfferIsRefusedAndNothingChanges() {
        SessionHandle session = created("one-time-payment.json",
                body -> body.putArray("allowed_payment_channels").add("GCASH"));
        String before = session.json();

        assertThatThrownBy(() -> session.complete(Completion.channel("PAYMAYA")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not offer channel 'PAYMAYA'")
                .hasMessageContaining("its allowed_payment_channels are GCASH");

        assertThat(session.json()).isEqualTo(before);
        assertThat(session.paymentAttempts()).isEmpty();
    }

    @Test
    void withoutAllowedChannelsTheCustomerMayUseAnyActivatedChannel() {
        SessionHandle session = created("one-time-payment.json", body -> { });
        xendit.deactivateChannels("GCASH");

        assertThatThrownBy(() -> session.complete(Completion.channel("GCASH")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the activated channels of PH in PHP: CARDS, PAYMAYA");
        session.complete(Completion.channel("PAYMAYA"));

        assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void optingInToSaveTheMethodWhereItIsOptionalSetsAPaymentToken() {
        SessionHandle saved = created("pay-and-save.json", body -> { });
        SessionHandle notSaved = created("pay-and-save.json", body -> body.put("reference_id", "order-2"));

        saved.complete(Completion.savingPaymentMethod().withChannel("OVO"));
        notSaved.complete(Completion.channel("OVO"));

        JsonNode savedJson = api.getSession(saved.id()).json();
        assertThat(savedJson.get("payment_token_id").asText()).matches("pt-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(savedJson.get("payment_id").asText()).startsWith("py-");
        assertThat(api.getSession(notSaved.id()).json().has("payment_token_id")).isFalse();
    }

    @Test
    void savingTheMethodWhereTheSessionDoesNotAllowItIsRefused() {
        SessionHandle session = created("one-time-payment.json", body -> { });

        assertThatThrownBy(() -> session.complete(Completion.savingPaymentMethod()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allow_save_payment_method DISABLED (the default)");
        assertThat(session.status()).isEqualTo(SessionStatus.ACTIVE);
    }

    @Test
    void aManualCaptureIsAuthorisedNotCaptured() {
        SessionHandle session = created("one-time-payment.json", body -> body.put("capture_method", "MANUAL"));

        session.complete(Completion.channel("CARDS"));

        assertThat(session.paymentAttempts()).extracting(PaymentAttempt::status).containsExactly(Status.AUTHORIZED);
        assertThat(api.getSession(session.id()).json().get("payment_id").asText()).startsWith("py-");
        assertThat(xendit.payment(session.paymentId()).status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void aManualCaptureIsForCardsAloneSoAnotherChannelIsRefusedAndNoneNamedMeansCards() {
        SessionHandle session = created("one-time-payment.json", body -> body.put("capture_method", "MANUAL"));

        assertThatThrownBy(() -> session.complete(Completion.channel("GCASH")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capture_method MANUAL is only supported for channel CARDS");
        assertThat(session.status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(xendit.payments()).isEmpty();

        session.complete();

        assertThat(xendit.payment(session.paymentId()).channelCode()).isEqualTo("CARDS");
    }

    @Test
    void failedAttemptsLeaveTheSessionActiveUntilTheCustomerPays() {
        SessionHandle session = created("one-time-payment.json", body -> { });
        String before = session.json();

        session.failPayment("GCASH").failPayment();

        assertThat(session.status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(session.json()).isEqualTo(before);
        assertThat(api.getSession(session.id()).json().get("status").asText()).isEqualTo("ACTIVE");
        session.complete(Completion.channel("PAYMAYA"));
        assertThat(session.paymentAttempts()).extracting(PaymentAttempt::channel, PaymentAttempt::status)
                .containsExactly(tuple("GCASH", Status.FAILED), tuple(null, Status.FAILED),
                        tuple("PAYMAYA", Status.SUCCEEDED));
        assertThatThrownBy(() -> session.failPayment("GCASH"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COMPLETED");
    }

    @Test
    void aCompletionDescribesItself() {
        assertThat(Completion.channel("OVO").withSavedPaymentMethod())
                .hasToString("Completion[channel=OVO, savePaymentMethod=true]");
        assertThat(Completion.savingPaymentMethod()).hasToString("Completion[channel=any, savePaymentMethod=true]");
    }

    private SessionHandle created(String resource, Consumer<ObjectNode> change) {
        ObjectNode body = (ObjectNode) XenditHttp.parse(XenditHttp.resource("requests/" + resource));
        change.accept(body);
        Reply reply = api.createSession(body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return xendit.session(reply.json().get("payment_session_id").asText());
    }
}
