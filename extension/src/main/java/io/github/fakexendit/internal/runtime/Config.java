package io.github.fakexendit.internal.runtime;

import io.github.fakexendit.internal.platform.ApiKeys;
import io.github.fakexendit.internal.tls.ServerCertificate;
import io.github.fakexendit.internal.webhooks.WebhookSettings;
import java.time.Duration;

/**
 * How a server is set up when it starts.
 *
 * @param apiKey          the one key accepted, or {@code null} to accept any test-mode secret key
 * @param journalCapacity how many requests the journal keeps before dropping the oldest
 * @param sessionCapacity how many sessions the server holds before forgetting the oldest
 * @param maxBodyBytes    larger request bodies are refused with 413
 * @param emulateRateLimits whether to answer 429 past Xendit's test-mode limit of 60 requests a minute per
 *                          endpoint per account
 * @param webhooks        how webhooks are delivered; their URLs can change while the server runs
 * @param requestTimeout  how long a request may take to arrive in full: a connection whose headers are not in by
 *                        then is closed, a body not in by then is answered with 408
 * @param customerReferencesReusable whether an inline {@code customer} may reuse a {@code reference_id} its
 *                        business used before (the earlier customer is then reused); by default it is refused
 *                        with 409 {@code DUPLICATE_ERROR}
 * @param paymentLinkBase the scheme, host, port and optional path that {@code payment_link_url} starts with, for
 *                        a proxy in front of the fake; {@code null}: the fake's own base URL
 * @param tls             the certificate to serve HTTPS with, or {@code null} for plain HTTP
 */
public record Config(String host, int port, String apiKey, String callbackToken, int journalCapacity,
                     int sessionCapacity, long maxBodyBytes, boolean emulateRateLimits, WebhookSettings webhooks,
                     Duration requestTimeout, boolean customerReferencesReusable, String paymentLinkBase,
                     ServerCertificate tls) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_JOURNAL_CAPACITY = 10_000;
    public static final int DEFAULT_SESSION_CAPACITY = 10_000;
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public Config {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be an address or a name to bind, got '" + host + "'");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, got " + port);
        }
        if (apiKey != null && !ApiKeys.isTestKey(apiKey)) {
            throw new IllegalArgumentException("apiKey must be a test-mode secret key (" + ApiKeys.TEST_PREFIX
                    + "...), got " + (ApiKeys.isLiveKey(apiKey) ? ApiKeys.mask(apiKey) : "'" + apiKey + "'"));
        }
        if (callbackToken == null || callbackToken.isBlank()) {
            throw new IllegalArgumentException("callbackToken must not be blank");
        }
        if (journalCapacity < 0) {
            throw new IllegalArgumentException("journalCapacity must be >= 0, got " + journalCapacity);
        }
        if (sessionCapacity < 1) {
            throw new IllegalArgumentException("sessionCapacity must be >= 1, got " + sessionCapacity);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive, got " + requestTimeout);
        }
        paymentLinkBase = paymentLinkBase == null ? null : PaymentLinkBase.parse(paymentLinkBase);
    }

    public Config(String host, int port, String apiKey, String callbackToken, int journalCapacity,
                  int sessionCapacity, long maxBodyBytes, boolean emulateRateLimits, WebhookSettings webhooks,
                  Duration requestTimeout) {
        this(host, port, apiKey, callbackToken, journalCapacity, sessionCapacity, maxBodyBytes, emulateRateLimits,
                webhooks, requestTimeout, false, null, null);
    }

    public Config(String host, int port, String apiKey, String callbackToken, int journalCapacity,
                  int sessionCapacity, long maxBodyBytes, boolean emulateRateLimits, WebhookSettings webhooks) {
        this(host, port, apiKey, callbackToken, journalCapacity, sessionCapacity, maxBodyBytes, emulateRateLimits,
                webhooks, DEFAULT_REQUEST_TIMEOUT, false, null, null);
    }

    /** {@code https} with a certificate, else {@code http}. */
    public String scheme() {
        return tls != null ? "https" : "http";
    }
}
