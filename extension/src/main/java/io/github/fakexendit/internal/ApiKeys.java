package io.github.fakexendit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Xendit secret keys: how they look, how they travel (HTTP Basic, key as user name), how they are printed. */
public final class ApiKeys {

    public static final String TEST_PREFIX = "xnd_development_";
    public static final String LIVE_PREFIX = "xnd_production_";
    private static final int SHOWN = 4;

    private ApiKeys() {
    }

    public static boolean isTestKey(String key) {
        return key != null && key.startsWith(TEST_PREFIX) && key.length() > TEST_PREFIX.length();
    }

    public static boolean isLiveKey(String key) {
        return key != null && key.startsWith(LIVE_PREFIX);
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
