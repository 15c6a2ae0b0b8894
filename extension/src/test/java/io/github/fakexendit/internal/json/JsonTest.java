package io.github.fakexendit.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fakexendit.testing.Bytes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Json} reads and writes trees with Jackson's streaming API; these tests hold it to what a databind
 * mapper with the same settings (exact decimals, nothing after the value) reads and writes.
 */
class JsonTest {

    private static final ObjectMapper DATABIND = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"amount\": 10000.50, \"zero\": 0.0, \"exp\": 1e3, \"neg\": -0.000, \"small\": 1.5E-7}",
            "{\"int\": 2147483647, \"long\": 2147483648, \"big\": 123456789012345678901234567890, \"neg\": -1}",
            "{\"s\": \"Tiếng Việt \\u00e9 \\\"quoted\\\" \\\\ \\n\\t 😀\", \"empty\": \"\"}",
            "{\"nested\": {\"list\": [1, \"two\", 3.0, true, false, null, [], {}]}, \"null\": null}",
            "{\"repeated\": 1, \"other\": 2, \"repeated\": 3}",
            "[1, 2, 3]", "\"text\"", "42", "4.20", "true", "null", "  {\"spaced\" : 1 }  "})
    void readsAndWritesAsADatabindMapperDoes(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        JsonNode expected = DATABIND.readTree(bytes);

        JsonNode parsed = Json.parse(bytes);

        assertThat(parsed).isEqualTo(expected);
        assertThat(Json.parse(text)).isEqualTo(expected);
        assertThat(Json.bytes(parsed)).isEqualTo(DATABIND.writeValueAsBytes(expected));
        assertThat(Json.compact(parsed)).isEqualTo(DATABIND.writeValueAsString(expected));
        assertThat(Json.pretty(parsed))
                .isEqualTo(DATABIND.writerWithDefaultPrettyPrinter().writeValueAsString(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"requests/one-time-payment.json", "requests/pay-and-save.json",
            "requests/save-payment-method.json", "create-response-example.json"})
    void readsAndWritesTheExamplesAsADatabindMapperDoes(String resource) throws IOException {
        byte[] bytes;
        try (InputStream in = JsonTest.class.getClassLoader().getResourceAsStream(resource)) {
            bytes = in.readAllBytes();
        }

        JsonNode parsed = Json.parse(bytes);

        assertThat(parsed).isEqualTo(DATABIND.readTree(bytes));
        assertThat(Json.bytes(parsed)).isEqualTo(DATABIND.writeValueAsBytes(parsed));
        assertThat(Json.pretty(parsed)).isEqualTo(DATABIND.writerWithDefaultPrettyPrinter().writeValueAsString(parsed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1} trailing", "{\"a\": 1} {}", "[1] 2", "{\"a\": ", "{\"a\" 1}", "{'a': 1}",
            "[1, 2,]", "{\"a\": NaN}", "\"unterminated"})
    void refusesWhatADatabindMapperRefuses(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DATABIND.readTree(bytes)).isInstanceOf(JsonProcessingException.class);

        assertThatThrownBy(() -> Json.parse(bytes)).isInstanceOf(JsonProcessingException.class)
                .satisfies(e -> assertThat(((JsonProcessingException) e).getLocation()).isNotNull());
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not JSON: ");
    }

    /** Overlong forms and encoded surrogates in a name passed Jackson before 2.16, the oldest version supported. */
    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "EDA080", "F888808080", "80", "E282"})
    void refusesBytesThatAreNotUtf8InANameOrAValue(String hex) {
        byte[] bad = HexFormat.of().parseHex(hex);
        for (String[] around : new String[][] {{"{\"a", "b\": 1}"}, {"{\"a\": \"x", "y\"}"}}) {
            byte[] bytes = Bytes.between(around[0], bad, around[1]);

            assertThatThrownBy(() -> Json.parse(bytes)).isInstanceOf(JsonProcessingException.class)
                    .hasMessageStartingWith("Invalid UTF-8: byte 0x" + hex.substring(0, 2).toLowerCase()
                            + " at offset " + around[0].length());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "2021-12-31T23:59:59Z,            2021-12-31T23:59:59.000Z",
            "2025-11-04T15:42:53.811Z,        2025-11-04T15:42:53.811Z",
            "2024-02-29T00:00:00.999999999Z,  2024-02-29T00:00:00.999Z",
            "1970-01-01T00:00:00Z,            1970-01-01T00:00:00.000Z",
            "1969-12-31T23:59:59.5Z,          1969-12-31T23:59:59.500Z",
            "0001-01-01T00:00:00Z,            0001-01-01T00:00:00.000Z",
            "0999-06-15T12:30:45.01Z,         0999-06-15T12:30:45.010Z",
            "9999-12-31T23:59:59.9Z,          9999-12-31T23:59:59.900Z",
            "+10000-01-01T00:00:00Z,          +10000-01-01T00:00:00.000Z",
            "-0001-01-01T00:00:00.0005Z,      -0001-01-01T00:00:00.000Z",
            "2038-01-19T03:14:08.007Z,        2038-01-19T03:14:08.007Z"})
    void writesTimestampsWithExactlyThreeFractionalDigitsAsJavaScriptsToIsoStringDoes(String moment,
                                                                                      String shown) {
        assertThat(Json.timestamp(Instant.parse(moment))).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void readsNoValueAsAMissingNode(String text) throws IOException {
        assertThat(Json.parse(text.getBytes(StandardCharsets.UTF_8)).isMissingNode()).isTrue();
    }
}
