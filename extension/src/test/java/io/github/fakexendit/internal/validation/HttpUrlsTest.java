package io.github.fakexendit.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What counts as an absolute HTTP(S) URL, at the edges: each answer is written down, and is what
 * {@code java.net.URI} answers too ({@link #byUri}, the check the rule made before), for a return URL (HTTPS
 * only) and for an item's URL (HTTP too).
 */
class HttpUrlsTest {

    @ParameterizedTest(name = "[{0}] https: {1}, http too: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', emptyValue = "", textBlock = """
            https://shop.example/ok                       | true  | true
            HTTPS://SHOP.EXAMPLE/OK                       | true  | true
            hTtPs://shop.example                          | true  | true
            http://shop.example/ok                        | false | true
            Http://shop.example                           | false | true
            ftp://shop.example/item                       | false | false
            httpx://shop.example                          | false | false
            htt://shop.example                            | false | false
            https+x://shop.example                        | false | false
            ''                                            | false | false
            https                                         | false | false
            https:                                        | false | false
            https:/                                       | false | false
            https://                                      | false | false
            https:///path                                 | false | false
            https://?q                                    | false | false
            https://#f                                    | false | false
            https:shop.example                            | false | false
            https:/shop.example                           | false | false
            //shop.example/path                           | false | false
            /orders/1/paid                                | false | false
            shirt.png                                     | false | false
            not a url                                     | false | false
            :https://shop.example                         | false | false
            https://shop.example:443/ok                   | true  | true
            https://shop.example:                         | true  | true
            https://shop.example:port                     | true  | true
            https://shop.example:99999999999/             | true  | true
            https://:443                                  | true  | true
            https://user:secret@shop.example/ok           | true  | true
            https://user@                                 | true  | true
            https://@                                     | true  | true
            https://a@b@c                                 | true  | true
            https://-shop-.example                        | true  | true
            https://shop_example.com                      | true  | true
            https://1.2.3.4/                              | true  | true
            https://999.2.3.4/                            | true  | true
            https://[::1]/                                | true  | true
            https://[::1]:8443/ok                         | true  | true
            https://[2001:db8::7]                         | true  | true
            https://[fe80::1%25eth0]/                     | true  | true
            https://[fe80::1%eth0]/                       | true  | true
            https://[::1                                  | false | false
            https://::1]/                                 | false | false
            https://[shop.example]/                       | false | false
            https://[]/                                   | false | false
            https://shop example/                         | false | false
            https://shop.example/a b                      | false | false
            ' https://shop.example'                       | false | false
            'https://shop.example '                       | false | false
            https://shop.example/ok?a=b&c=d               | true  | true
            https://shop.example/ok?a=[1]                 | true  | true
            https://shop.example/ok[1]                    | false | false
            https://shop.example/ok?a=b#top               | true  | true
            https://shop.example#top?x=/y                 | true  | true
            https://shop.example/#a#b                     | false | false
            https://shop.example/a%20b                    | true  | true
            https://shop%2Eexample/                       | true  | true
            https://shop.example/a%2                      | false | false
            https://shop.example/a%zz                     | false | false
            https://shop%zz.example/                      | false | false
            https://shop.example/?q=%                     | false | false
            https://shop.example/#%4                      | false | false
            'https://shop.example/a|b'                    | false | false
            https://shop.example/a"b                      | false | false
            https://shop.example/a<b>                     | false | false
            https://shop.example/a{b}                     | false | false
            https://shop.example/a\\\\b                     | false | false
            https://shop.example/a^b                      | false | false
            https://shop.example/a`b                      | false | false
            https://shop.example/~a!$&*()+,;=:@           | true  | true
            'https://shop.example/it''s'                  | true  | true
            https://shop.example/caf\\u00e9                | true  | true
            https://b\\u00fccher.example/                  | true  | true
            https://\\u4f8b\\u3048.jp/                      | true  | true
            https://shop.example/\\ud83d\\ude00             | true  | true
            https://shop.example/a\\u00a0b                 | false | false
            https://shop\\u2028.example/                   | false | false
            https://shop.example/a\\u0085                  | false | false
            https://shop.example/a\\u0080                  | false | false
            https://shop.example/a\\tb                     | false | false
            https://shop.example/a\\nb                     | false | false
            https://shop.example/a\\u0000                  | false | false
            """)
    void anAbsoluteUrlIsWhatUriParsesWithItsSchemeAndAHost(String text, boolean https, boolean httpToo) {
        String url = unescape(text);

        assertThat(HttpUrls.isAbsolute(url, false)).as("HTTPS only").isEqualTo(https).isEqualTo(byUri(url, false));
        assertThat(HttpUrls.isAbsolute(url, true)).as("HTTP too").isEqualTo(httpToo).isEqualTo(byUri(url, true));
    }

    /** The check as it was made with {@code java.net.URI}: what {@link HttpUrls} must answer for every text. */
    static boolean byUri(String text, boolean plainHttp) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null
                    && (plainHttp ? java.util.Set.of("http", "https") : java.util.Set.of("https"))
                            .contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The table's escapes (a backslash before {@code uXXXX}, {@code t}, {@code n} or itself) as what they stand for. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
