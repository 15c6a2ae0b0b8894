package io.github.fakexendit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.internal.runtime.Config;
import io.github.fakexendit.internal.runtime.Engine;
import io.github.fakexendit.internal.webhooks.WebhookSettings;
import io.github.fakexendit.testing.RawHttp;
import io.github.fakexendit.testing.XenditEnvelope;
import io.github.fakexendit.testing.XenditHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their request slowly or not at all: they hold a connection, never a thread, and only until
 * the request timeout (half a second here, 30 seconds by default); everyone else is served meanwhile.
 */
class SlowClientTest {

    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(500);
    private static final String BODY = "{\"reference_id\":\"slow\",\"session_type\":\"PAY\",\"currency\":\"IDR\","
            + "\"amount\":10000,\"mode\":\"PAYMENT_LINK\",\"country\":\"ID\"}";
    private static final String KEY = XenditHttp.basic("xnd_development_slow");

    private final Engine engine = new Engine(new Config("127.0.0.1", 0, null, "token", 1_000, 1_000, 1024 * 1024, false,
            WebhookSettings.of(null, Map.of(), false, WebhookSettings.DEFAULT_TIMEOUT), REQUEST_TIMEOUT));
    private final List<RawHttp> connections = new ArrayList<>();

    @AfterEach
    void close() {
        connections.forEach(RawHttp::close);
        engine.close();
    }

    @Test
    void aBodyThatStopsHalfWayIsAnswered408InTheEnvelopeAndItsConnectionClosed() {
        RawHttp slow = open();
        slow.send(head(BODY.length()) + BODY.substring(0, 20));

        RawHttp.Reply reply = slow.readUntilClosed();

        assertThat(reply.status()).isEqualTo(408);
        XenditEnvelope.assertWellFormed(reply.body());
        assertThat(XenditHttp.parse(reply.body()).get("message").asText())
                .isEqualTo("The request body did not arrive within 500 ms");
        assertThat(engine.sessions().service().all()).isEmpty();
        assertThat(engine.journal().snapshot()).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(408));
    }

    @Test
    void headersThatNeverEndGetTheConnectionClosed() {
        RawHttp slow = open();
        slow.send("POST /sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: app");

        assertThat(slow.closedByServerWithin(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void aBodyThatArrivesInPiecesWithinTheTimeoutIsServedAsUsual() throws InterruptedException {
        RawHttp trickling = open();
        trickling.send(head(BODY.length()));
        for (int at = 0; at < BODY.length(); at += 40) {
            trickling.send(BODY.substring(at, Math.min(BODY.length(), at + 40)));
            Thread.sleep(20);
        }

        assertThat(trickling.readUntilClosed().status()).isEqualTo(201);
    }

    @Test
    void whileManyClientsTrickleTheirBodiesOthersAreServed() {
        for (int i = 0; i < 50; i++) {
            open().send(head(BODY.length()) + "{");
        }

        RawHttp.Reply served = RawHttp.exchange(engine.port(),
                RawHttp.request("POST", "/sessions", Map.of("Authorization", KEY, "Content-Type", "application/json"),
                        BODY.getBytes(StandardCharsets.UTF_8)));

        assertThat(served.status()).isEqualTo(201);
        for (RawHttp slow : connections) {
            assertThat(slow.readUntilClosed().status()).isEqualTo(408);
        }
        assertThat(engine.sessions().service().all()).hasSize(1);
    }

    @Test
    void aClientThatAsksBeforeSendingItsBodyIsToldToGoOn() {
        RawHttp asking = open();
        asking.send(head(BODY.length()).replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n"));

        assertThat(asking.readLine()).isEqualTo("HTTP/1.1 100 Continue");
        assertThat(asking.readLine()).as("the end of the interim response").isEmpty();
        asking.send(BODY);
        assertThat(asking.readUntilClosed().status()).isEqualTo(201);
    }

    @Test
    void aClientThatAsksBeforeSendingABodyFarPastTheLimitIsRefusedWithoutBeingToldToGoOn() {
        RawHttp asking = open();
        asking.send(head(100 * 1024 * 1024).replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n"));

        assertThat(asking.readUntilClosed().status()).isEqualTo(413);
    }

    private RawHttp open() {
        RawHttp connection = RawHttp.connect(engine.port(), Duration.ofSeconds(10));
        connections.add(connection);
        return connection;
    }

    private static String head(int contentLength) {
        return "POST /sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: " + KEY
                + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }
}
