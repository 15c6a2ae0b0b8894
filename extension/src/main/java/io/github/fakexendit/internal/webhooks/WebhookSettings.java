package io.github.fakexendit.internal.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a server delivers webhooks when it starts; the URLs can be changed while it runs.
 *
 * @param urls        where each event goes; an event without a URL is recorded but not sent
 * @param synchronous whether a scripted change returns only after the merchant answered its webhook
 * @param timeout     how long to wait for the merchant's answer before counting the attempt as failed
 */
public record WebhookSettings(Map<WebhookEvent, URI> urls, boolean synchronous, Duration timeout) {

    /** Xendit counts 30 seconds without an answer as a failure. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public WebhookSettings {
        urls = Map.copyOf(urls);
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the webhook timeout must be positive, got " + timeout);
        }
    }

    /**
     * Settings from what a user typed: a URL for both events, or {@code null}, and URLs for single events, which
     * win over it; a single event mapped to {@code null} has no URL.
     *
     * @throws IllegalArgumentException naming the event or URL that is not valid
     */
    public static WebhookSettings of(String url, Map<String, String> eventUrls, boolean synchronous,
                                     Duration timeout) {
        Map<WebhookEvent, URI> urls = new EnumMap<>(WebhookEvent.class);
        if (url != null) {
            URI both = parseUrl(url);
            for (WebhookEvent event : WebhookEvent.values()) {
                urls.put(event, both);
            }
        }
        eventUrls.forEach((event, eventUrl) -> {
            if (eventUrl == null) {
                urls.remove(WebhookEvent.named(event));
            } else {
                urls.put(WebhookEvent.named(event), parseUrl(eventUrl));
            }
        });
        return new WebhookSettings(urls, synchronous, timeout);
    }

    /**
     * A merchant's webhook URL: absolute, {@code http} or {@code https}.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code url}
     */
    public static URI parseUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("A webhook URL must be an absolute http or https URL such as "
                        + "http://127.0.0.1:8081/webhooks/xendit, got '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("A webhook URL must be a valid URL, got '" + url + "': "
                    + e.getMessage(), e);
        }
    }
}
