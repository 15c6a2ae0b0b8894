package io.github.fakexendit.benchmarks;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same suite as {@link FakeXenditSuite} on WireMock's JUnit 5 extension, set up as its documentation shows
 * for a server per class: a static {@code @RegisterExtension} field in each class, with the mappings of the
 * peer configuration. Run by {@link SuiteRun}.
 */
final class WireMockSuite {

    private WireMockSuite() {
    }

    static WireMockExtension extension() {
        return WireMockExtension.newInstance()
                .options(WireMockConfiguration.options()
                        .bindAddress("127.0.0.1")
                        .dynamicPort()
                        .usingFilesUnderClasspath(WireMockPeer.ROOT))
                .build();
    }

    abstract static class ATestClass {

        /** The port of this class's server, from its {@code WIREMOCK} field. */
        int port() {
            try {
                return ((WireMockExtension) getClass().getDeclaredField("WIREMOCK").get(null)).getPort();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void first() throws IOException {
            SuiteRun.createSession(port());
        }

        @Test
        void second() throws IOException {
            SuiteRun.createSession(port());
        }

        @Test
        void third() throws IOException {
            SuiteRun.createSession(port());
        }
    }

    static final class Class01 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class02 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class03 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class04 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class05 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class06 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class07 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class08 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class09 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class10 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class11 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class12 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class13 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class14 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class15 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class16 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class17 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class18 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class19 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class20 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class21 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class22 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class23 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class24 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class25 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class26 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class27 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class28 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class29 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class30 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class31 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class32 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class33 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class34 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class35 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class36 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class37 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class38 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class39 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }

    static final class Class40 extends ATestClass {
        @RegisterExtension
        static final WireMockExtension WIREMOCK = extension();
    }
}
