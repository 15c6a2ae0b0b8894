package io.github.fakexendit.internal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.testing.StandaloneProcess;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * The standalone jar the build made, started as a separate process and driven only over HTTP, as a test
 * suite in another language would: its API, its admin API, its command line and its shutdown. One process
 * serves the class (reset before each test); the tests of the command line start their own.
 */
@TestInstance(Lifecycle.PER_CLASS)
class StandaloneJarIT {

    private static final String KEY = "xnd_development_standalone_it";

    private final StandaloneProcess fake = StandaloneProcess.listening();
    private final XenditHttp xendit = new XenditHttp(fake.baseUrl(), KEY);
    private final XenditHttp admin = new XenditHttp(fake.baseUrl(), null);

    @AfterAll
    void stopTheJar() {
        fake.close();
    }

    @BeforeEach
    void reset() {
        assertThat(admin.post("/_fake/reset").status()).isEqualTo(200);
    }

    @Test
    void itListensOnLoopbackOnTheFreePortItPrints() {
        assertThat(fake.baseUrl()).isEqualTo("http://127.0.0.1:" + fake.port());
        assertThat(fake.port()).isPositive();

        Reply health = admin.get("/_fake/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void withHttpsItPrintsItsCertificateFirstAndServesTlsThatTheCertificateTrusts() throws Exception {
        try (StandaloneProcess tls = StandaloneProcess.listening("--https")) {
            assertThat(tls.baseUrl()).isEqualTo("https://127.0.0.1:" + tls.port());
            String certificateLine = tls.stdout().get(0);
            assertThat(certificateLine).startsWith("fake-xendit certificate ");
            Path pem = Path.of(certificateLine.substring("fake-xendit certificate ".length()));
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            try (InputStream in = Files.newInputStream(pem)) {
                trust.setCertificateEntry("fake", CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers.getTrustManagers(), null);

            HttpResponse<String> health = HttpClient.newBuilder().sslContext(context).build().send(
                    HttpRequest.newBuilder(URI.create(tls.baseUrl() + "/_fake/health")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(tls.terminate()).isEqualTo(143);
            assertThat(pem).doesNotExist();    // the server deletes its files when it stops
        }
    }

    @Test
    void aSessionIsCreatedReadAndCompletedThroughTheAdminApi() {
        Reply created = xendit.createSession(XenditHttp.resource("requests/one-time-payment.json"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("payment_session_id").asText();
        assertThat(created.json().get("payment_link_url").asText()).isEqualTo(fake.baseUrl() + "/checkout/" + id);

        Reply active = xendit.getSession(id);
        Reply completed = admin.post("/_fake/sessions/" + id + "/complete");
        Reply paid = xendit.getSession(id);

        assertThat(active.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(completed.status()).isEqualTo(200);
        assertThat(paid.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(paid.json().get("payment_id").asText()).startsWith("py-");
        assertThat(paid.json()).isEqualTo(completed.json());
        assertThat(admin.post("/_fake/sessions/" + id + "/expire").status()).isEqualTo(409);
        assertThat(admin.post("/_fake/sessions/ps-000000000000000000000000/complete").status()).isEqualTo(404);
    }

    @Test
    void theJournalShowsTheMerchantsRequestsWithTheKeyMasked() {
        String id = xendit.createSession(XenditHttp.resource("requests/one-time-payment.json"))
                .json().get("payment_session_id").asText();
        xendit.getSession(id);
        admin.post("/_fake/sessions/" + id + "/expire");

        Reply journal = admin.get("/_fake/requests");

        assertThat(journal.status()).isEqualTo(200);
        assertThat(journal.body()).doesNotContain(KEY);
        JsonNode requests = journal.json().get("requests");
        assertThat(requests).extracting(r -> r.get("method").asText(), r -> r.get("path").asText(),
                        r -> r.get("status").asInt())
                .containsExactly(tuple("POST", "/sessions", 201), tuple("GET", "/sessions/" + id, 200));
        assertThat(requests.get(0).get("body").get("reference_id").asText()).isEqualTo("order_12345_PAY");
    }

    @Test
    void aFaultAndAChosenCompletionAreScriptedOverHttpAndTheJournalSaysHowEachRequestWasAnswered() {
        String fault = "{\"kind\": \"SERVICE_UNAVAILABLE\", \"times\": 1, \"method\": \"POST\", \"path\": \"/sessions\"}";
        Reply injected = admin.post("/_fake/faults", fault);
        Reply unavailable = xendit.createSession(XenditHttp.resource("requests/one-time-payment.json"));
        Reply created = xendit.createSession(XenditHttp.resource("requests/one-time-payment.json"));
        String id = created.json().get("payment_session_id").asText();

        Reply declined = admin.post("/_fake/sessions/" + id + "/fail", "{\"channel\": \"GCASH\"}");
        Reply paid = admin.post("/_fake/sessions/" + id + "/complete", "{\"channel\": \"PAYMAYA\"}");
        JsonNode attempts = admin.get("/_fake/sessions/" + id + "/payment_attempts").json().get("payment_attempts");
        JsonNode requests = admin.get("/_fake/requests").json().get("requests");

        assertThat(injected.status()).as(injected.toString()).isEqualTo(200);
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(created.status()).isEqualTo(201);
        assertThat(declined.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(paid.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(attempts).extracting(a -> a.get("channel").asText(), a -> a.get("status").asText())
                .containsExactly(tuple("GCASH", "FAILED"), tuple("PAYMAYA", "SUCCEEDED"));
        assertThat(requests).extracting(r -> r.get("status").asInt()).containsExactly(503, 201);
        assertThat(requests.get(0).get("error").get("error_code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(requests.get(0).get("fault")).isEqualTo(XenditHttp.parse(fault));
        assertThat(requests.get(1).get("error").isNull()).isTrue();
        assertThat(requests.get(1).get("fault").isNull()).isTrue();
    }

    @Test
    void resetForgetsEverything() {
        String id = xendit.createSession(XenditHttp.resource("requests/one-time-payment.json"))
                .json().get("payment_session_id").asText();

        Reply reset = admin.post("/_fake/reset");

        assertThat(reset.status()).isEqualTo(200);
        assertThat(admin.get("/_fake/sessions").json().get("sessions")).isEmpty();
        assertThat(admin.get("/_fake/requests").json().get("requests")).isEmpty();
        assertThat(xendit.getSession(id).status()).isEqualTo(404);
    }

    @Test
    void sigtermStopsTheProcessAndFreesThePort() throws IOException {
        int port;
        try (StandaloneProcess stopped = StandaloneProcess.listening()) {
            port = stopped.port();

            int status = stopped.terminate();

            assertThat(status).as(stopped.toString()).isEqualTo(143);
            assertThat(stopped.stdout()).containsExactly("fake-xendit listening on " + stopped.baseUrl(),
                    "fake-xendit stopped");
            assertThat(stopped.stderr()).isEmpty();
        }
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void theFlagsAreHonoured() {
        String onlyKey = "xnd_development_only_this_one";
        try (StandaloneProcess configured = StandaloneProcess.listening("--api-key", onlyKey,
                "--journal-capacity=2", "--callback-token", "token-1", "--host", "127.0.0.1",
                "--payment-link-base-url", "https://pay.shop.test/xendit/", "--allow-customer-reference-reuse")) {
            String body = XenditHttp.resource("requests/one-time-payment.json");

            Reply otherKey = new XenditHttp(configured.baseUrl(), KEY).createSession(body);
            Reply theKey = new XenditHttp(configured.baseUrl(), onlyKey).createSession(body);
            Reply sameCustomer = new XenditHttp(configured.baseUrl(), onlyKey).createSession(body);

            assertThat(otherKey.status()).isEqualTo(401);
            assertThat(theKey.status()).isEqualTo(201);
            assertThat(sameCustomer.status()).as(sameCustomer.toString()).isEqualTo(201);
            assertThat(theKey.json().get("payment_link_url").asText()).isEqualTo("https://pay.shop.test/xendit/checkout/"
                    + theKey.json().get("payment_session_id").asText());
            JsonNode journal = new XenditHttp(configured.baseUrl(), null).get("/_fake/requests").json();
            assertThat(journal.get("requests")).extracting(r -> r.get("status").asInt()).containsExactly(201, 201);
            assertThat(journal.get("dropped").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aPortInUseIsAOneLineErrorAndANonZeroExit() {
        try (StandaloneProcess second = StandaloneProcess.start("--port", String.valueOf(fake.port()))) {
            int status = second.waitForExit();

            assertThat(status).isEqualTo(1);
            assertThat(second.stderr()).startsWith("fake-xendit: cannot listen on 127.0.0.1:" + fake.port())
                    .contains("already in use").hasLineCount(1);
            assertThat(second.stdout()).isEmpty();
        }
    }

    @Test
    void aBadFlagIsAOneLineErrorAndExitTwo() {
        try (StandaloneProcess wrong = StandaloneProcess.start("--prot", "8080")) {
            int status = wrong.waitForExit();

            assertThat(status).isEqualTo(2);
            assertThat(wrong.stderr()).isEqualTo("fake-xendit: unknown flag --prot (see --help)\n");
        }
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        try (StandaloneProcess help = StandaloneProcess.start("--help")) {
            int status = help.waitForExit();

            assertThat(status).isZero();
            assertThat(String.join("\n", help.stdout())).isEqualTo(Main.USAGE.stripTrailing());
        }
    }
}
