package io.github.fakexendit.examples.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class one headless Chromium, driven by Selenium, as a {@link org.openqa.selenium.WebDriver}
 * parameter of its constructor, lifecycle and test methods. Before each test the browser forgets its cookies and
 * shows a blank page; after a failed test, a screenshot of what it showed is saved under
 * {@code target/browser-screenshots/}.
 *
 * <pre>{@code
 * @Chromium
 * class CheckoutInBrowserTest {
 *     @Test
 *     void pays(WebDriver browser) {
 *         browser.get(paymentLinkUrl);
 *     }
 * }
 * }</pre>
 *
 * <p>It runs Debian's {@code chromium} and {@code chromium-driver} packages ({@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}; other paths with {@code -Dchromium.binary=...} and {@code -Dchromium.driver=...}),
 * and never downloads a browser or a driver. Without them the tests are skipped, saying what to install; with
 * {@code -Dfakexendit.requireTools=true} (as CI runs) they fail instead ({@link ChromiumInstalled}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ChromiumInstalled.class, ChromiumExtension.class})
public @interface Chromium {
}
