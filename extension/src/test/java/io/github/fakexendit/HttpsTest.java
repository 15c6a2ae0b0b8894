package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fakexendit.junit.FakeXendit;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API, the admin API and the checkout page over TLS, and what a client needs to trust the fake. */
@FakeXendit(https = true)
class HttpsTest {

    private static final String SESSION = """
            {"reference_id": "order-1", "session_type": "PAY", "mode": "PAYMENT_LINK", "amount": 10000,
             "currency": "IDR", "country": "ID"}""";

    private final FakeXenditServer xendit;
    private final HttpClient trusting;

    HttpsTest(FakeXenditServer xendit) {
        this.xendit = xendit;
        this.trusting = HttpClient.newBuilder().sslContext(xendit.tls().sslContext()).build();
    }

    @Test
    void theApiAnswersOverHttpsAndItsPaymentLinksAreHttps() throws Exception {
        HttpResponse<String> created = trusting.send(createSession(xendit.baseUrl()), HttpResponse.BodyHandlers.ofString());

        assertThat(xendit.baseUrl()).isEqualTo("https://127.0.0.1:" + xendit.port());
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher linkField = Pattern.compile("\"payment_link_url\":\"([^\"]+)\"")
                .matcher(created.body());
        assertThat(linkField.find()).as("payment_link_url in %s", created.body()).isTrue();
        String link = linkField.group(1);
        assertThat(link).startsWith("https://127.0.0.1:" + xendit.port() + "/");
        HttpResponse<String> page = trusting.send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void theAdminApiAndLocalhostAreServedToo() throws Exception {
        HttpResponse<String> health = trusting.send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + xendit.port() + "/_fake/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateFailsTheHandshake() {
        HttpClient untrusting = HttpClient.newHttpClient();    // the JVM's default trust: public CAs only

        assertThatThrownBy(() -> untrusting.send(createSession(xendit.baseUrl()), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
        assertThat(xendit.requests()).isEmpty();
    }

    @Test
    void plainHttpToTheHttpsPortGetsNoAnswer() {
        String plain = "http://127.0.0.1:" + xendit.port();

        assertThatThrownBy(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(createSession(plain), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        assertThat(xendit.requests()).isEmpty();
    }

    @Test
    void theCertificateIsForTheLoopbackNamesAndValidNow() throws Exception {
        X509Certificate certificate = xendit.tls().certificates().get(0);

        certificate.checkValidity();
        assertThat(certificate.getSubjectAlternativeNames()).contains(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");    // TLS server
        assertThat(xendit.tls().pem()).startsWith("-----BEGIN CERTIFICATE-----\n")
                .contains(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded()));
    }

    @Test
    void theFilesForOtherToolsHoldTheCertificate() throws Exception {
        Path pem = xendit.tls().pemFile();
        KeyStore trustStore = KeyStore.getInstance(xendit.tls().trustStore().toFile(),
                xendit.tls().trustStorePassword().toCharArray());

        assertThat(Files.readString(pem)).isEqualTo(xendit.tls().pem());
        assertThat(trustStore.getCertificate(trustStore.aliases().nextElement()))
                .isEqualTo(xendit.tls().certificates().get(0));
        HttpClient fromFile = HttpClient.newBuilder().sslContext(trusting(trustStore)).build();
        assertThat(fromFile.send(createSession(xendit.baseUrl()), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(201);
    }

    @Test
    void curlTrustsTheExportedCertificateAndRefusesWithoutIt() throws Exception {
        assumeTrue(curlInstalled() || Boolean.getBoolean("fakexendit.requireTools"),
                "Skipped: curl is not installed (apt-get install -y curl); -Dfakexendit.requireTools=true fails instead");
        String url = xendit.baseUrl() + "/sessions";
        List<String> create = List.of("-u", xendit.apiKey() + ":", "-H", "Content-Type: application/json",
                "-d", SESSION, "-o", "/dev/null", "-w", "%{http_code}", url);

        Process trusted = curl("--cacert", xendit.tls().pemFile().toString(), create);
        Process untrusted = curl(null, null, create);

        assertThat(output(trusted)).isEqualTo("201");
        assertThat(trusted.exitValue()).isZero();
        output(untrusted);
        assertThat(untrusted.exitValue()).isEqualTo(60);    // curl: the peer's certificate cannot be verified
        assertThat(xendit.sessions()).hasSize(1);
    }

    @Test
    void aServerOfItsOwnKeyStoreServesThatKeysCertificate(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("merchant.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "merchant", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=merchant-test", "-ext", "SAN=IP:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "secret", "-keypass", "secret")
                .redirectErrorStream(true).start();
        output(keytool);
        KeyStore merchant = KeyStore.getInstance(store.toFile(), "secret".toCharArray());

        try (FakeXenditServer own = FakeXenditServer.builder().httpsKeyStore(store).httpsKeyStorePassword("secret").start()) {
            assertThat(own.tls().certificates()).containsExactly((X509Certificate) merchant.getCertificate("merchant"));
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(merchant)).build();
            assertThat(client.send(createSession(own.baseUrl()), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(201);
        }
        assertThatThrownBy(() -> FakeXenditServer.builder().httpsKeyStore(store).httpsKeyStorePassword("wrong").start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read the HTTPS key store " + store);
    }

    @Test
    void aPlainServerHasNoCertificateAndSaysHowToGetOne() {
        try (FakeXenditServer plain = FakeXenditServer.start()) {
            assertThat(plain.baseUrl()).startsWith("http://");
            assertThatThrownBy(plain::tls).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("@FakeXendit(https = true)");
        }
    }

    @Test
    void closingTheServerDeletesTheFiles() {
        Path pem;
        try (FakeXenditServer server = FakeXenditServer.builder().https(true).start()) {
            pem = server.tls().pemFile();
            assertThat(pem).exists();
        }
        assertThat(pem).doesNotExist();
        assertThat(pem.getParent()).doesNotExist();
    }

    private HttpRequest createSession(String baseUrl) {
        String key = Base64.getEncoder().encodeToString((xendit.apiKey() + ":").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(baseUrl + "/sessions")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SESSION)).build();
    }

    private static SSLContext trusting(KeyStore trustStore) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static boolean curlInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/curl"));
    }

    private static Process curl(String option, String value, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--max-time", "10"));
        if (option != null) {
            command.addAll(List.of(option, value));
        }
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The process's standard output, once it ended. */
    private static String output(Process process) throws Exception {
        try (InputStream in = process.getInputStream()) {
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("ended in time").isTrue();
            return out;
        }
    }
}
