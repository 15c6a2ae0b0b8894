package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code components_sdk_key} of a COMPONENTS session is one that Xendit's own Components SDK (npm
 * {@code xendit-components-web}, the package in {@code src/test/components-sdk}) accepts: the test hands it to
 * the SDK's constructor in Node, in a page simulated by jsdom ({@code accept-key.mjs}).
 *
 * <p>It needs Node and the installed package ({@code npm ci --prefix extension/src/test/components-sdk}); without
 * them it is skipped, saying so, unless {@code -Dfakexendit.requireTools=true} (as CI builds), which makes it fail.
 */
@FakeXendit
class ComponentsSdkKeyTest {

    private static final String REQUIRE_TOOLS = "fakexendit.requireTools";
    private static final String INSTALL = "npm ci --prefix extension/src/test/components-sdk";
    private static final Path SDK_DIR = Path.of(System.getProperty("basedir", "."), "src", "test", "components-sdk");

    private final FakeXenditServer server;

    ComponentsSdkKeyTest(FakeXenditServer server) {
        this.server = server;
    }

    @BeforeAll
    static void nodeAndTheSdkAreInstalled() {
        String missing = null;
        if (!Files.isDirectory(SDK_DIR.resolve("node_modules/xendit-components-web"))) {
            missing = "the npm package xendit-components-web is not installed in " + SDK_DIR;
        }
        try {
            if (new ProcessBuilder("node", "--version").start().waitFor() != 0) {
                missing = "node does not run";
            }
        } catch (IOException | InterruptedException e) {
            missing = "Node.js (node) is not on the PATH";
        }
        if (missing != null && !Boolean.getBoolean(REQUIRE_TOOLS)) {
            Assumptions.abort("Skipped: this test runs Xendit's Components SDK in Node, and " + missing
                    + ". Install Node.js, then run: " + INSTALL + " (or run with -D" + REQUIRE_TOOLS
                    + "=true to make this a failure).");
        }
    }

    /** What the SDK's constructor says of {@code key}: "accepted ..." or "refused ...". */
    private static String sdkVerdict(String key) throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", "accept-key.mjs", key).directory(SDK_DIR.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        return out;
    }

    @Test
    void xenditsComponentsSdkAcceptsTheKeyOfAComponentsSession() throws Exception {
        ObjectNode body = SessionsApiTest.minimal("PAY", 10000).put("mode", "COMPONENTS");
        body.putObject("components_configuration").putArray("origins").add("https://shop.example");
        Reply created = new XenditHttp(server.baseUrl(), server.apiKey()).createSession(body);
        String key = created.json().get("components_sdk_key").asText();

        assertThat(sdkVerdict(key)).isEqualTo("accepted " + key.substring(0, "session-".length() + 32));
        // the SDK does check: a key of another shape is refused, with the SDK's own message
        assertThat(sdkVerdict("sdk-" + key.substring(8, 40)))
                .startsWith("refused The componentsSdkKey option has the wrong format");
    }
}
