package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fake's schema errors against the answers of Xendit's own validator, body for body: where the required
 * properties are missing in several places, {@code items[].type}, the patterns the published schema does not
 * have, {@code date-time} forms, and numbers read as JavaScript doubles ({@code 1e400}, {@code -1e-400}).
 *
 * <p>The expected answers in {@code validation/xendit-validator.json} were produced by running
 * express-openapi-validator 5.6.2 over Xendit's published OpenAPI file ({@code payments.yaml} of Xendit's
 * {@code demo-store} repository, {@code server/integrations/payments-api/}), in a scratch directory:
 * <pre>
 * npm init -y &amp;&amp; npm install express-openapi-validator@5.6.2 express@5.1.0
 * node run.mjs payments.yaml cases.json   # cases.json: [{"name", "body"}], body the raw request text
 * </pre>
 * where {@code run.mjs} mounts the validator with its defaults and answers each failure as Xendit does:
 * <pre>
 * app.use(express.json());
 * app.use(OpenApiValidator.middleware({apiSpec: spec, validateRequests: true, validateResponses: false,
 *   validateSecurity: false}));
 * app.post('/sessions', (req, res) =&gt; res.status(201).json({}));
 * app.use((err, req, res, next) =&gt; res.status(err.status).json({message: err.message,
 *   errors: err.errors.map(e =&gt; ({message: e.message, path: e.path}))}));
 * </pre>
 * then POSTs each body and records the status, the message and the first {@code errors[].path}.
 */
@FakeXendit
class XenditValidatorTableTest {

    private final XenditHttp xendit;

    XenditValidatorTableTest(FakeXenditServer server) {
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    static Stream<Arguments> answers() {
        JsonNode table = XenditHttp.parse(XenditHttp.resource("validation/xendit-validator.json"));
        List<Arguments> rows = new ArrayList<>();
        table.get("cases").forEach(row -> rows.add(Arguments.of(row.get("name").asText(), row)));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void theFakeAnswersTheSchemaAsXenditsValidatorDoes(String name, JsonNode row) {
        Reply reply = xendit.createSession(row.get("body").asText());

        if (row.get("status").asInt() == 400) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.json().get("error_code").asText()).isEqualTo("API_VALIDATION_ERROR");
            assertThat(reply.json().get("message").asText()).isEqualTo(row.get("message").asText());
            assertThat(reply.json().get("errors").get(0).get("path").asText()).isEqualTo(row.get("path").asText());
        } else {
            // the schema lets it through: created, or answered by a business rule of the create page
            assertThat(reply.body()).as(reply.toString()).doesNotContain("API_VALIDATION_ERROR");
            assertThat(reply.status()).as(reply.toString()).isIn(201, 400, 409);
        }
    }
}
