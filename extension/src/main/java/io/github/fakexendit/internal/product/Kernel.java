package io.github.fakexendit.internal.product;

import io.github.fakexendit.internal.platform.Customers;
import io.github.fakexendit.internal.platform.FakeClock;
import io.github.fakexendit.internal.platform.PaymentChannels;
import io.github.fakexendit.internal.webhooks.Event;
import java.util.function.Consumer;

/**
 * What the server shares with every product: its clock, the channel catalog and which channels are activated,
 * the customers of every business, where events go, and how to tell the clock that something falls due sooner.
 *
 * @param events    publishes a webhook event (it must be in the catalog the products declared)
 * @param wakeClock tells the clock to look again at the products' due work: call it when something new falls due
 *                  sooner than what was due before
 */
public record Kernel(FakeClock clock, PaymentChannels channels, Customers customers, Consumer<Event> events,
                     Runnable wakeClock) {
}
