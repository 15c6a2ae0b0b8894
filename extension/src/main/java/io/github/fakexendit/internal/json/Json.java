package io.github.fakexendit.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one JSON configuration of the fake: trees in, trees out, exact decimals, so that amounts echo as they were
 * sent ({@code 10000.50} stays {@code 10000.50}).
 *
 * <p>Trees are read and written with Jackson's streaming API alone. Building a databind {@code ObjectMapper}
 * and looking up its tree (de)serializers costs a fresh JVM about a tenth of a second, a third of the fake's
 * cold start, and the fake has no other use for it.
 */
public final class Json {

    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final JsonFactory FACTORY = new JsonFactory();

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d\\d-\\d\\d)[Tt\\s](\\d\\d:\\d\\d:\\d\\d)(\\.\\d+)?([Zz]|[+-]\\d\\d(?::?\\d\\d)?)");

    /** ISO 8601 with three fractional digits, for years {@link #timestamp} does not write itself. */
    private static final DateTimeFormatter MILLIS_INSTANT = new DateTimeFormatterBuilder()
            .appendInstant(3).toFormatter(Locale.ROOT);

    private Json() {
    }

    /**
     * Parses a whole document: one JSON value and nothing after it but whitespace. Empty input is a missing node.
     *
     * @throws JsonProcessingException on anything else, with the position where it went wrong
     */
    public static JsonNode parse(byte[] bytes) throws IOException {
        requireUtf8(bytes);
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            return document(parser);
        }
    }

    /**
     * Refuses bytes that are not UTF-8. Jackson checks strings as it decodes them, but before 2.16 it let
     * overlong forms and encoded surrogates through in names; the JDK's decoder refuses every malformed form.
     */
    private static void requireUtf8(byte[] bytes) throws JsonParseException {
        if (isAscii(bytes)) {
            return; // ASCII is UTF-8, and most bodies are ASCII: no decoder, no buffer
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports malformed input, replaces nothing
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.min(bytes.length, 1024) + 1);
        CoderResult result;
        while ((result = decoder.decode(in, out.clear(), true)).isOverflow()) {
            // the characters are not needed, only whether the bytes decode
        }
        if (result.isError()) {
            throw new JsonParseException(null, String.format(Locale.ROOT, "Invalid UTF-8: byte 0x%02x at offset %d",
                    bytes[in.position()] & 0xff, in.position()));
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
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
        try (JsonParser parser = FACTORY.createParser(text)) {
            return document(parser);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode document(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return NODES.missingNode();
        }
        JsonNode root;
        try {
            root = value(parser, first);
        } catch (NumberFormatException e) {
            // a number no BigDecimal can hold (1e-2147483649) is reported outside Jackson's exception types
            throw new JsonParseException(parser, "a number is out of range: " + e.getMessage(), e);
        }
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new JsonParseException(parser, "Trailing token (of type " + trailing + ") found after the value: "
                    + "a document holds one JSON value");
        }
        return root;
    }

    /** The value that starts at {@code token}; nesting is bounded by the parser's depth limit. */
    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    object.set(name, value(parser, parser.nextToken())); // a repeated name: the last one wins
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    array.add(value(parser, item));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            // exact: neither a double nor stripped of trailing zeros
            case VALUE_NUMBER_FLOAT -> DecimalNode.valueOf(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        };
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static byte[] bytes(JsonNode node) {
        Output out = OUTPUT.get();
        out.reset();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        out.shrink();
        return bytes;
    }

    /**
     * Each thread's buffer for {@link #bytes}, reused: a rendered session (about 2 KB) costs one array of its
     * exact size, not the doublings of a fresh buffer. One that grew past {@link Output#KEPT} is let go.
     */
    private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

    private static final class Output extends ByteArrayOutputStream {
        static final int KEPT = 16 * 1024;

        Output() {
            super(4 * 1024);
        }

        void shrink() {
            if (buf.length > KEPT) {
                buf = new byte[4 * 1024];
            }
        }
    }

    public static String compact(JsonNode node) {
        StringWriter out = new StringWriter();
        write(out, node, false);
        return out.toString();
    }

    public static String pretty(JsonNode node) {
        StringWriter out = new StringWriter();
        write(out, node, true);
        return out.toString();
    }

    private static void write(Writer out, JsonNode node, boolean pretty) {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            if (pretty) {
                generator.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            write(generator, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    out.writeFieldName(field.getKey());
                    write(out, field.getValue());
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode item : node) {
                    write(out, item);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> out.writeNumber(node.intValue());
                    case LONG -> out.writeNumber(node.longValue());
                    case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
                    case FLOAT -> out.writeNumber(node.floatValue());
                    case DOUBLE -> out.writeNumber(node.doubleValue());
                    case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
                }
            }
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL, MISSING -> out.writeNull();
            case BINARY, POJO -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
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

    /** A number of seconds as a duration, fractions kept down to the nanosecond (finer digits are dropped). */
    public static Duration duration(BigDecimal seconds) {
        return Duration.ofNanos(seconds.movePointRight(9).setScale(0, RoundingMode.DOWN).longValueExact());
    }

    /** A duration as a number of seconds, as {@link #duration(BigDecimal)} reads it: {@code 2}, {@code 0.25}. */
    public static JsonNode seconds(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds())
                .add(BigDecimal.valueOf(duration.getNano(), 9)).stripTrailingZeros();
        return seconds.scale() <= 0 ? NODES.numberNode(seconds.longValueExact()) : DecimalNode.valueOf(seconds);
    }

    /**
     * Xendit's timestamp form: ISO 8601 in UTC with exactly three fractional digits
     * ({@code 2025-11-04T15:42:53.811Z}, and {@code .000Z} on a whole second), as JavaScript's
     * {@code toISOString()} prints it; finer digits are dropped. Written digit by digit for four-digit years:
     * every rendered session has three timestamps, and the formatter allocates a tenth of what a create costs.
     */
    public static String timestamp(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime utc = LocalDateTime.ofEpochSecond(millis.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = utc.getYear();
        if (year < 0 || year > 9999) {
            return MILLIS_INSTANT.format(millis);
        }
        int milli = millis.getNano() / 1_000_000;
        char[] text = new char[24];
        twoDigits(text, 0, year / 100);
        twoDigits(text, 2, year % 100);
        text[4] = '-';
        twoDigits(text, 5, utc.getMonthValue());
        text[7] = '-';
        twoDigits(text, 8, utc.getDayOfMonth());
        text[10] = 'T';
        twoDigits(text, 11, utc.getHour());
        text[13] = ':';
        twoDigits(text, 14, utc.getMinute());
        text[16] = ':';
        twoDigits(text, 17, utc.getSecond());
        text[19] = '.';
        text[20] = (char) ('0' + milli / 100);
        twoDigits(text, 21, milli % 100);
        text[23] = 'Z';
        return new String(text);
    }

    private static void twoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }
}
