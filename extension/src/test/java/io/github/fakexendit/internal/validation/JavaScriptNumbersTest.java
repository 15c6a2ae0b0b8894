package io.github.fakexendit.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Integers as a JavaScript double reads them, at the edges of what a double holds exactly (2^53) and of what a
 * long holds: below the edge a number is kept as sent, beyond it it becomes the double's value.
 */
class JavaScriptNumbersTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                    | 0                     | true
            -1                   | -1                    | true
            2147483647           | 2147483647            | true
            -2147483648          | -2147483648           | true
            2147483648           | 2147483648            | true
            9007199254740992     | 9007199254740992      | true
            -9007199254740992    | -9007199254740992     | true
            9007199254740993     | 9007199254740992      | false
            -9007199254740993    | -9007199254740992     | false
            9007199254740994     | 9007199254740994      | true
            9223372036854775807  | 9223372036854776000   | false
            -9223372036854775808 | -9223372036854776000  | false
            9223372036854775808  | 9223372036854776000   | false
            10000.50             | 10000.50              | true
            1.0000000000000001   | 1                     | false
            """)
    void anIntegerIsKeptUnlessADoubleHoldsAnotherValue(String sent, String read, boolean unchanged)
            throws IOException {
        JsonNode body = Json.parse(("{\"amount\":" + sent + ",\"items\":[" + sent + "]}")
                .getBytes(StandardCharsets.UTF_8));
        JsonNode before = body.get("amount");

        assertThat(JavaScriptNumbers.unchanged(body)).isEqualTo(unchanged);
        JavaScriptNumbers.read(body);

        assertThat(body.get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal(read));
        assertThat(body.get("items").get(0).decimalValue()).isEqualByComparingTo(new BigDecimal(read));
        assertThat(body.get("amount") == before).as("the node as parsed").isEqualTo(unchanged);
    }
}
