package io.github.fakexendit.internal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.FakeXenditServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line in process, for the answers that end it at once; {@code StandaloneJarIT} runs the jar.
 * Every refusal is one line on stderr, nothing on stdout, and a non-zero status.
 */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpListsEveryFlagAndExitsZero() throws InterruptedException {
        int status = run("--help");

        assertThat(status).isZero();
        assertThat(out()).contains("--port", "--host", "--api-key", "--webhook-url", "--event-webhook-url", "--callback-token",
                "--journal-capacity", "--session-capacity", "--payment-link-base-url",
                "--allow-customer-reference-reuse", "--https", "--https-keystore",
                "--https-keystore-password", "--help", "fake-xendit listening on http://HOST:PORT");
        assertThat(err()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--bogus 1                         | unknown flag --bogus",
            "--port                            | --port needs a value",
            "--port abc                        | --port needs a whole number, got 'abc'",
            "--port=                           | --port needs a whole number, got ''",
            "--port 70000                      | port must be 0 (any free port) to 65535, got 70000",
            "8080                              | unexpected argument '8080'",
            "--https-keystore-password pw      | an HTTPS key store password needs the key store",
            "--https-keystore /nonexistent.p12 | cannot read the HTTPS key store /nonexistent.p12",
            "--host=                           | host must be an address or a name to bind, got ''",
            "--journal-capacity -1             | journalCapacity must be >= 0, got -1",
            "--session-capacity 0              | sessionCapacity must be >= 1, got 0",
            "--api-key not_a_key               | apiKey must be a test-mode secret key",
            "--api-key xnd_production_SECRET99 | apiKey must be a test-mode secret key",
            "--callback-token=                 | callbackToken must not be blank",
            "--webhook-url shop.example/hooks  | A webhook URL must be an absolute http or https URL",
            "--event-webhook-url payment.capture | --event-webhook-url and @FakeXendit(eventWebhookUrls) take event=url",
            "--event-webhook-url =http://x.y/  | --event-webhook-url and @FakeXendit(eventWebhookUrls) take event=url",
            "--event-webhook-url invoice.paid=http://x.y/ | Unknown webhook event 'invoice.paid'",
            "--event-webhook-url payment.capture=x | A webhook URL must be an absolute http or https URL",
            "--payment-link-base-url pay.test  | The payment link base must be an absolute http or https URL",
            "--payment-link-base-url ftp://x.y | The payment link base must be an absolute http or https URL"})
    void aBadFlagIsOneLineOnStderrAndExitTwo(String args, String message) throws InterruptedException {
        int status = run(args.split(" "));

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("fake-xendit: " + message).endsWith("(see --help)\n").hasLineCount(1)
                .doesNotContain("SECRET99");
        assertThat(out()).isEmpty();
    }

    @Test
    void aPortInUseIsOneLineOnStderrAndExitOne() throws InterruptedException {
        try (FakeXenditServer taken = FakeXenditServer.start()) {
            int status = run("--port", String.valueOf(taken.port()));

            assertThat(status).isEqualTo(1);
            assertThat(err()).startsWith("fake-xendit: cannot listen on 127.0.0.1:" + taken.port() + ": ")
                    .contains("already in use").hasLineCount(1);
            assertThat(out()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--api-key xnd_production_0123456789SECRET", "--port 0 xnd_production_0123456789SECRET",
            "--api-key=xnd_production_0123456789SECRET"})
    void aLiveKeyOnTheCommandLineIsNeverPrintedInFull(String args) throws InterruptedException {
        int status = run(args.split(" "));

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("fake-xendit: ").doesNotContain("SECRET");
        assertThat(out()).doesNotContain("SECRET");
    }

    private int run(String... args) throws InterruptedException {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
