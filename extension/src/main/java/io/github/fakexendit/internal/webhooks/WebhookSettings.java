package io.github.fakexendit.internal.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a server delivers webhooks when it starts; the URLs can be changed while it runs.
 *
 * @param url         where every event goes, or {@code null}
 * @param eventUrls   where single events go, over {@code url}; an event mapped to {@code null} has no URL
 * @param synchronous whether a scripted change returns only after the merchant answered its webhook
 * @param timeout     how long to wait for the merchant's answer before counting the attempt as failed
 */
public record WebhookSettings(URI url, Map<String, URI> eventUrls, boolean synchronous, Duration timeout) {

    /** Xendit counts 30 seconds without an answer as a failure. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public WebhookSettings {
        eventUrls = Collections.unmodifiableMap(new LinkedHashMap<>(eventUrls));
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the webhook timeout must be positive, got " + timeout);
        }
    }

    /**
     * Settings from what a user typed: a URL for every event, or {@code null}, and URLs for single events, which
     * win over it; a single event mapped to {@code null} has no URL.
     *
     * @throws IllegalArgumentException naming the URL that is not valid
     */
    public static WebhookSettings of(String url, Map<String, String> eventUrls, boolean synchronous,
                                     Duration timeout) {
        Map<String, URI> urls = new LinkedHashMap<>();
        eventUrls.forEach((event, eventUrl) -> urls.put(event, eventUrl == null ? null : parseUrl(eventUrl)));
        return new WebhookSettings(url == null ? null : parseUrl(url), urls, synchronous, timeout);
    }

    /**
     * Where each event of {@code catalog} goes at the start; an event without a URL is recorded but not sent.
     *
     * @throws IllegalArgumentException naming an event of the settings that the catalog does not know
     */
    public Map<String, URI> urls(EventCatalog catalog) {
        Map<String, URI> urls = new HashMap<>();
        if (url != null) {
            catalog.names().forEach(event -> urls.put(event, url));
        }
        eventUrls.forEach((event, eventUrl) -> {
            String name = catalog.named(event).name();
            if (eventUrl == null) {
                urls.remove(name);
            } else {
                urls.put(name, eventUrl);
            }
        });
        return urls;
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
