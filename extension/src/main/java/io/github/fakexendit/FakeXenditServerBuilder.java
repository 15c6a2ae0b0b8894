package io.github.fakexendit;

import io.github.fakexendit.internal.platform.ApiKeys;
import io.github.fakexendit.internal.runtime.Config;
import io.github.fakexendit.internal.runtime.Engine;
import io.github.fakexendit.internal.tls.ServerCertificate;
import io.github.fakexendit.internal.webhooks.WebhookSettings;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets up a server before it starts: {@link FakeXenditServer#builder()} returns one, each setting returns the
 * builder itself, and {@link #start()} starts the server. Not thread-safe; use one builder per server.
 *
 * <pre>{@code
 * try (FakeXenditServer server = FakeXenditServer.builder()
 *         .apiKey("xnd_development_my_test_key")
 *         .webhookUrl("http://localhost:8080/xendit/webhooks")
 *         .start()) {
 *     // point the merchant's Xendit client at server.baseUrl()
 * }
 * }</pre>
 */
public final class FakeXenditServerBuilder {
    private String host = Config.DEFAULT_HOST;
    private int port;
    private String apiKey;
    private String callbackToken;
    private int journalCapacity = Config.DEFAULT_JOURNAL_CAPACITY;
    private int sessionCapacity = Config.DEFAULT_SESSION_CAPACITY;
    private long maxBodyBytes = Config.DEFAULT_MAX_BODY_BYTES;
    private boolean strict;
    private boolean emulateRateLimits;
    private String webhookUrl;
    private final Map<String, String> eventWebhookUrls = new LinkedHashMap<>();
    private boolean synchronousWebhooks;
    private Duration webhookTimeout = WebhookSettings.DEFAULT_TIMEOUT;
    private boolean customerReferencesReusable;
    private String paymentLinkBaseUrl;
    private boolean https;
    private Path keyStore;
    private String keyStorePassword;

    FakeXenditServerBuilder() {
    }

    /** The address to bind; {@code 127.0.0.1} unless set. */
    public FakeXenditServerBuilder host(String host) {
        this.host = host;
        return this;
    }

    /** The port to bind; 0 (the default) picks a free one. */
    public FakeXenditServerBuilder port(int port) {
        this.port = port;
        return this;
    }

    /** Accept this test-mode secret key ({@code xnd_development_...}) and no other. */
    public FakeXenditServerBuilder apiKey(String apiKey) {
        this.apiKey = apiKey;
        return this;
    }

    /** The webhook verification token; a random one unless set. */
    public FakeXenditServerBuilder callbackToken(String callbackToken) {
        this.callbackToken = callbackToken;
        return this;
    }

    /** How many requests the journal keeps (10,000 unless set); the oldest are dropped beyond it. */
    public FakeXenditServerBuilder journalCapacity(int journalCapacity) {
        this.journalCapacity = journalCapacity;
        return this;
    }

    /**
     * How many sessions the server holds (10,000 unless set); past it the oldest are forgotten, so that a
     * long-running server holds a bounded amount of memory.
     */
    public FakeXenditServerBuilder sessionCapacity(int sessionCapacity) {
        this.sessionCapacity = sessionCapacity;
        return this;
    }

    /** Request bodies larger than this are answered with 413; 1 MiB unless set. */
    public FakeXenditServerBuilder maxBodyBytes(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        return this;
    }

    /**
     * Strict mode: a request the fake rejects (4xx) is a failure unless the test expected it, see
     * {@link FakeXenditServer#expectRejections}. {@code @FakeXendit(strict = true)} checks after each test;
     * a server built here checks when it is {@linkplain FakeXenditServer#close() closed}. Off unless set.
     */
    public FakeXenditServerBuilder strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /**
     * Answer {@code 429 RATE_LIMIT_EXCEEDED} past Xendit's test-mode limit of 60 requests a minute per
     * endpoint per account, with {@code Rate-Limit-*} headers on every answer. Off unless set.
     */
    public FakeXenditServerBuilder emulateRateLimits(boolean emulateRateLimits) {
        this.emulateRateLimits = emulateRateLimits;
        return this;
    }

    /** Where every webhook event goes, of sessions and payments; unless set, webhooks are recorded but not sent. */
    public FakeXenditServerBuilder webhookUrl(String url) {
        this.webhookUrl = url;
        return this;
    }

    /**
     * Where one event goes (such as {@link Webhooks#COMPLETED} or {@link Webhooks#PAYMENT_CAPTURE}), over the URL
     * for all; {@code null}: that event's webhooks are recorded but not sent.
     */
    public FakeXenditServerBuilder webhookUrl(String event, String url) {
        eventWebhookUrls.put(event, url);
        return this;
    }

    /**
     * Whether a scripted change ({@code complete()}, {@code expire()}, a clock move, a redelivery) returns only
     * after the merchant answered the webhooks it caused; {@code false} (the default) sends them in the
     * background, as Xendit does.
     */
    public FakeXenditServerBuilder synchronousWebhooks(boolean synchronous) {
        this.synchronousWebhooks = synchronous;
        return this;
    }

    /** How long the merchant has to answer a webhook before the attempt fails; 30 seconds unless set. */
    public FakeXenditServerBuilder webhookTimeout(Duration timeout) {
        this.webhookTimeout = timeout;
        return this;
    }

    /**
     * Whether a session's inline {@code customer} may use a {@code reference_id} its account used before, the
     * earlier customer then being reused. Off unless set: that is 409 {@code DUPLICATE_ERROR}, as merchants
     * report from Xendit, so a shop that sends a returning customer inline fails in its tests too.
     */
    public FakeXenditServerBuilder allowCustomerReferenceReuse(boolean allow) {
        this.customerReferencesReusable = allow;
        return this;
    }

    /**
     * Serve HTTPS (and nothing else) with a certificate made at start for {@code localhost},
     * {@code 127.0.0.1}, {@code ::1} and the bound host; {@link FakeXenditServer#tls()} gives what clients need
     * to trust it. Plain HTTP unless set.
     */
    public FakeXenditServerBuilder https(boolean https) {
        this.https = https;
        return this;
    }

    /**
     * What {@code payment_link_url} starts with, instead of the fake's own {@code http://127.0.0.1:PORT}: the
     * origin (and optional path) of a proxy in front of the fake, such as {@code https://checkout.shop.test},
     * for code that allow-lists hosts or requires {@code https} before redirecting. The link's path stays
     * {@code /checkout/{payment_session_id}}; the proxy forwards it to {@link FakeXenditServer#baseUrl()}.
     */
    public FakeXenditServerBuilder paymentLinkBaseUrl(String baseUrl) {
        this.paymentLinkBaseUrl = baseUrl;
        return this;
    }

    /**
     * Serve HTTPS with the first key entry of this PKCS#12 or JKS key store instead of a certificate made at
     * start; {@link #httpsKeyStorePassword(String)} opens it and its key.
     */
    public FakeXenditServerBuilder httpsKeyStore(Path keyStore) {
        this.https = true;
        this.keyStore = keyStore;
        return this;
    }

    /** The password of the {@link #httpsKeyStore(Path) key store} and of its key; none unless set. */
    public FakeXenditServerBuilder httpsKeyStorePassword(String password) {
        this.keyStorePassword = password;
        return this;
    }

    /**
     * Starts the server; it accepts requests when this returns.
     *
     * @throws IllegalArgumentException if a setting is invalid
     * @throws RuntimeException         if the port cannot be bound
     */
    public FakeXenditServer start() {
        String token = callbackToken != null ? callbackToken : randomHex(24);
        WebhookSettings webhooks = WebhookSettings.of(webhookUrl, eventWebhookUrls, synchronousWebhooks,
                webhookTimeout);
        if (keyStorePassword != null && keyStore == null) {
            throw new IllegalArgumentException("an HTTPS key store password needs the key store"
                    + " (httpsKeyStore, --https-keystore)");
        }
        ServerCertificate certificate = !https ? null : keyStore != null
                ? ServerCertificate.fromKeyStore(keyStore, keyStorePassword == null ? new char[0]
                        : keyStorePassword.toCharArray())
                : ServerCertificate.selfSigned(host);
        Engine engine = new Engine(new Config(host, port, apiKey, token, journalCapacity, sessionCapacity,
                maxBodyBytes, emulateRateLimits, webhooks, Config.DEFAULT_REQUEST_TIMEOUT,
                customerReferencesReusable, paymentLinkBaseUrl, certificate));
        return new FakeXenditServer(engine, apiKey != null ? apiKey : ApiKeys.TEST_PREFIX + randomHex(20), strict);
    }

    /**
     * Random bytes from the system's source, read directly where there is one: a first {@code SecureRandom}
     * costs a fresh JVM tens of milliseconds of provider set-up before the first server can start.
     */
    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        try (FileInputStream urandom = new FileInputStream("/dev/urandom")) {
            if (urandom.readNBytes(b, 0, bytes) == bytes) {
                return HexFormat.of().formatHex(b);
            }
        } catch (IOException | SecurityException noSystemSource) {
            // another system: SecureRandom below
        }
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
