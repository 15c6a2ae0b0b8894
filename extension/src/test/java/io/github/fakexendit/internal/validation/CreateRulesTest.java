package io.github.fakexendit.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.PaymentChannels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The business rules of {@code POST /sessions} without HTTP: for each rule a failing and a passing case, at the
 * limits, and cases that pin the order of the rules ({@code rules.csv}). Every rule is needed, in its place.
 */
class CreateRulesTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/validation/rules.csv", delimiter = '|', quoteCharacter = '\'', numLinesToSkip = 1,
            nullValues = "-", maxCharsPerColumn = 8192)
    void eachRuleAnswersAsTheCreatePageSays(String name, String changes, String deactivated, String errorCode,
                                            String message) {
        Optional<ApiError> error = new CreateSessionValidator().validate(Bodies.changed(changes), context(deactivated));

        if (errorCode == null) {
            assertThat(error).as(name).isEmpty();
        } else {
            assertThat(error).as(name).hasValueSatisfying(e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.errorCode()).isEqualTo(errorCode);
                assertThat(e.message()).isEqualTo(message);
                assertThat(e.errors()).isEmpty();
            });
        }
    }

    @Test
    void everyRuleIsNeededAndInItsPlace() {
        List<String[]> cases = Bodies.rows("/validation/rules.csv");
        List<String> expected = answers(CreateSessionValidator.RULES, cases);
        List<String> unnoticed = new ArrayList<>();

        List<CreateRule> rules = CreateSessionValidator.RULES;
        for (int i = 0; i < rules.size(); i++) {
            List<CreateRule> without = new ArrayList<>(rules);
            CreateRule dropped = without.remove(i);
            if (answers(without, cases).equals(expected)) {
                unnoticed.add("without " + dropped);
            }
            if (i > 0 && !neverBothApply(rules.get(i - 1), rules.get(i))) {
                List<CreateRule> swapped = new ArrayList<>(rules);
                Collections.swap(swapped, i - 1, i);
                if (answers(swapped, cases).equals(expected)) {
                    unnoticed.add("rules " + (i - 1) + " and " + i + " swapped");
                }
            }
        }

        assertThat(unnoticed).as("rule changes no case notices").isEmpty();
    }

    @Test
    void theSchemaAnswersBeforeAnyRule() {
        Optional<ApiError> error = new CreateSessionValidator().validate(
                Bodies.changed("session_type=\"AUTHORIZATION\"; currency=\"EUR\""), context(null));

        assertThat(error).hasValueSatisfying(e -> assertThat(e.errorCode()).isEqualTo("API_VALIDATION_ERROR"));
    }

    /** INVALID_CUSTOMER_ID needs a {@code customer_id}, which satisfies MISSING_CUSTOMER: their order cannot show. */
    private static boolean neverBothApply(CreateRule first, CreateRule second) {
        return first instanceof CustomerIdPrefix && second instanceof CustomerRequired;
    }

    private static List<String> answers(List<CreateRule> rules, List<String[]> cases) {
        CreateSessionValidator validator = new CreateSessionValidator(rules);
        return cases.stream()
                .map(row -> validator.validate(Bodies.changed(row[1]), context(row[2]))
                        .map(e -> e.errorCode() + ": " + e.message()).orElse("valid"))
                .toList();
    }

    /** The clock at {@link #NOW}, every channel activated but those named (space-separated). */
    private static RuleContext context(String deactivated) {
        PaymentChannels channels = new PaymentChannels();
        if (deactivated != null) {
            channels.deactivate(List.of(deactivated.split(" ")));
        }
        return new RuleContext(NOW, channels);
    }
}
