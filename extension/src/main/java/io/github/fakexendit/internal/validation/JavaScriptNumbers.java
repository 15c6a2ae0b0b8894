package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import java.math.BigDecimal;

/**
 * Numbers as Xendit's validator sees them: its JSON parser reads every number into a JavaScript double before
 * the schema is checked. A number too large for a double is {@code Infinity}, which is no number to the schema
 * ({@code 1e400}: "must be number"); one too small is zero ({@code -1e-400} passes {@code minimum: 0});
 * digits beyond a double's precision are lost ({@code 1.0000000000000001} is the integer 1).
 *
 * <p>A number whose double is the same value keeps its text ({@code 10000.50} is echoed as sent); one whose
 * double is another value becomes that value; one beyond a double's range is left for the schema to refuse.
 */
final class JavaScriptNumbers {

    /** The largest magnitude up to which a double holds every integer. */
    private static final long EXACT_LONG = 1L << 53;

    private JavaScriptNumbers() {
    }

    /** Whether the schema's {@code number} type admits this value: a double holds it, not as an infinity. */
    static boolean isFinite(JsonNode number) {
        return Double.isFinite(number.doubleValue());
    }

    /** Whether {@link #read} leaves every number of {@code tree} as it is. */
    static boolean unchanged(JsonNode tree) {
        if (tree.isNumber()) {
            return asDouble(tree) == tree;
        }
        if (tree.isContainerNode()) {
            for (JsonNode value : tree) {
                if (!unchanged(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Replaces, in place, every number of {@code tree} by the value a JavaScript double gives it. */
    static void read(JsonNode tree) {
        if (tree instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                JsonNode value = field.getValue();
                if (value.isNumber()) {
                    field.setValue(asDouble(value));
                } else {
                    read(value);
                }
            });
        } else if (tree instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isNumber()) {
                    array.set(i, asDouble(value));
                } else {
                    read(value);
                }
            }
        }
    }

    private static boolean isExact(long integer) {
        return integer >= -EXACT_LONG && integer <= EXACT_LONG;
    }

    private static JsonNode asDouble(JsonNode number) {
        // every int, and every long within 2^53, is a double exactly: the same value (and the common case)
        if (number instanceof IntNode || number instanceof LongNode && isExact(number.longValue())) {
            return number;
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            return number;
        }
        // the shortest decimal that reads back as the same double, as JavaScript prints it
        BigDecimal read = new BigDecimal(Double.toString(value));
        if (read.compareTo(number.decimalValue()) == 0) {
            return number;
        }
        BigDecimal whole = read.stripTrailingZeros();
        if (whole.scale() <= 0 && whole.precision() - whole.scale() <= 18) {
            // the node the parser would make of the number written out: an int where it fits
            long integer = whole.longValueExact();
            return integer == (int) integer ? Json.NODES.numberNode((int) integer) : Json.NODES.numberNode(integer);
        }
        return DecimalNode.valueOf(read);
    }
}
