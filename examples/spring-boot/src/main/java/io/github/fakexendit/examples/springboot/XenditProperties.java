package io.github.fakexendit.examples.springboot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the shop reaches Xendit, from {@code xendit.*} properties.
 *
 * @param baseUrl       Xendit's API, {@code https://api.xendit.co} in production
 * @param secretKey     the secret API key
 * @param callbackToken the webhook verification token of the Xendit dashboard, which every webhook carries
 */
@ConfigurationProperties("xendit")
public record XenditProperties(String baseUrl, String secretKey, String callbackToken) {
}
