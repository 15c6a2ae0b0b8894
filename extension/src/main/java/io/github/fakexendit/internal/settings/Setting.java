package io.github.fakexendit.internal.settings;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.Webhooks;
import java.time.Duration;
import java.util.ArrayList;
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
 * @param builderMethod the {@code FakeXenditServer.Builder} method it calls
 * @param flag          the standalone flag, or {@code null} if the jar has none
 * @param attribute     the {@code @FakeXendit} attribute, or {@code null} if the annotation has none
 * @param kind          how a flag's text is read; a {@link Kind#SWITCH} flag takes no value
 * @param apply         sets the value (as {@code kind} reads it, or as the attribute holds it) on a builder
 */
public record Setting(String builderMethod, String flag, String attribute, Kind kind,
                      BiConsumer<FakeXenditServer.Builder, Object> apply) {

    /** What a setting's value is. */
    public enum Kind {
        TEXT(text -> text),
        NUMBER(null),
        SWITCH(text -> Boolean.TRUE),
        BOOLEAN(Boolean::valueOf),
        MILLIS(Long::valueOf),
        /** {@code event=url}, repeatable: a list of such entries. */
        EVENT_URLS(Setting::eventUrl);

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
            new Setting("webhookUrl", "--event-webhook-url", "eventWebhookUrls", Kind.EVENT_URLS,
                    Setting::applyEventUrls),
            new Setting("synchronousWebhooks", null, "synchronousWebhooks", Kind.BOOLEAN,
                    (b, v) -> b.synchronousWebhooks((Boolean) v)),
            new Setting("webhookTimeout", null, "webhookTimeoutMillis", Kind.MILLIS,
                    (b, v) -> b.webhookTimeout(Duration.ofMillis((Long) v))),
            new Setting("allowCustomerReferenceReuse", "--allow-customer-reference-reuse",
                    "allowCustomerReferenceReuse", Kind.SWITCH, (b, v) -> b.allowCustomerReferenceReuse((Boolean) v)),
            new Setting("paymentLinkBaseUrl", "--payment-link-base-url", "paymentLinkBaseUrl", Kind.TEXT,
                    (b, v) -> b.paymentLinkBaseUrl((String) v)));

    /** One {@code event=url} entry, checked for its shape: a list of it, so that repeated flags add up. */
    private static Object eventUrl(String entry) {
        int split = entry.indexOf('=');
        if (split <= 0) {
            throw new IllegalArgumentException("--event-webhook-url and @FakeXendit(eventWebhookUrls) take event=url, "
                    + "such as payment.capture=http://127.0.0.1:8081/payments, got '" + entry + "'");
        }
        return List.of(entry);
    }

    /** Each {@code event=url} entry (a list from flags, an array from the annotation) to the builder. */
    private static void applyEventUrls(FakeXenditServer.Builder builder, Object entries) {
        List<?> list = entries instanceof Object[] array ? List.of(array) : (List<?>) entries;
        for (Object entry : list) {
            String text = (String) ((List<?>) eventUrl((String) entry)).get(0);
            int split = text.indexOf('=');
            builder.webhookUrl(text.substring(0, split), text.substring(split + 1));
        }
    }

    /** Two values of one flag given twice: lists add up, anything else the later one wins. */
    public static Object combine(Object earlier, Object later) {
        if (earlier instanceof List<?> first && later instanceof List<?> second) {
            List<Object> both = new ArrayList<>(first);
            both.addAll(second);
            return List.copyOf(both);
        }
        return later;
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
