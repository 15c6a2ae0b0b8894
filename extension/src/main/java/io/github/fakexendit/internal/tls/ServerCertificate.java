package io.github.fakexendit.internal.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * What the server presents over TLS: a key and its certificate chain, either made at start (a self-signed
 * P-256 certificate for {@code localhost}, {@code 127.0.0.1}, {@code ::1} and the bound host, valid from a day
 * ago for a year) or read from the merchant's key store. Made only when HTTPS is asked for.
 */
public final class ServerCertificate {

    static final Duration VALIDITY = Duration.ofDays(365);
    private static final String ALIAS = "fake-xendit";
    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    private ServerCertificate(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    /** A new key and a certificate for the loopback names and {@code host}, signed by that key. */
    public static ServerCertificate selfSigned(String host) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            ZonedDateTime now = ZonedDateTime.now();
            byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid("2.5.4.3"), Der.utf8String("localhost"))));
            byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
            byte[] tbs = Der.sequence(
                    Der.explicit(0, Der.integer(BigInteger.TWO)),                      // version 3
                    Der.integer(new BigInteger(128, new SecureRandom()).setBit(127)),  // positive, 16 bytes
                    algorithm,
                    name,
                    Der.sequence(Der.utcTime(now.minusDays(1)), Der.utcTime(now.plus(VALIDITY))),
                    name,
                    keys.getPublic().getEncoded(),                                     // SubjectPublicKeyInfo
                    Der.explicit(3, Der.sequence(
                            extension("2.5.29.17", false, subjectAltNames(host)),
                            extension("2.5.29.15", true, Der.element(0x03, new byte[] {7, (byte) 0x80})),
                            extension("2.5.29.37", false, Der.sequence(Der.oid("1.3.6.1.5.5.7.3.1"))))));
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(tbs);
            byte[] der = Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(der));
            certificate.verify(keys.getPublic());
            return new ServerCertificate(keys.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot make a P-256 certificate for HTTPS", e);
        }
    }

    /**
     * The first key entry of a PKCS#12 or JKS key store, whose password also opens the key.
     *
     * @throws IllegalArgumentException if the file cannot be read, the password is wrong or there is no key
     */
    public static ServerCertificate fromKeyStore(Path file, char[] password) {
        KeyStore store;
        try {
            store = KeyStore.getInstance(file.toFile(), password);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read the HTTPS key store " + file + ": " + e.getMessage(), e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Certificate[] chain = store.getCertificateChain(alias);
                    List<X509Certificate> certificates = new ArrayList<>();
                    for (Certificate certificate : chain) {
                        certificates.add((X509Certificate) certificate);
                    }
                    return new ServerCertificate((PrivateKey) store.getKey(alias, password), certificates);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the key in " + file + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("the HTTPS key store " + file + " holds no private key");
    }

    /** The chain the server presents, its own certificate first. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /**
     * The TLS context the server listens with. Its key manager holds the key as it is: a key store would
     * encrypt it and decrypt it again with 10,000 rounds of PBKDF2 each way, for nothing.
     */
    public SSLContext serverContext() {
        X509Certificate[] certificates = chain.toArray(new X509Certificate[0]);
        X509ExtendedKeyManager keyManager = new X509ExtendedKeyManager() {
            @Override
            public String[] getServerAliases(String keyType, Principal[] issuers) {
                return new String[] {ALIAS};
            }

            @Override
            public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
                return matches(keyType) ? ALIAS : null;
            }

            @Override
            public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
                return matches(keyType) ? ALIAS : null;
            }

            @Override
            public X509Certificate[] getCertificateChain(String alias) {
                return ALIAS.equals(alias) ? certificates.clone() : null;
            }

            @Override
            public PrivateKey getPrivateKey(String alias) {
                return ALIAS.equals(alias) ? key : null;
            }

            @Override
            public String[] getClientAliases(String keyType, Principal[] issuers) {
                return null;
            }

            @Override
            public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
                return null;
            }

            private boolean matches(String keyType) {
                return keyType.equals(key.getAlgorithm()) || keyType.startsWith(key.getAlgorithm() + "_");
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {keyManager}, null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS with the server's key", e);
        }
    }

    /** A key store of the chain's certificates as trusted entries, for clients; its password opens it. */
    public KeyStore trustStore(char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            for (int i = 0; i < chain.size(); i++) {
                store.setCertificateEntry(ALIAS + "-" + i, chain.get(i));
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a trust store of the server's certificate", e);
        }
    }

    /** A TLS context for clients that trusts this chain and nothing else. */
    public SSLContext clientContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore(new char[0]));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS that trusts the server's certificate", e);
        }
    }

    /** The chain in PEM, as curl's {@code --cacert} and Node's {@code NODE_EXTRA_CA_CERTS} read it. */
    public String pem() {
        StringBuilder pem = new StringBuilder();
        for (X509Certificate certificate : chain) {
            try {
                pem.append("-----BEGIN CERTIFICATE-----\n")
                        .append(java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return pem.toString();
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
                : Der.sequence(Der.oid(oid), Der.octetString(value));
    }

    /** dNSName [2] and iPAddress [7] entries: the loopback names, and the bound host unless it is a wildcard. */
    private static byte[] subjectAltNames(String host) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1"));
        String bound = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!Set.of("0.0.0.0", "::").contains(bound)) {
            names.add(bound);
        }
        List<byte[]> entries = new ArrayList<>();
        for (String name : names) {
            byte[] address = literalAddress(name);
            entries.add(address != null ? Der.implicit(7, address)
                    : Der.implicit(2, name.getBytes(StandardCharsets.US_ASCII)));
        }
        return Der.sequence(entries.toArray(new byte[0][]));
    }

    /** The bytes of an IPv4 or IPv6 literal, or {@code null} for a name (never resolved: no DNS at start). */
    private static byte[] literalAddress(String name) {
        boolean literal = name.contains(":") || name.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        if (!literal) {
            return null;
        }
        try {
            return InetAddress.getByName(name).getAddress();
        } catch (UnknownHostException e) {
            throw new UncheckedIOException(e);
        }
    }
}
