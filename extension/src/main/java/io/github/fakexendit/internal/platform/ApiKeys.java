package io.github.fakexendit.internal.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Xendit secret keys: how they look, how they travel (HTTP Basic, key as user name), how they are printed. */
public final class ApiKeys {

    public static final String TEST_PREFIX = "xnd_development_";
    public static final String LIVE_PREFIX = "xnd_production_";
    private static final int SHOWN = 4;
    /** A live key anywhere in a text: the prefix and the key characters after it. */
    private static final Pattern LIVE_KEY = Pattern.compile(LIVE_PREFIX + "[A-Za-z0-9_-]*");

    private ApiKeys() {
    }

    public static boolean isTestKey(String key) {
        return key != null && key.startsWith(TEST_PREFIX) && key.length() > TEST_PREFIX.length();
    }

    public static boolean isLiveKey(String key) {
        return key != null && key.startsWith(LIVE_PREFIX);
    }

    /**
     * Whether an {@code Authorization} value carries a live key in any form: as the user name of a Basic
     * header, or in clear, as a Bearer token or a Basic header whose encoding was forgotten would.
     */
    public static boolean carriesLiveKey(String authorization) {
        return authorization != null
                && (authorization.contains(LIVE_PREFIX) || isLiveKey(fromAuthorization(authorization)));
    }

    /** {@code text} with every live key in clear masked, e.g. for a header value or a message that may echo one. */
    public static String redactLiveKeys(String text) {
        if (text == null || !text.contains(LIVE_PREFIX)) {
            return text;
        }
        Matcher keys = LIVE_KEY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (keys.find()) {
            keys.appendReplacement(out, Matcher.quoteReplacement(mask(keys.group())));
        }
        return keys.appendTail(out).toString();
    }

    /** The key of an {@code Authorization: Basic} header, or {@code null} if the header carries none. */
    public static String fromAuthorization(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            String user = colon < 0 ? credentials : credentials.substring(0, colon);
            return user.isEmpty() ? null : user;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    public static String authorization(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    /** A key fit to print: its prefix and first characters, e.g. {@code xnd_development_P4qD****}. */
    public static String mask(String key) {
        if (key == null) {
            return null;
        }
        int prefix = key.startsWith(TEST_PREFIX) ? TEST_PREFIX.length()
                : key.startsWith(LIVE_PREFIX) ? LIVE_PREFIX.length() : 0;
        return key.substring(0, Math.min(key.length(), prefix + SHOWN)) + "****";
    }

    /** An {@code Authorization} header value fit to print: a Basic key is shown masked, anything else hidden. */
    public static String maskAuthorization(String header) {
        String key = fromAuthorization(header);
        if (key != null) {
            return "Basic [" + mask(key) + "]";
        }
        int space = header.indexOf(' ');
        return (space > 0 ? header.substring(0, space + 1) : "") + "****";
    }
}
