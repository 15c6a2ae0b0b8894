package io.github.fakexendit.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.Business;
import io.github.fakexendit.internal.platform.FakeClock;
import io.github.fakexendit.internal.platform.PaymentChannels;
import io.github.fakexendit.internal.sessions.Session;
import io.github.fakexendit.internal.sessions.SessionJson;
import io.github.fakexendit.internal.sessions.SessionService;
import io.github.fakexendit.testing.SessionBodies;
import io.github.fakexendit.testing.XenditEnvelope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The validator and the sessions behind it, without a socket: whatever body arrives, validation answers with
 * a well-formed 4xx or lets it through, and what it lets through is stored and rendered without an error.
 */
class CreateValidationProperties {

    private final FakeClock clock = FakeClock.system();
    private final CreateSessionValidator validator = new CreateSessionValidator();
    private final SessionService sessions = new SessionService(clock);
    private final Business business = new Business("xnd_development_properties", null);

    @Property(tries = 300)
    void everyGeneratedValidBodyIsAccepted(@ForAll("valid") ObjectNode body) throws IOException {
        assertThat(validator.validate(asReceived(body), context())).isEmpty();
    }

    // edge cases of a flat-mapped arbitrary cost more to make than the tries themselves
    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void anyMutatedBodyIsRefusedWithAWellFormed4xxOrStoredAndRendered(@ForAll("mutated") ObjectNode body)
            throws IOException {
        JsonNode received = asReceived(body);
        Optional<ApiError> refusal = validator.validate(received, context());

        Statistics.label("outcome").collect(refusal.map(ApiError::errorCode).orElse("accepted"));
        if (refusal.isPresent()) {
            assertThat(refusal.get().status()).isBetween(400, 499);
            XenditEnvelope.assertWellFormed(refusal.get().toJson());
        } else {
            Session session = sessions.create(business, (ObjectNode) received, "http://127.0.0.1:1");
            assertThat(Json.parse(Json.bytes(SessionJson.render(session)))).isEqualTo(SessionJson.render(session));
        }
    }

    @Property(tries = 500)
    void anyJsonValueAsTheWholeBodyIsRefusedWithAWellFormed400(@ForAll("anyJson") JsonNode body)
            throws IOException {
        Optional<ApiError> refusal = validator.validate(asReceived(body), context());

        assertThat(refusal).isPresent();
        assertThat(refusal.get().status()).isEqualTo(400);
        XenditEnvelope.assertWellFormed(refusal.get().toJson());
    }

    @Provide
    Arbitrary<ObjectNode> valid() {
        return SessionBodies.valid();
    }

    @Provide
    Arbitrary<ObjectNode> mutated() {
        return SessionBodies.mutated();
    }

    @Provide
    Arbitrary<JsonNode> anyJson() {
        return SessionBodies.anyJson();
    }

    private RuleContext context() {
        return new RuleContext(clock.instant(), new PaymentChannels());
    }

    /** The body as the server reads it off the wire. */
    private static JsonNode asReceived(JsonNode body) throws IOException {
        return Json.parse(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
