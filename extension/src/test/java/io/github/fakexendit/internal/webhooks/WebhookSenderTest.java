package io.github.fakexendit.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.fakexendit.internal.webhooks.WebhookSender.Answer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each webhook on a connection of its own, over plain HTTP and over TLS. */
class WebhookSenderTest {

    /** An upper bound for waits, never an expectation. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json");
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    /** The merchant's key and certificate, for {@code localhost} alone. */
    private static KeyStore keys;

    @BeforeAll
    static void makeTheMerchantsCertificate(@TempDir Path dir) throws Exception {
        keys = selfSignedFor("DNS:localhost", dir);
    }

    @Test
    void aMerchantThatKeepsConnectionsOpenGetsEachWebhookOnANewOne() throws IOException {
        try (KeepAliveMerchant merchant = new KeepAliveMerchant();
             WebhookSender sender = new WebhookSender(TIMEOUT)) {
            for (int i = 0; i < 3; i++) {
                Answer answer = sender.post(merchant.url(), HEADERS, BODY);

                assertThat(answer.error()).isNull();
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.response()).isEqualTo("ok");
            }

            assertThat(merchant.requestsPerConnection()).containsExactly(1, 1, 1);
            assertThat(merchant.requestHeads()).allSatisfy(head -> assertThat(head).contains("Connection: close\r\n"));
        }
    }

    @Test
    void anHttpsWebhookGoesOutOverTlsToAHostItsCertificateNames() throws Exception {
        HttpsServer merchant = httpsMerchant();
        try (WebhookSender sender = new WebhookSender(TIMEOUT, () -> trustingTheMerchant().getSocketFactory())) {
            int port = merchant.getAddress().getPort();

            Answer named = sender.post(URI.create("https://localhost:" + port + "/webhooks"), HEADERS, BODY);
            Answer notNamed = sender.post(URI.create("https://127.0.0.1:" + port + "/webhooks"), HEADERS, BODY);

            assertThat(named.error()).isNull();
            assertThat(named.status()).isEqualTo(200);
            assertThat(named.response()).isEqualTo("{\"received\":true}");
            assertThat(notNamed.status()).isZero();
            assertThat(notNamed.error()).startsWith("SSLHandshakeException").contains("127.0.0.1");
        } finally {
            merchant.stop(0);
        }
    }

    @Test
    void aCertificateTheJvmDoesNotTrustFailsTheAttempt() throws Exception {
        HttpsServer merchant = httpsMerchant();
        try (WebhookSender sender = new WebhookSender(TIMEOUT)) {
            Answer answer = sender.post(URI.create("https://localhost:" + merchant.getAddress().getPort() + "/"),
                    HEADERS, BODY);

            assertThat(answer.status()).isZero();
            assertThat(answer.error()).startsWith("SSLHandshakeException");
        } finally {
            merchant.stop(0);
        }
    }

    /**
     * Answers each connection's first request with 200 and no {@code Connection: close}, keeping the connection
     * open, and closes a connection without answering when a second request comes on it, as a server does with an
     * idle connection it is closing just then.
     */
    private static final class KeepAliveMerchant implements AutoCloseable {
        private final ServerSocket listener;
        private final Thread acceptor;
        private final List<Integer> requestsPerConnection = new ArrayList<>();
        private final List<String> requestHeads = new ArrayList<>();
        private final List<Socket> connections = new ArrayList<>();

        KeepAliveMerchant() throws IOException {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            acceptor = new Thread(this::accept, "keep-alive-merchant");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/webhooks");
        }

        synchronized List<Integer> requestsPerConnection() {
            return List.copyOf(requestsPerConnection);
        }

        synchronized List<String> requestHeads() {
            return List.copyOf(requestHeads);
        }

        // one connection at a time is enough: the sender posts one webhook after the other
        private void accept() {
            while (!listener.isClosed()) {
                try {
                    Socket connection = listener.accept();
                    int index;
                    synchronized (this) {
                        connections.add(connection);
                        index = requestsPerConnection.size();
                        requestsPerConnection.add(0);
                    }
                    serve(connection, index);
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void serve(Socket connection, int index) throws IOException {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            String head;
            while ((head = head(in)) != null) {
                synchronized (this) {
                    requestHeads.add(head);
                    requestsPerConnection.set(index, requestsPerConnection.get(index) + 1);
                    if (requestsPerConnection.get(index) > 1) {
                        connection.close();
                        return;
                    }
                }
                in.readNBytes(contentLength(head));
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        }

        /** The request line and headers, or {@code null} once the client has closed the connection. */
        private static String head(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            int b;
            while (!head.toString().endsWith("\r\n\r\n")) {
                if ((b = in.read()) == -1) {
                    return null;
                }
                head.append((char) b);
            }
            return head.toString();
        }

        private static int contentLength(String head) {
            return head.lines().filter(line -> line.toLowerCase().startsWith("content-length:"))
                    .map(line -> Integer.parseInt(line.substring(15).trim())).findFirst().orElse(0);
        }

        @Override
        public void close() throws IOException {
            listener.close();
            synchronized (this) {
                for (Socket connection : connections) {
                    connection.close();
                }
            }
        }
    }

    /** A key and its self-signed certificate for {@code san} (such as {@code DNS:localhost}), made by keytool. */
    private static KeyStore selfSignedFor(String san, Path dir) throws Exception {
        Path store = dir.resolve("merchant.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "merchant", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=merchant", "-ext", "SAN=" + san, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "password", "-keypass", "password")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).as("keytool ended").isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "password".toCharArray());
        }
        return keys;
    }

    private static HttpsServer httpsMerchant() throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "password".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = "{\"received\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return server;
    }

    /** A TLS context that trusts the merchant's certificate alone. */
    private static SSLContext trustingTheMerchant() {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("merchant", keys.getCertificate("merchant"));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
