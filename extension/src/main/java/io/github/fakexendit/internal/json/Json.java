package io.github.fakexendit.internal.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one Jackson configuration of the fake: exact decimals, so amounts echo as they were sent. */
public final class Json {

    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d\\d-\\d\\d)[Tt\\s](\\d\\d:\\d\\d:\\d\\d)(\\.\\d+)?([Zz]|[+-]\\d\\d(?::?\\d\\d)?)");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** Parses a whole document; throws {@link JsonProcessingException} on anything that is not one JSON value. */
    public static JsonNode parse(byte[] bytes) throws IOException {
        try (JsonParser parser = new FiniteNumbers(MAPPER.createParser(bytes))) {
            JsonNode document = MAPPER.readTree(parser);
            return document == null ? MissingNode.getInstance() : document;
        } catch (NumberFormatException e) {
            // a number no BigDecimal can hold (1e-2147483649) is reported outside Jackson's exception types
            throw new JsonParseException(null, "a number is out of range: " + e.getMessage(), e);
        }
    }

    /** A JSON data file shipped next to {@code owner}, such as a schema or a catalog. */
    public static JsonNode resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + owner.getName());
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String compact(JsonNode node) {
        return node.toString();
    }

    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The moment a request's {@code date-time} names, in any form the request validator's format accepts
     * ({@code T}, {@code t} or a space between date and time; offsets {@code Z}, {@code z}, {@code +07},
     * {@code +0700}, {@code +07:00}); empty if it names none (February 30th, hour 24, a leap second).
     */
    public static Optional<Instant> instant(String dateTime) {
        Matcher parts = DATE_TIME.matcher(dateTime);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String offset = parts.group(4).toUpperCase(Locale.ROOT).replace(":", "");
        if (!offset.equals("Z")) {
            offset = offset.substring(0, 3) + ":" + (offset.length() == 5 ? offset.substring(3) : "00");
        }
        // Java reads at most nanoseconds; finer digits change nothing the fake shows
        String fraction = parts.group(3) == null ? ""
                : parts.group(3).substring(0, Math.min(10, parts.group(3).length()));
        try {
            String iso = parts.group(1) + "T" + parts.group(2) + fraction + offset;
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Jackson before 2.16 reads a number too large for a double (1e400) as infinity even when asked for
     * decimals, because it takes the overflow for NaN; strict JSON has no NaN, so numbers are never NaN here.
     */
    private static final class FiniteNumbers extends JsonParserDelegate {
        FiniteNumbers(JsonParser parser) {
            super(parser);
        }

        @Override
        public boolean isNaN() {
            return false;
        }
    }

    /** Xendit's timestamp form: ISO 8601 in UTC, whole seconds ({@code 2021-12-31T23:59:59Z}). */
    public static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
