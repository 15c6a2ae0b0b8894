package io.github.fakexendit.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/validation.md} says what the code does: each row of its business rules table names a case of
 * {@code rules.csv}, and the row's error code and message are that case's, which {@link CreateRulesTest} checks
 * against the validator. Every rule of the validator has a row.
 */
class ValidationDocTest {

    @Test
    void theBusinessRulesTableMatchesTheTestedCases() throws IOException {
        Map<String, String[]> cases = Bodies.rows("/validation/rules.csv").stream()
                .collect(Collectors.toMap(row -> row[0], Function.identity()));
        List<String[]> rows = ruleRows();

        assertThat(rows).extracting(row -> row[0]).containsOnly(ruleNumbers());
        for (String[] row : rows) {
            String[] tested = cases.get(row[5]);
            assertThat(tested).as("case '%s' of rule %s", row[5], row[0]).isNotNull();
            assertThat(row[2]).isEqualTo("400");
            assertThat(row[3]).as(row[5]).isEqualTo(tested[3]);
            assertThat(row[4]).as(row[5]).isEqualTo(tested[4]);
        }
    }

    /** The cells of the rows of the table whose first column is a rule number, without Markdown emphasis. */
    private static List<String[]> ruleRows() throws IOException {
        Path doc = Path.of(System.getProperty("basedir", "."), "..", "docs", "validation.md");
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(doc)) {
            if (line.matches("\\| \\d+ \\|.*")) {
                String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].replace("**", "").replaceAll("^`|`$", "").trim();
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String[] ruleNumbers() {
        String[] numbers = new String[CreateSessionValidator.RULES.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = String.valueOf(i + 1);
        }
        return numbers;
    }
}
