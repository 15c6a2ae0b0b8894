package io.github.fakexendit.internal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code --webhook-url} reaches the server's settings (a run that starts would block, so a bad URL shows it). */
class StandaloneWebhookUrlTest {

    @Test
    void aWebhookUrlThatIsNotAnHttpUrlStopsTheStart() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Main.run(
                new String[] {"--port", "0", "--webhook-url", "shop.example/webhooks"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot start")
                .contains("absolute http or https URL").contains("shop.example/webhooks");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
