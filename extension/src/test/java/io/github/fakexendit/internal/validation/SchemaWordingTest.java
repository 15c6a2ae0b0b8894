package io.github.fakexendit.internal.validation;

import io.github.fakexendit.internal.platform.Violation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The schema's answers word for word as the real service's validator gives them, one change from a valid
 * session per case: the rows of Xendit's validation wording reference, then every other field rule of the
 * create page ({@code schema-violations.csv}), and what passes ({@code schema-passes.csv}).
 */
class SchemaWordingTest {

    static final JsonSchema SCHEMA = JsonSchema.load("create-session.schema.json");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/validation/schema-violations.csv", delimiter = '|', quoteCharacter = '\'',
            numLinesToSkip = 1, maxCharsPerColumn = 8192)
    void aViolationIsWordedAsXenditWordsIt(String change, String changes, String message, String path) {
        List<Violation> violations = SCHEMA.validate(Bodies.changed(changes), "/body");

        assertThat(violations).as(change).isNotEmpty();
        assertThat(violations.get(0).fullMessage()).isEqualTo(message);
        assertThat(violations.get(0).path()).isEqualTo(path);
        assertThat(ApiError.validation(violations).message()).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/validation/schema-passes.csv", delimiter = '|', quoteCharacter = '\'',
            numLinesToSkip = 1, maxCharsPerColumn = 8192)
    void whatTheSchemaLeavesToBusinessRulesPassesIt(String change, String changes) {
        assertThat(SCHEMA.validate(Bodies.changed(changes), "/body")).as(change).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/validation/schema-enum-values.csv", delimiter = '|', quoteCharacter = '\'',
            numLinesToSkip = 1)
    void everyValueTheCreatePageListsPasses(String template, String values) {
        for (String value : values.split(" ")) {
            String changes = template.replace("{}", "\"" + value + "\"");

            assertThat(SCHEMA.validate(Bodies.changed(changes), "/body")).as(changes).isEmpty();
        }
    }

    @Test
    void everyViolationIsListedInTheValidatorsOrderAndTheMessageIsTheFirst() {
        ObjectNode body = Bodies.changed("session_type=-; reference_id=\"\"; amount=\"lots\"");

        List<Violation> violations = SCHEMA.validate(body, "/body");

        assertThat(violations).extracting(Violation::fullMessage).containsExactly(
                "request/body must have required property 'session_type'",
                "request/body/reference_id must NOT have fewer than 1 characters",
                "request/body/amount must be number");
        assertThat(violations).extracting(Violation::path)
                .containsExactly("/body/session_type", "/body/reference_id", "/body/amount");
        assertThat(ApiError.validation(violations).message())
                .isEqualTo("request/body must have required property 'session_type'");
    }

    @Test
    void anUnmetConditionAlsoReportsTheThenSchemaAsAjvDoes() {
        List<Violation> violations = SCHEMA.validate(
                Bodies.changed("channel_properties/cards/card_on_file_type=\"RECURRING\""), "/body");

        assertThat(violations).extracting(Violation::fullMessage).containsExactly(
                "request/body/channel_properties/cards must have required property 'recurring_configuration'",
                "request/body/channel_properties/cards must match \"then\" schema");
        assertThat(violations).extracting(Violation::path).containsExactly(
                "/body/channel_properties/cards/recurring_configuration", "/body/channel_properties/cards");
    }

    @Test
    void conditionsOnTheBodyComeBeforeItsRequiredPropertiesAsInAjv() {
        List<Violation> violations = SCHEMA.validate(
                Bodies.changed("mode=\"CARDS_SESSION_JS\"; reference_id=-"), "/body");

        assertThat(violations).extracting(Violation::fullMessage).containsExactly(
                "request/body must have required property 'cards_session_js'",
                "request/body must match \"then\" schema",
                "request/body must have required property 'reference_id'");
    }

    @Test
    void aPatternMayMatchAnywhereUnlessTheSchemaAnchorsIt() {
        JsonSchema unanchored = JsonSchema.of(Json.parse("""
                {"type": "string", "pattern": "[0-9]"}"""));

        assertThat(unanchored.validate(Json.NODES.textNode("abc1def"), ""))
                .isEmpty();
        assertThat(unanchored.validate(Json.NODES.textNode("abc"), ""))
                .extracting(Violation::message).containsExactly("must match pattern \"[0-9]\"");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00".repeat(64);

        assertThat(SCHEMA.validate(Bodies.changed("reference_id=\"" + emoji + "\""), "/body")).isEmpty();
    }
}
