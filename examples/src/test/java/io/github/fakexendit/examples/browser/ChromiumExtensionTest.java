package io.github.fakexendit.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.openqa.selenium.WebDriver;

/** A browser test that fails leaves a screenshot; one that finds no Chromium fails saying what to install. */
class ChromiumExtensionTest {

    private static final Path SCREENSHOT =
            Path.of("target", "browser-screenshots", "FailingBrowserTest.failsOnAPage.png");

    @Test
    void aFailedTestLeavesAScreenshotUnderTarget() throws IOException {
        Files.deleteIfExists(SCREENSHOT);

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(FailingBrowserTest.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(1).failed(1));

        assertThat(SCREENSHOT).exists();
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void withoutChromiumTheTestsFailSayingWhatToInstall() {
        System.setProperty("chromium.binary", "/nonexistent/chromium");
        try {
            EngineTestKit.engine("junit-jupiter").selectors(selectClass(FailingBrowserTest.class)).execute()
                    .testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
                            instanceOf(ExtensionConfigurationException.class),
                            message(text -> text.contains("/nonexistent/chromium is missing")
                                    && text.contains("apt-get install -y chromium chromium-driver")))));
        } finally {
            System.clearProperty("chromium.binary");
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
