package io.github.fakexendit.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.examples.springboot.XenditWebhookController.Data;
import io.github.fakexendit.examples.springboot.XenditWebhookController.Webhook;
import org.junit.jupiter.api.Test;

/** The controller on its own, for what the application test cannot set up: a shop with no token configured. */
class XenditWebhookControllerTest {

    @Test
    void withoutAConfiguredTokenEveryWebhookIsRefused() {
        Orders orders = new Orders();
        orders.awaitPayment("order-1", 10_000, "ps-1");
        XenditWebhookController controller = new XenditWebhookController(
                new XenditProperties("https://api.xendit.co", "xnd_development_key", ""), orders, new Warehouse(),
                null);

        int status = controller.receive("", new Webhook("payment_session.completed",
                new Data("ps-1", "PAY", "order-1", "py-1", "pr-1", null, "AUTOMATIC", null, null, null)))
                .getStatusCode().value();

        assertThat(status).isEqualTo(401);
        assertThat(orders.find("order-1").orElseThrow().status()).isEqualTo(Orders.Status.AWAITING_PAYMENT);
    }
}
