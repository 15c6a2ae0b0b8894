package io.github.fakexendit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;

/**
 * The certificate a server started with HTTPS presents, and what a client needs to trust it: an
 * {@link SSLContext} for JVM clients, the certificate in PEM, and files for tools outside the JVM. The fake never
 * asks a client to skip verification; a client that does not trust this certificate fails the TLS handshake.
 *
 * <pre>{@code
 * @FakeXendit(https = true)
 * class CheckoutOverHttpsTest {
 *     @Test
 *     void createsASession(FakeXenditServer xendit) throws Exception {
 *         HttpClient client = HttpClient.newBuilder().sslContext(xendit.tls().sslContext()).build();
 *         // xendit.baseUrl() is https://127.0.0.1:PORT; curl --cacert xendit.tls().pemFile() works too
 *     }
 * }
 * }</pre>
 *
 * <p>The files are written when first asked for, into a directory of their own, and deleted when the server
 * is closed. Thread-safe.
 */
public final class TlsCertificate {

    static final String TRUST_STORE_PASSWORD = "fake-xendit";

    private final List<X509Certificate> chain;
    private final String pem;
    private final SSLContext sslContext;
    private final KeyStore trustStore;
    /** Guards the written files and their directory. */
    private final Object files = new Object();
    private Path directory;

    TlsCertificate(List<X509Certificate> chain, String pem, SSLContext sslContext, KeyStore trustStore) {
        this.chain = List.copyOf(chain);
        this.pem = pem;
        this.sslContext = sslContext;
        this.trustStore = trustStore;
    }

    /** The certificates the server presents, its own first (one, unless a key store with a chain was given). */
    public List<X509Certificate> certificates() {
        return chain;
    }

    /** A TLS context that trusts this server's certificate and nothing else, for Java's HTTP clients. */
    public SSLContext sslContext() {
        return sslContext;
    }

    /** The certificates in PEM ({@code -----BEGIN CERTIFICATE-----...}). */
    public String pem() {
        return pem;
    }

    /**
     * A PEM file of the certificates, for tools outside the JVM: {@code curl --cacert FILE},
     * {@code NODE_EXTRA_CA_CERTS=FILE}, {@code REQUESTS_CA_BUNDLE=FILE}, {@code SSL_CERT_FILE=FILE}.
     */
    public Path pemFile() {
        synchronized (files) {
            Path file = directory().resolve("fake-xendit.pem");
            if (Files.notExists(file)) {
                write(file, out -> out.write(pem.getBytes(StandardCharsets.US_ASCII)));
            }
            return file;
        }
    }

    /**
     * A PKCS#12 trust store of the certificates, opened by {@link #trustStorePassword()}, for JVM tools
     * ({@code -Djavax.net.ssl.trustStore=FILE}) and anything else that reads key stores.
     */
    public Path trustStore() {
        synchronized (files) {
            Path file = directory().resolve("fake-xendit-truststore.p12");
            if (Files.notExists(file)) {
                write(file, out -> {
                    try {
                        trustStore.store(out, TRUST_STORE_PASSWORD.toCharArray());
                    } catch (GeneralSecurityException e) {
                        throw new IOException(e);
                    }
                });
            }
            return file;
        }
    }

    /** The password of {@link #trustStore()}. */
    public String trustStorePassword() {
        return TRUST_STORE_PASSWORD;
    }

    /** Deletes the files written; the server calls it when it closes. */
    void deleteFiles() {
        synchronized (files) {
            if (directory == null) {
                return;
            }
            try (Stream<Path> written = Files.walk(directory)) {
                written.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // best effort: the files are in the temporary directory
            }
            directory = null;
        }
    }

    private Path directory() {
        if (directory == null) {
            try {
                directory = Files.createTempDirectory("fake-xendit-tls");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the server's certificate", e);
            }
        }
        return directory;
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path file, Writer writer) {
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public String toString() {
        return "TlsCertificate[" + chain.get(0).getSubjectX500Principal() + "]";
    }
}
