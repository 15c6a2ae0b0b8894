package io.github.fakexendit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** What every error body of the fake is: Xendit's envelope {@code {"error_code", "message", "errors"?}}. */
public final class XenditEnvelope {

    private static final Set<String> FIELDS = Set.of("error_code", "message", "errors");

    private XenditEnvelope() {
    }

    /** Fails unless {@code body} is JSON text holding a well-formed envelope. */
    public static void assertWellFormed(String body) {
        assertWellFormed(XenditHttp.parse(body));
    }

    public static void assertWellFormed(JsonNode error) {
        assertThat(error.isObject()).as("an error body is a JSON object: %s", error).isTrue();
        assertThat(FIELDS).as("the envelope's fields: %s", error).containsAll(() -> error.fieldNames());
        assertThat(error.path("error_code").asText("")).as("error_code of %s", error).matches("[A-Z][A-Z_]*[A-Z]");
        assertThat(error.path("message").isTextual()).as("message of %s", error).isTrue();
        assertThat(error.path("message").asText()).as("message of %s", error).isNotBlank();
        if (error.has("errors")) {
            assertThat(error.get("errors").isArray() && !error.get("errors").isEmpty())
                    .as("errors of %s", error).isTrue();
            for (JsonNode violation : error.get("errors")) {
                assertThat(violation.size()).as("a violation of %s", error).isEqualTo(2);
                assertThat(violation.path("message").asText("")).as("a violation of %s", error).isNotBlank();
                assertThat(violation.path("path").asText("")).as("a violation of %s", error).startsWith("/body");
            }
        }
    }
}
