package io.github.fakexendit.internal.settings;

import io.github.fakexendit.FakeXenditServerBuilder;
import io.github.fakexendit.Webhooks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One setting of a server, declared once: the builder method that sets it, the standalone flag and the
 * {@code @FakeXendit} attribute that reach it (where there is one), and how a flag's text becomes its value.
 * {@code Main} and the JUnit extension read flags and attributes through {@link #ALL}; {@code SettingsTest} checks
 * that every builder method, attribute and flag is here and that the docs name them.
 *
 * <p>Java cannot generate the builder's methods or the annotation's attributes, so those two are still written by
 * hand; everything between them and the server is this list.
 *
 * @param builderMethod the {@code FakeXenditServerBuilder} method it calls
 * @param flag          the standalone flag, or {@code null} if the jar has none
 * @param attribute     the {@code @FakeXendit} attribute, or {@code null} if the annotation has none
 * @param kind          how a flag's text is read; a {@link Kind#SWITCH} flag takes no value, a {@link Kind#REPEATED}
 *                      one may be given many times
 * @param apply         sets the value (as {@code kind} reads it, or as the attribute holds it) on a builder; it
 *                      may refuse a value with an {@link IllegalArgumentException}, which the jar and the
 *                      extension report as a bad setting
 */
public record Setting(String builderMethod, String flag, String attribute, Kind kind,
                      BiConsumer<FakeXenditServerBuilder, Object> apply) {

    /** What a setting's value is. */
    public enum Kind {
        TEXT(text -> text),
        /** Texts, from a flag given many times (a list) or an attribute that is an array; see {@link #texts}. */
        REPEATED(text -> text),
        NUMBER(null),
        SWITCH(text -> Boolean.TRUE),
        BOOLEAN(Boolean::valueOf),
        MILLIS(Long::valueOf);

        private final Function<String, Object> parse;

        Kind(Function<String, Object> parse) {
            this.parse = parse;
        }
    }

    /** Every setting, in the order the builder documents them. */
    public static final List<Setting> ALL = List.of(
            new Setting("host", "--host", null, Kind.TEXT, (b, v) -> b.host((String) v)),
            new Setting("port", "--port", "port", Kind.NUMBER, (b, v) -> b.port((Integer) v)),
            new Setting("apiKey", "--api-key", "apiKey", Kind.TEXT, (b, v) -> b.apiKey((String) v)),
            new Setting("callbackToken", "--callback-token", "callbackToken", Kind.TEXT,
                    (b, v) -> b.callbackToken((String) v)),
            new Setting("journalCapacity", "--journal-capacity", "journalCapacity", Kind.NUMBER,
                    (b, v) -> b.journalCapacity((Integer) v)),
            new Setting("sessionCapacity", "--session-capacity", "sessionCapacity", Kind.NUMBER,
                    (b, v) -> b.sessionCapacity((Integer) v)),
            new Setting("maxBodyBytes", null, null, Kind.NUMBER, (b, v) -> b.maxBodyBytes(((Number) v).longValue())),
            new Setting("strict", null, "strict", Kind.BOOLEAN, (b, v) -> b.strict((Boolean) v)),
            new Setting("emulateRateLimits", null, "emulateRateLimits", Kind.BOOLEAN,
                    (b, v) -> b.emulateRateLimits((Boolean) v)),
            new Setting("webhookUrl", "--webhook-url", "webhookUrl", Kind.TEXT, (b, v) -> b.webhookUrl((String) v)),
            new Setting("webhookUrl", null, "completedWebhookUrl", Kind.TEXT,
                    (b, v) -> b.webhookUrl(Webhooks.COMPLETED, (String) v)),
            new Setting("webhookUrl", null, "expiredWebhookUrl", Kind.TEXT,
                    (b, v) -> b.webhookUrl(Webhooks.EXPIRED, (String) v)),
            new Setting("webhookUrl", "--event-webhook-url", "eventWebhookUrls", Kind.REPEATED,
                    Setting::eventWebhookUrls),
            new Setting("synchronousWebhooks", null, "synchronousWebhooks", Kind.BOOLEAN,
                    (b, v) -> b.synchronousWebhooks((Boolean) v)),
            new Setting("webhookTimeout", null, "webhookTimeoutMillis", Kind.MILLIS,
                    (b, v) -> b.webhookTimeout(Duration.ofMillis((Long) v))),
            new Setting("allowCustomerReferenceReuse", "--allow-customer-reference-reuse",
                    "allowCustomerReferenceReuse", Kind.SWITCH, (b, v) -> b.allowCustomerReferenceReuse((Boolean) v)),
            new Setting("paymentLinkBaseUrl", "--payment-link-base-url", "paymentLinkBaseUrl", Kind.TEXT,
                    (b, v) -> b.paymentLinkBaseUrl((String) v)),
            new Setting("https", "--https", "https", Kind.SWITCH, (b, v) -> b.https((Boolean) v)),
            new Setting("httpsKeyStore", "--https-keystore", null, Kind.TEXT,
                    (b, v) -> b.httpsKeyStore(Path.of((String) v))),
            new Setting("httpsKeyStorePassword", "--https-keystore-password", null, Kind.TEXT,
                    (b, v) -> b.httpsKeyStorePassword((String) v)));

    /** The texts of a {@link Kind#REPEATED} setting, from the jar's flags or the annotation's array alike. */
    public static List<String> texts(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        return ((List<?>) value).stream().map(String.class::cast).toList();
    }

    /** Each {@code event=url} entry to the builder; an entry of another shape is refused, saying the shape. */
    private static void eventWebhookUrls(FakeXenditServerBuilder builder, Object entries) {
        for (String entry : texts(entries)) {
            int split = entry.indexOf('=');
            if (split <= 0) {
                throw new IllegalArgumentException("--event-webhook-url and @FakeXendit(eventWebhookUrls) take "
                        + "event=url, such as payment.capture=http://127.0.0.1:8081/payments, got '" + entry + "'");
            }
            builder.webhookUrl(entry.substring(0, split), entry.substring(split + 1));
        }
    }

    /** The setting of a standalone flag. */
    public static Optional<Setting> ofFlag(String flag) {
        return ALL.stream().filter(setting -> flag.equals(setting.flag())).findFirst();
    }

    /**
     * A flag's text as this setting's value.
     *
     * @throws IllegalArgumentException saying what the flag needs, for a number that is not one
     */
    public Object parse(String text) {
        if (kind != Kind.NUMBER) {
            return kind.parse.apply(text);
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number, got '" + text + "'");
        }
    }
}
