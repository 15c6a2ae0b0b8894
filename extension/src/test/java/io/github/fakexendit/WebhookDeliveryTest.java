package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.testing.WebhookReceiver;
import io.github.fakexendit.testing.WebhookReceiver.Received;
import io.github.fakexendit.testing.ProcessResources;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhooks reaching a real HTTP endpoint: what is sent, when, how often, and what the log shows. */
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebhookReceiver shop = WebhookReceiver.start();
    private final List<FakeXenditServer> servers = new ArrayList<>();

    @AfterEach
    void close() {
        servers.forEach(FakeXenditServer::close);
        shop.close();
    }

    private FakeXenditServer start(UnaryOperator<FakeXenditServerBuilder> settings) {
        FakeXenditServer server = settings.apply(FakeXenditServer.builder()).start();
        servers.add(server);
        return server;
    }

    private FakeXenditServer synchronousTo(String url) {
        return start(b -> toSessionEvents(b, url).synchronousWebhooks(true));
    }

    /**
     * This class is about how webhooks are delivered, which is the same for every event: the shop gets the
     * sessions' events, and the payments' events a completion also sends are recorded without being sent.
     */
    private static FakeXenditServerBuilder toSessionEvents(FakeXenditServerBuilder builder, String url) {
        return builder.webhookUrl(Webhooks.COMPLETED, url).webhookUrl(Webhooks.EXPIRED, url);
    }

    /** The attempts of the sessions' webhooks, oldest first. */
    private static List<WebhookAttempt> sessionAttempts(FakeXenditServer xendit) {
        return xendit.webhooks().attempts().stream().filter(attempt -> attempt.sessionId() != null).toList();
    }

    /** Waits until {@code count} attempts of the sessions' webhooks were made; returns them. */
    private static List<WebhookAttempt> awaitSessions(FakeXenditServer xendit, int count) {
        Instant until = Instant.now().plus(WAIT);
        while (sessionAttempts(xendit).size() < count && Instant.now().isBefore(until)) {
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return sessionAttempts(xendit);
    }

    @Test
    void theCompletedAndExpiredWebhooksCarryTheTokenAndTheSessionAsGetReturnsIt() {
        FakeXenditServer xendit = start(b -> toSessionEvents(b, shop.url()).callbackToken("shop-secret-token"));
        XenditHttp api = new XenditHttp(xendit.baseUrl(), xendit.apiKey());
        String paid = created(xendit);
        String abandoned = created(xendit);

        xendit.session(paid).complete();
        Received completed = shop.take(WAIT);
        xendit.session(abandoned).expire();
        Received expired = shop.take(WAIT);

        for (Received webhook : List.of(completed, expired)) {
            assertThat(webhook.method()).isEqualTo("POST");
            assertThat(webhook.path()).isEqualTo("/webhooks/xendit");
            assertThat(webhook.header("x-callback-token")).isEqualTo("shop-secret-token");
            assertThat(webhook.header("Content-Type")).isEqualTo("application/json");
            assertThat(webhook.json().fieldNames()).toIterable()
                    .containsExactly("event", "business_id", "created", "data");
        }
        JsonNode paidBody = completed.json();
        assertThat(paidBody.get("event").asText()).isEqualTo("payment_session.completed");
        assertThat(paidBody.get("data")).isEqualTo(api.getSession(paid).json());
        assertThat(paidBody.get("data").get("payment_id").asText()).startsWith("py-");
        assertThat(paidBody.get("business_id").asText()).isEqualTo(paidBody.get("data").get("business_id").asText());
        JsonNode expiredBody = expired.json();
        assertThat(expiredBody.get("event").asText()).isEqualTo("payment_session.expired");
        assertThat(expiredBody.get("data")).isEqualTo(api.getSession(abandoned).json());
        assertThat(expiredBody.get("data").get("status").asText()).isEqualTo("EXPIRED");
        assertThat(expiredBody.get("data").has("payment_id")).isFalse();
    }

    @Test
    void theLogRecordsEveryAttemptWithWhatTheMerchantAnswered() {
        FakeXenditServer xendit = synchronousTo(shop.url());
        String id = created(xendit);
        Instant before = xendit.clock().now();

        xendit.session(id).complete();

        WebhookAttempt attempt = sessionAttempts(xendit).get(0);
        assertThat(attempt.delivery()).as("after the payment's webhook").isEqualTo(2);
        assertThat(attempt.attempt()).isEqualTo(1);
        assertThat(attempt.event()).isEqualTo(Webhooks.COMPLETED);
        assertThat(attempt.sessionId()).isEqualTo(id);
        assertThat(attempt.url()).isEqualTo(shop.url());
        assertThat(attempt.header("X-CALLBACK-TOKEN")).isEqualTo(xendit.callbackToken());
        assertThat(attempt.status()).isEqualTo(200);
        assertThat(attempt.delivered()).isTrue();
        assertThat(attempt.error()).isNull();
        assertThat(attempt.response()).isEqualTo("{\"received\":true}");
        assertThat(attempt.time()).isAfterOrEqualTo(before);
        assertThat(attempt.json().get("created").asText()).isEqualTo(Json.timestamp(attempt.time()));
        assertThat(attempt.body()).isEqualTo(shop.take(WAIT).body());
        assertThat(attempt.toString()).contains("webhook 2 attempt 1").contains("-> 200").contains(id);
    }

    @Test
    void cancellingSendsNoWebhook() {
        FakeXenditServer xendit = synchronousTo(shop.url());
        String byHandle = created(xendit);
        String byApi = created(xendit);

        xendit.session(byHandle).cancel();
        new XenditHttp(xendit.baseUrl(), xendit.apiKey()).cancelSession(byApi);
        String paid = created(xendit);
        xendit.session(paid).complete();

        assertThat(sessionAttempts(xendit)).extracting(WebhookAttempt::sessionId).containsExactly(paid);
        assertThat(shop.all()).hasSize(1);
    }

    @Test
    void withoutAUrlTheWebhookIsRecordedButNotSentNorRetried() {
        FakeXenditServer xendit = start(b -> b);
        String id = created(xendit);

        xendit.session(id).complete();
        xendit.clock().advance(Duration.ofDays(2));

        assertThat(sessionAttempts(xendit)).singleElement().satisfies(attempt -> {
            assertThat(attempt.url()).isNull();
            assertThat(attempt.delivered()).isFalse();
            assertThat(attempt.status()).isZero();
            assertThat(attempt.error()).isEqualTo("not sent: no webhook URL is set for payment_session.completed");
            assertThat(attempt.json().get("data").get("payment_session_id").asText()).isEqualTo(id);
        });
    }

    @Test
    void eachEventMayGoToAUrlOfItsOwn() {
        try (WebhookReceiver expiries = WebhookReceiver.start()) {
            FakeXenditServer xendit = start(b -> b.webhookUrl(Webhooks.COMPLETED, shop.url())
                    .webhookUrl(Webhooks.EXPIRED, expiries.url()).synchronousWebhooks(true));
            String paid = created(xendit);
            String abandoned = created(xendit);

            xendit.session(paid).complete();
            xendit.session(abandoned).expire();

            assertThat(shop.all()).singleElement()
                    .satisfies(r -> assertThat(r.json().get("event").asText()).isEqualTo(Webhooks.COMPLETED));
            assertThat(expiries.all()).singleElement()
                    .satisfies(r -> assertThat(r.json().get("event").asText()).isEqualTo(Webhooks.EXPIRED));
        }
    }

    @Test
    void aUrlForOneEventWinsOverTheUrlForBoth() {
        FakeXenditServer xendit = start(b -> b.webhookUrl(Webhooks.EXPIRED, null).webhookUrl(shop.url())
                .synchronousWebhooks(true));
        String paid = created(xendit);
        String abandoned = created(xendit);

        xendit.session(paid).complete();
        xendit.session(abandoned).expire();

        assertThat(sessionAttempts(xendit)).extracting(WebhookAttempt::event, WebhookAttempt::url)
                .containsExactly(tuple(Webhooks.COMPLETED, shop.url()), tuple(Webhooks.EXPIRED, null));
    }

    @Test
    void theUrlSetWhileRunningIsUsedAndSurvivesAReset() {
        FakeXenditServer xendit = start(b -> b.synchronousWebhooks(true));
        xendit.webhooks().sendTo(shop.url());

        xendit.reset();
        xendit.session(created(xendit)).complete();

        assertThat(shop.all()).extracting(r -> r.json().get("event").asText())
                .containsExactly(Webhooks.PAYMENT_CAPTURE, Webhooks.COMPLETED);
        xendit.webhooks().sendTo(Webhooks.COMPLETED, null);
        xendit.session(created(xendit)).complete();
        assertThat(shop.all()).extracting(r -> r.json().get("event").asText())
                .containsExactly(Webhooks.PAYMENT_CAPTURE, Webhooks.COMPLETED, Webhooks.PAYMENT_CAPTURE);
        assertThat(sessionAttempts(xendit)).extracting(WebhookAttempt::url).containsExactly(shop.url(), null);
    }

    @Test
    void aBadUrlOrEventNameIsRefusedSayingWhy() {
        FakeXenditServer xendit = start(b -> b);

        assertThatThrownBy(() -> xendit.webhooks().sendTo("shop.example/webhooks"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http or https URL");
        assertThatThrownBy(() -> xendit.webhooks().sendTo("payment_session.canceled", shop.url()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payment_session.completed and payment_session.expired");
        assertThatThrownBy(() -> FakeXenditServer.builder().webhookUrl("ftp://shop.example/x").start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp://shop.example/x");
        assertThatThrownBy(() -> FakeXenditServer.builder().webhookTimeout(Duration.ZERO).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout must be positive");
    }

    @Test
    void byDefaultACompletionDoesNotWaitForTheMerchant() {
        FakeXenditServer xendit = start(b -> toSessionEvents(b, shop.url()));
        String id = created(xendit);
        shop.holdAnswers();

        xendit.session(id).complete();   // would block until the 30 s timeout if delivery were synchronous

        shop.take(WAIT);
        assertThat(sessionAttempts(xendit)).isEmpty();
        shop.releaseAnswers();
        assertThat(awaitSessions(xendit, 1)).singleElement()
                .satisfies(attempt -> assertThat(attempt.status()).isEqualTo(200));
    }

    @Test
    void synchronousDeliveryReturnsOnceTheMerchantAnswered() {
        FakeXenditServer xendit = synchronousTo(shop.url());
        String paid = created(xendit);
        String abandoned = created(xendit);

        xendit.session(paid).complete();
        assertThat(sessionAttempts(xendit)).hasSize(1);
        xendit.session(abandoned).expire();
        assertThat(sessionAttempts(xendit)).hasSize(2);
    }

    @Test
    void anEndpointThatDoesNotAnswerInTimeFailsTheAttemptAndIsRetried() {
        FakeXenditServer xendit = start(b -> toSessionEvents(b, shop.url()).synchronousWebhooks(true)
                .webhookTimeout(Duration.ofMillis(300)));
        String id = created(xendit);
        shop.holdAnswers();

        xendit.session(id).complete();

        assertThat(sessionAttempts(xendit)).singleElement().satisfies(attempt -> {
            assertThat(attempt.status()).isZero();
            assertThat(attempt.delivered()).isFalse();
            assertThat(attempt.error()).isEqualTo("no answer within 300 ms");
        });
        shop.releaseAnswers();
        xendit.clock().advance(Duration.ofMinutes(15));
        assertThat(sessionAttempts(xendit)).extracting(WebhookAttempt::attempt, WebhookAttempt::status)
                .containsExactly(tuple(1, 0), tuple(2, 200));
    }

    @Test
    void anEndpointThatRefusesConnectionsFailsTheAttempt() throws Exception {
        String closedPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            closedPort = "http://127.0.0.1:" + socket.getLocalPort() + "/webhooks";
        }
        FakeXenditServer xendit = synchronousTo(closedPort);

        xendit.session(created(xendit)).complete();

        assertThat(sessionAttempts(xendit)).singleElement()
                .satisfies(attempt -> assertThat(attempt.error()).startsWith("could not connect"));
    }

    @Test
    void failedWebhooksAreRetriedOnXenditsScheduleOnTheServersClock() {
        FakeXenditServer xendit = synchronousTo(shop.url());
        shop.answerAlways(500);
        String id = created(xendit);
        xendit.session(id).complete();
        Instant first = sessionAttempts(xendit).get(0).time();

        xendit.clock().advance(Duration.ofMinutes(14));
        assertThat(sessionAttempts(xendit)).hasSize(1);
        xendit.clock().advance(Duration.ofMinutes(1));
        assertThat(sessionAttempts(xendit)).hasSize(2);
        xendit.clock().advance(Duration.ofHours(30));

        List<WebhookAttempt> attempts = sessionAttempts(xendit);
        assertThat(attempts).extracting(WebhookAttempt::attempt).containsExactly(1, 2, 3, 4, 5, 6, 7);
        List<Duration> schedule = List.of(Duration.ZERO, Duration.ofMinutes(15), Duration.ofHours(1),
                Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24));
        for (int i = 0; i < attempts.size(); i++) {
            // the clock runs on in real time while the fake works, so allow it a little of that
            assertThat(Duration.between(first, attempts.get(i).time()))
                    .isBetween(schedule.get(i), schedule.get(i).plusMinutes(1));
        }
        assertThat(attempts).extracting(WebhookAttempt::status).containsOnly(500);
        assertThat(attempts).extracting(WebhookAttempt::delivery).containsOnly(2L);
        assertThat(attempts).extracting(attempt -> attempt.json().get("created").asText())
                .containsExactlyElementsOf(attempts.stream().map(a -> Json.timestamp(a.time())).toList());
        assertThat(shop.all()).hasSize(7);
        assertThat(shop.all()).extracting(r -> r.json().get("data")).containsOnly(attempts.get(0).json().get("data"));
    }

    @Test
    void retriesStopAtTheFirstSuccess() {
        FakeXenditServer xendit = synchronousTo(shop.url());
        shop.answerNext(500, 404);
        xendit.session(created(xendit)).complete();

        xendit.clock().advance(Duration.ofDays(2));

        assertThat(sessionAttempts(xendit)).extracting(WebhookAttempt::attempt, WebhookAttempt::status)
                .containsExactly(tuple(1, 500), tuple(2, 404), tuple(3, 200));
    }

    @Test
    void asynchronousRetriesAlsoFollowTheClock() {
        FakeXenditServer xendit = start(b -> toSessionEvents(b, shop.url()));
        shop.answerNext(503);
        xendit.session(created(xendit)).complete();
        awaitSessions(xendit, 1);

        xendit.clock().advance(Duration.ofMinutes(15));

        assertThat(awaitSessions(xendit, 2)).extracting(WebhookAttempt::attempt, WebhookAttempt::status)
                .containsExactly(tuple(1, 503), tuple(2, 200));
    }

    @Test
    void aRedeliveryIsANewWebhookWithTheSameEventAndData() {
        FakeXenditServer xendit = synchronousTo(shop.url());
        String id = created(xendit);
        xendit.session(id).complete();

        xendit.webhooks().redeliver(id);

        List<Received> received = shop.all();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).json().get("data")).isEqualTo(received.get(0).json().get("data"));
        assertThat(received.get(1).json().get("event")).isEqualTo(received.get(0).json().get("event"));
        assertThat(sessionAttempts(xendit)).extracting(WebhookAttempt::delivery, WebhookAttempt::attempt)
                .containsExactly(tuple(2L, 1), tuple(3L, 1));
    }

    @Test
    void onlyACompletedOrExpiredSessionCanBeRedelivered() {
        FakeXenditServer xendit = synchronousTo(shop.url());
        String active = created(xendit);
        String cancelled = created(xendit);
        xendit.session(cancelled).cancel();

        assertThatThrownBy(() -> xendit.webhooks().redeliver(active))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is ACTIVE");
        assertThatThrownBy(() -> xendit.webhooks().redeliver(cancelled))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is CANCELED");
        assertThatThrownBy(() -> xendit.webhooks().redeliver("ps-nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ps-nope");
        assertThat(shop.all()).isEmpty();
    }

    @Test
    void heldWebhooksArriveInTheOrderTheTestChooses() {
        FakeXenditServer xendit = start(b -> toSessionEvents(b, shop.url()));
        String first = created(xendit);
        String second = created(xendit);
        String third = created(xendit);

        xendit.webhooks().hold();
        xendit.session(first).expire();
        xendit.session(second).complete();
        xendit.session(third).complete();
        assertThat(sessionAttempts(xendit)).isEmpty();
        xendit.webhooks().release(third, second);

        assertThat(shop.all()).extracting(r -> r.json().get("data").get("payment_session_id").asText())
                .containsExactly(third, second, first);
        String later = created(xendit);
        xendit.session(later).complete();   // no longer held
        assertThat(awaitSessions(xendit, 4)).extracting(WebhookAttempt::sessionId)
                .containsExactly(third, second, first, later);
    }

    @Test
    void releasingASessionWithNothingHeldSendsNothing() {
        FakeXenditServer xendit = synchronousTo(shop.url());
        String held = created(xendit);
        xendit.webhooks().hold();
        xendit.session(held).complete();

        assertThatThrownBy(() -> xendit.webhooks().release("ps-other"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ps-other").hasMessageContaining(held);
        assertThat(shop.all()).isEmpty();
        xendit.webhooks().release();
        assertThat(shop.all()).hasSize(1);
    }

    @Test
    void resetForgetsTheLogPendingRetriesAndHeldWebhooks() {
        FakeXenditServer xendit = synchronousTo(shop.url());
        shop.answerNext(500);
        xendit.session(created(xendit)).complete();
        xendit.webhooks().hold();
        xendit.session(created(xendit)).complete();

        xendit.reset();
        xendit.clock().advance(Duration.ofDays(2));
        xendit.webhooks().release();

        assertThat(sessionAttempts(xendit)).isEmpty();
        assertThat(shop.all()).hasSize(1);
        xendit.session(created(xendit)).complete();
        assertThat(sessionAttempts(xendit)).extracting(WebhookAttempt::delivery).containsExactly(2L);
    }

    @Test
    void awaitFailsWithTheAttemptsMadeSoFar() {
        FakeXenditServer xendit = synchronousTo(shop.url());
        String id = created(xendit);
        xendit.session(id).complete();
        xendit.webhooks().hold();
        xendit.session(created(xendit)).complete();

        assertThatThrownBy(() -> xendit.webhooks().await(3, Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 3 webhook attempts within 50 ms, but 2 were made")
                .hasMessageContaining("2 held back until release()")
                .hasMessageContaining(id);
    }

    @Test
    void getFakeWebhooksListsTheLogAsJson() {
        FakeXenditServer xendit = synchronousTo(shop.url());
        shop.answerNext(502);
        String id = created(xendit);
        xendit.session(id).complete();

        Reply reply = XenditHttp.send(new XenditHttp(xendit.baseUrl(), null).request("/_fake/webhooks").GET().build());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("webhooks").get(0).get("event").asText()).isEqualTo(Webhooks.PAYMENT_CAPTURE);
        assertThat(reply.json().get("webhooks").get(0).get("payment_id").asText())
                .isEqualTo(xendit.session(id).paymentId());
        JsonNode attempt = reply.json().get("webhooks").get(1);
        assertThat(attempt.get("delivery").asInt()).isEqualTo(2);
        assertThat(attempt.get("attempt").asInt()).isEqualTo(1);
        assertThat(attempt.get("event").asText()).isEqualTo(Webhooks.COMPLETED);
        assertThat(attempt.get("payment_session_id").asText()).isEqualTo(id);
        assertThat(attempt.get("url").asText()).isEqualTo(shop.url());
        assertThat(attempt.get("headers").get("x-callback-token").asText()).isEqualTo(xendit.callbackToken());
        assertThat(attempt.get("body")).isEqualTo(sessionAttempts(xendit).get(0).json());
        assertThat(attempt.get("status").asInt()).isEqualTo(502);
        assertThat(attempt.get("delivered").asBoolean()).isFalse();
        assertThat(Instant.parse(attempt.get("time").asText())).isEqualTo(sessionAttempts(xendit).get(0).time());
        assertThat(reply.json().get("webhooks")).hasSize(2);
        Reply wrongMethod = XenditHttp.send(new XenditHttp(xendit.baseUrl(), null).request("/_fake/webhooks")
                .DELETE().build());
        assertThat(wrongMethod.status()).isEqualTo(405);
    }

    @Test
    void closingTheServerStopsDeliveriesInFlightAndLeavesNoThreadBehind() {
        long before = fakeThreads();
        FakeXenditServer xendit = toSessionEvents(FakeXenditServer.builder(), shop.url()).start();
        shop.holdAnswers();
        xendit.session(created(xendit)).complete();
        shop.take(WAIT);
        assertThat(fakeThreads()).isGreaterThan(before);

        xendit.close();

        assertThat(fakeThreads()).isEqualTo(before);
        assertThat(sessionAttempts(xendit)).isEmpty();
    }

    /** The threads of servers; the I/O threads every server of the JVM shares are not a server's. */
    private static long fakeThreads() {
        return ProcessResources.serverThreadNames().size();
    }

    static String created(FakeXenditServer xendit) {
        Reply reply = new XenditHttp(xendit.baseUrl(), xendit.apiKey())
                .createSession(XenditHttp.resource("requests/one-time-payment.json"));
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("payment_session_id").asText();
    }
}
