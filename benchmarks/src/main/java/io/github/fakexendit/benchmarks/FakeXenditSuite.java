package io.github.fakexendit.benchmarks;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.junit.FakeXendit;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A merchant's test suite on {@code @FakeXendit}: 40 test classes of 3 tests, each test creating a session
 * over a connection of its own. Run by {@link SuiteRun}.
 */
final class FakeXenditSuite {

    private FakeXenditSuite() {
    }

    @FakeXendit
    abstract static class ATestClass {

        @Test
        void first(FakeXenditServer server) throws IOException {
            SuiteRun.createSession(server.port());
        }

        @Test
        void second(FakeXenditServer server) throws IOException {
            SuiteRun.createSession(server.port());
        }

        @Test
        void third(FakeXenditServer server) throws IOException {
            SuiteRun.createSession(server.port());
        }
    }

    static final class Class01 extends ATestClass {
    }

    static final class Class02 extends ATestClass {
    }

    static final class Class03 extends ATestClass {
    }

    static final class Class04 extends ATestClass {
    }

    static final class Class05 extends ATestClass {
    }

    static final class Class06 extends ATestClass {
    }

    static final class Class07 extends ATestClass {
    }

    static final class Class08 extends ATestClass {
    }

    static final class Class09 extends ATestClass {
    }

    static final class Class10 extends ATestClass {
    }

    static final class Class11 extends ATestClass {
    }

    static final class Class12 extends ATestClass {
    }

    static final class Class13 extends ATestClass {
    }

    static final class Class14 extends ATestClass {
    }

    static final class Class15 extends ATestClass {
    }

    static final class Class16 extends ATestClass {
    }

    static final class Class17 extends ATestClass {
    }

    static final class Class18 extends ATestClass {
    }

    static final class Class19 extends ATestClass {
    }

    static final class Class20 extends ATestClass {
    }

    static final class Class21 extends ATestClass {
    }

    static final class Class22 extends ATestClass {
    }

    static final class Class23 extends ATestClass {
    }

    static final class Class24 extends ATestClass {
    }

    static final class Class25 extends ATestClass {
    }

    static final class Class26 extends ATestClass {
    }

    static final class Class27 extends ATestClass {
    }

    static final class Class28 extends ATestClass {
    }

    static final class Class29 extends ATestClass {
    }

    static final class Class30 extends ATestClass {
    }

    static final class Class31 extends ATestClass {
    }

    static final class Class32 extends ATestClass {
    }

    static final class Class33 extends ATestClass {
    }

    static final class Class34 extends ATestClass {
    }

    static final class Class35 extends ATestClass {
    }

    static final class Class36 extends ATestClass {
    }

    static final class Class37 extends ATestClass {
    }

    static final class Class38 extends ATestClass {
    }

    static final class Class39 extends ATestClass {
    }

    static final class Class40 extends ATestClass {
    }
}
