package io.github.fakexendit.examples.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test when Chromium or its driver is not installed, with a reason that says what to install, the
 * way Testcontainers skips without Docker. With {@code -Dfakexendit.requireTools=true} (as CI runs) the test runs
 * anyway and fails on the missing file instead, so that a build machine without a browser cannot pass by skipping.
 *
 * <pre>{@code
 * @Test
 * @ExtendWith(ChromiumInstalled.class)
 * void needsTheBrowserOfTheNestedClass() { ... }
 * }</pre>
 *
 * <p>{@link Chromium} applies it to a whole class.
 */
public final class ChromiumInstalled implements ExecutionCondition {

    /** The system property that turns "skip without the tool" into "fail without the tool". */
    public static final String REQUIRE_TOOLS = "fakexendit.requireTools";
    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Path> missing = missing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        if (Boolean.getBoolean(REQUIRE_TOOLS)) {
            return ConditionEvaluationResult.enabled(REQUIRE_TOOLS + "=true: runs, and fails for want of "
                    + missing.get());
        }
        return ConditionEvaluationResult.disabled("Skipped: browser test needs Chromium and its driver, and "
                + missing.get() + " is missing. Install them (Debian or Ubuntu: " + INSTALL + ") or run with -D"
                + REQUIRE_TOOLS + "=true to make this a failure.");
    }

    static Path binary() {
        return Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    }

    static Path driver() {
        return Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    }

    /** The first of the browser and its driver that is not an executable file (a dangling link counts as missing). */
    static Optional<Path> missing() {
        return Stream.of(binary(), driver()).filter(path -> !Files.isExecutable(path)).findFirst();
    }
}
