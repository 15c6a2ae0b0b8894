package io.github.fakexendit.assertj;

import static io.github.fakexendit.assertj.FakeXenditAssertions.assertThat;
import static io.github.fakexendit.testing.XenditHttp.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.WebhookAttempt;
import io.github.fakexendit.Webhooks;
import io.github.fakexendit.testing.WebhookReceiver;
import io.github.fakexendit.testing.XenditHttp;
import java.time.Duration;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook assertions pass on what was sent and fail showing every webhook that went out. */
class WebhookAssertionsTest {

    private final WebhookReceiver merchant = WebhookReceiver.start();
    private final FakeXenditServer server = FakeXenditServer.builder()
            .webhookUrl(merchant.url()).synchronousWebhooks(true).callbackToken("token-1").start();
    private final XenditHttp xendit = new XenditHttp(server.baseUrl(), server.apiKey());

    @AfterEach
    void close() {
        server.close();
        merchant.close();
    }

    @Test
    void hasSentWebhookGoesOnToTheWebhookOfASession() {
        String paid = created();
        String abandoned = created();
        server.session(paid).complete();
        server.session(abandoned).expire();

        assertThat(server).hasSentWebhooks(3).extracting(WebhookAttempt::event)
                .containsExactly(Webhooks.PAYMENT_CAPTURE, Webhooks.COMPLETED, Webhooks.EXPIRED);
        assertThat(server).hasSentWebhook(Webhooks.COMPLETED, paid)
                .isForSession(paid)
                .hasUrl(merchant.url())
                .hasCallbackToken("token-1")
                .hasSessionStatus("COMPLETED")
                .hasBusinessId(xendit.getSession(paid).json().get("business_id").asText())
                .hasStatus(200)
                .isAttempt(1)
                .wasDelivered()
                .hasBodyMatching("{\"event\": \"payment_session.completed\", \"data\": {\"amount\": 10000}}");
        assertThat(server).hasSentWebhook(Webhooks.EXPIRED, abandoned).hasSessionStatus("EXPIRED");
        assertThat(server).hasSentWebhook(Webhooks.PAYMENT_CAPTURE, server.session(paid).paymentId())
                .wasDelivered()
                .hasBodyMatching("{\"event\": \"payment.capture\", \"api_version\": \"v3\", "
                        + "\"data\": {\"status\": \"SUCCEEDED\", \"request_amount\": 10000}}");
    }

    @Test
    void aWrongCountListsTheWebhooksThatWereSent() {
        String paid = created();
        server.session(paid).complete();

        assertFails(() -> assertThat(server).hasSentWebhooks(3))
                .hasMessageStartingWith("Expected 3 webhooks but found 2.\n\nWebhooks sent, each at its latest attempt:"
                        + "\n\n1. webhook 1 attempt 1 at ")
                .hasMessageContaining("payment_session.completed to " + merchant.url() + " -> 200")
                .hasMessageContaining("\"payment_session_id\" : \"" + paid + "\"");
        assertFails(() -> assertThat(server).hasSentWebhook(Webhooks.EXPIRED, paid))
                .hasMessageStartingWith("Expected 1 webhook payment_session.expired for " + paid + " but found 0.");
        assertFails(() -> assertThat(server).hasSentNoWebhooks())
                .hasMessageStartingWith("Expected no webhooks but found 2.");
    }

    @Test
    void withNoWebhookTheFailureSaysSo() {
        assertThat(server).hasSentNoWebhooks();

        assertFails(() -> assertThat(server).hasSentWebhooks(1))
                .hasMessage("Expected 1 webhook but found 0.\n\nNo webhooks were sent.");
    }

    @Test
    void aWebhookIsSeenAtItsLatestAttempt() {
        merchant.answerNext(200, 500); // the payment's webhook, then the session's
        String paid = created();
        server.session(paid).complete();

        assertThat(server).hasSentWebhook(Webhooks.COMPLETED, paid).isAttempt(1).hasStatus(500).wasNotDelivered();
        server.clock().advance(Duration.ofMinutes(15));
        assertThat(server).hasSentWebhooks(2).last().isAttempt(2).hasStatus(200).wasDelivered();
    }

    @Test
    void eachPropertyFailsNamingItAndShowingTheWholeAttempt() {
        String paid = created();
        server.session(paid).complete();
        WebhookAttempt attempt = server.webhooks().attempts().get(1);

        assertFails(() -> assertThat(attempt).hasEvent(Webhooks.EXPIRED))
                .hasMessageStartingWith("Expected the event of the webhook to be \"payment_session.expired\" but it "
                        + "was \"payment_session.completed\".\n\nThe webhook:\nwebhook 2 attempt 1");
        assertFails(() -> assertThat(attempt).hasCallbackToken("other"))
                .hasMessageContaining("x-callback-token of the webhook to be \"other\" but it was \"token-1\"");
        assertFails(() -> assertThat(attempt).isForSession("ps-x")).hasMessageContaining("the session of the webhook");
        assertFails(() -> assertThat(attempt).hasUrl("http://elsewhere")).hasMessageContaining("the URL");
        assertFails(() -> assertThat(attempt).hasSessionStatus("EXPIRED")).hasMessageContaining("data.status");
        assertFails(() -> assertThat(attempt).hasBusinessId("x")).hasMessageContaining("the business_id");
        assertFails(() -> assertThat(attempt).isAttempt(2)).hasMessageContaining("the attempt number");
        assertFails(() -> assertThat(attempt).hasStatus(500)).hasMessageContaining("the merchant's status");
        assertFails(() -> assertThat(attempt).wasNotDelivered())
                .hasMessageContaining("to be \"no 2xx from the merchant\" but it was \"status 200\"");
        assertFails(() -> assertThat(attempt).hasBodyMatching("{\"data\": {\"amount\": 1}}"))
                .hasMessageStartingWith("Expected the body of the webhook to match the expected JSON.")
                .hasMessageContaining("data.amount");
    }

    @Test
    void anUnsentWebhookIsNotDelivered() {
        server.webhooks().sendTo(null);
        String paid = created();
        server.session(paid).complete();

        assertThat(server).hasSentWebhook(Webhooks.COMPLETED, paid).wasNotDelivered().hasStatus(0);
        assertFails(() -> assertThat(server).hasSentWebhooks(2).first().wasDelivered())
                .hasMessageContaining("to be \"a 2xx from the merchant\" but it was \"not sent: no webhook URL");
    }

    private String created() {
        XenditHttp.Reply reply = xendit.createSession(resource("requests/one-time-payment.json"));
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("payment_session_id").asText();
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertFails(ThrowingCallable assertion) {
        return assertThatThrownBy(assertion).isInstanceOf(AssertionError.class);
    }
}
