package io.github.fakexendit.internal.runtime;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The public base of {@code payment_link_url}: where the customer's browser reaches the fake's checkout pages
 * when that is not the fake's own address (an {@code https} proxy, a host name a merchant allow-lists).
 */
final class PaymentLinkBase {

    private PaymentLinkBase() {
    }

    /**
     * The base as links are built from it: an absolute http or https URL with a host, no query or fragment,
     * without a trailing slash ({@code https://pay.shop.test/xendit}).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static String parse(String base) {
        String hint = "The payment link base must be an absolute http or https URL without query or fragment, "
                + "such as https://checkout.shop.test, got '" + base + "'";
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(hint + ": " + e.getMessage(), e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(hint);
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
