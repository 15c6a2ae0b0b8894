package io.github.fakexendit.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link HttpUrls} answers as {@code java.net.URI} does ({@link HttpUrlsTest#byUri}) for texts built from the
 * parts of a URL and the characters that trip a parser: schemes in any case, separators, brackets, escapes,
 * spaces, controls, non-ASCII letters and spaces, surrogates.
 */
class HttpUrlsProperties {

    private static final String TRICKY = "aZ09-._~!$&'()*+,;=:@/?#[]%% \t\n\"<>\\^`{|}\u0000\u007f\u0080\u0085\u00a0"
            + "\u00e9\u2028\u3000\u4f8b\ud83d\ude00\ud800";

    @Property(tries = 3000)
    void aTextIsAnHttpsUrlExactlyWhenUriSaysSo(@ForAll("urlLike") String text) {
        assertThat(HttpUrls.isAbsolute(text, false)).as("[%s]", text).isEqualTo(HttpUrlsTest.byUri(text, false));
    }

    @Property(tries = 3000)
    void aTextIsAnHttpOrHttpsUrlExactlyWhenUriSaysSo(@ForAll("urlLike") String text) {
        assertThat(HttpUrls.isAbsolute(text, true)).as("[%s]", text).isEqualTo(HttpUrlsTest.byUri(text, true));
    }

    @Provide
    Arbitrary<String> urlLike() {
        Arbitrary<String> scheme = Arbitraries.of("https", "http", "HTTPS", "Http", "hTtPs", "ftp", "httpss", "", "h");
        Arbitrary<String> separator = Arbitraries.of("://", ":", ":/", "//", ":///", "");
        Arbitrary<String> host = Arbitraries.of("shop.example", "1.2.3.4", "[::1]", "[fe80::1%25eth0]", "[v1.x]",
                "user:pw@shop.example", "shop.example:8443", "@", ":", "", "[", "]", "%41", "b\u00fccher.example");
        Arbitrary<String> noise = Arbitraries.strings().withChars(TRICKY.toCharArray()).ofMaxLength(6);
        Arbitrary<String> rest = Arbitraries.of("", "/", "/a/b", "?q=1", "#top", "/p?q#f", "/%20", "/%2", "?[]");
        return Arbitraries.oneOf(
                Combinators.of(scheme, separator, host, noise, rest),
                Combinators.of(scheme, separator, noise, noise, noise),
                Arbitraries.strings().withChars(TRICKY.toCharArray()).ofMaxLength(20));
    }

    /** Five parts, each one of its arbitrary's values, in order. */
    private static final class Combinators {
        static Arbitrary<String> of(Arbitrary<String> a, Arbitrary<String> b, Arbitrary<String> c,
                                    Arbitrary<String> d, Arbitrary<String> e) {
            return net.jqwik.api.Combinators.combine(a, b, c, d, e).as((v, w, x, y, z) -> v + w + x + y + z);
        }
    }
}
