package io.github.fakexendit.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.openqa.selenium.WebDriver;

/**
 * A browser test that fails leaves a screenshot; one that finds no Chromium is skipped saying what to install, or
 * fails saying so when the build requires its tools.
 */
class ChromiumExtensionTest {

    private static final Path SCREENSHOT =
            Path.of("target", "browser-screenshots", "FailingBrowserTest.failsOnAPage.png");

    @Test
    @ExtendWith(ChromiumInstalled.class)
    void aFailedTestLeavesAScreenshotUnderTarget() throws IOException {
        Files.deleteIfExists(SCREENSHOT);

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(FailingBrowserTest.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(1).failed(1));

        assertThat(SCREENSHOT).exists();
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void withoutChromiumTheBrowserTestsAreSkippedSayingWhatToInstall() {
        withProperties("/nonexistent/chromium", "false", () ->
                EngineTestKit.engine("junit-jupiter").selectors(selectClass(FailingBrowserTest.class)).execute()
                        .containerEvents().assertThatEvents().haveExactly(1, event(container(FailingBrowserTest.class),
                                skippedWithReason(reason -> reason.contains("/nonexistent/chromium is missing")
                                        && reason.contains("apt-get install -y chromium chromium-driver")))));
    }

    @Test
    void whenToolsAreRequiredAMissingChromiumFailsSayingWhatToInstall() {
        withProperties("/nonexistent/chromium", "true", () ->
                EngineTestKit.engine("junit-jupiter").selectors(selectClass(FailingBrowserTest.class)).execute()
                        .testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
                                instanceOf(ExtensionConfigurationException.class),
                                message(text -> text.contains("/nonexistent/chromium is missing")
                                        && text.contains("apt-get install -y chromium chromium-driver"))))));
    }

    /** Runs with the browser binary and fakexendit.requireTools set, then puts back what the build passed in. */
    private static void withProperties(String binary, String requireTools, Runnable test) {
        Map<String, String> before = new HashMap<>();
        for (String name : List.of("chromium.binary", ChromiumInstalled.REQUIRE_TOOLS)) {
            before.put(name, System.getProperty(name));
        }
        System.setProperty("chromium.binary", binary);
        System.setProperty(ChromiumInstalled.REQUIRE_TOOLS, requireTools);
        try {
            test.run();
        } finally {
            before.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    /** Run only by the tests above (Surefire skips nested classes): it fails on purpose, or for want of a browser. */
    @Chromium
    static class FailingBrowserTest {
        @Test
        void failsOnAPage(WebDriver browser) {
            browser.get("data:text/html,<h1>What the browser showed</h1>");
            throw new AssertionError("a failure, on purpose");
        }
    }
}
