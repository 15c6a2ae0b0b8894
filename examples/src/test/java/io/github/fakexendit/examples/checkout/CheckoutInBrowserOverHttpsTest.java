package io.github.fakexendit.examples.checkout;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.junit.FakeXendit;
import org.openqa.selenium.WebDriver;

/**
 * The whole redirect flow of {@link CheckoutInBrowserTest}, every test of it, with fake-xendit serving HTTPS as
 * Xendit does: the shop calls an {@code https://} API (trusting the fake's certificate) and the customer pays on
 * the {@code https://} checkout page that {@code payment_link_url} names (the tests check the browser is on it).
 */
@FakeXendit(https = true)
class CheckoutInBrowserOverHttpsTest extends CheckoutInBrowserTest {

    CheckoutInBrowserOverHttpsTest(FakeXenditServer xendit, WebDriver browser) {
        super(xendit, browser);
    }
}
