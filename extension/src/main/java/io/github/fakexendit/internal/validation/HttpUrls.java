package io.github.fakexendit.internal.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a text is an absolute {@code http}/{@code https} URL with an authority, answered exactly as
 * {@link URI#URI(String)} answers it (RFC 2396 with its deviations: escapes {@code %XX}, visible non-ASCII
 * characters, an authority that is a server or else a registry name) but without building one, since every
 * create request asks several times. An authority with {@code [} or {@code ]} (an IPv6 literal, or an
 * error) is left to {@link URI}, whose IPv6 rules are not repeated here.
 */
final class HttpUrls {

    private static final String ALPHANUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String UNRESERVED = ALPHANUM + "-_.!~*'()";
    /** reg_name: what an authority may hold when brackets are not involved (a server's characters are among them). */
    private static final boolean[] AUTHORITY = ascii(UNRESERVED + "$,;:@&=+");
    private static final boolean[] PATH = ascii(UNRESERVED + ":@&=+$," + ";/");
    /** uric: the query's and the fragment's characters. */
    private static final boolean[] URIC = ascii(UNRESERVED + ";/?:@&=+$,[]");

    private HttpUrls() {
    }

    /**
     * Whether {@code new URI(text)} parses, with the scheme {@code https} (any case), or {@code http} too if
     * {@code plainHttp}, and a non-blank authority.
     */
    static boolean isAbsolute(String text, boolean plainHttp) {
        int n = text.length();
        int colon = schemeEnd(text, n);
        if (!(colon == 5 && isScheme(text, "https") || plainHttp && colon == 4 && isScheme(text, "http"))) {
            return false;
        }
        // "scheme:" without "//" is opaque or has no authority; "scheme://" followed by nothing has none either
        int start = colon + 3;
        if (!text.startsWith("//", colon + 1)) {
            return false;
        }
        int end = start;
        while (end < n && "/?#".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (end == start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '[' || c == ']') {
                return byUri(text, plainHttp);
            }
        }
        if (!scan(text, start, end, AUTHORITY)) {
            return false;
        }
        int path = end;
        while (end < n && text.charAt(end) != '?' && text.charAt(end) != '#') {
            end++;
        }
        if (!scan(text, path, end, PATH)) {
            return false;
        }
        if (end < n && text.charAt(end) == '?') {
            int query = end + 1;
            end = text.indexOf('#', query);
            end = end < 0 ? n : end;
            if (!scan(text, query, end, URIC)) {
                return false;
            }
        }
        return end == n || scan(text, end + 1, n, URIC);
    }

    /** The index of the scheme's colon, which comes before any '/', '?' or '#'; -1 if there is none. */
    private static int schemeEnd(String text, int n) {
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (c == '/' || c == '?' || c == '#') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the text starts with {@code lowerCase} in any case of its ASCII letters (and no other letters). */
    private static boolean isScheme(String text, String lowerCase) {
        for (int i = 0; i < lowerCase.length(); i++) {
            if ((text.charAt(i) | 0x20) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every character of {@code [start, end)} is allowed, an escape {@code %XX} or a visible non-ASCII one. */
    private static boolean scan(String text, int start, int end, boolean[] allowed) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128 && allowed[c]) {
                continue;
            }
            if (c == '%') {
                if (i + 3 > end || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c <= 128 || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }

    /** The answer of {@link URI} itself, for the authorities whose rules are not repeated here. */
    static boolean byUri(String text, boolean plainHttp) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            return ("https".equals(scheme) || plainHttp && "http".equals(scheme))
                    && uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean[] ascii(String characters) {
        boolean[] allowed = new boolean[128];
        for (char c : characters.toCharArray()) {
            allowed[c] = true;
        }
        return allowed;
    }
}
