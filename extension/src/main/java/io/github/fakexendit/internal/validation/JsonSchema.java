package io.github.fakexendit.internal.validation;

import io.github.fakexendit.internal.platform.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The subset of JSON Schema (with OpenAPI's {@code nullable}) that Xendit's request schema uses, checked the
 * way ajv checks it, so that violations come out in ajv's order and wording: the type first, then the keywords
 * of any type ({@code enum}, {@code not}, {@code allOf}, {@code if}/{@code then}), then those of the value's
 * type ({@code maximum}/{@code minimum}; {@code maxLength}/{@code minLength}/{@code pattern}/{@code format};
 * {@code maxItems}/{@code minItems}/{@code items}; {@code required}/{@code additionalProperties}/{@code properties}),
 * properties in the schema's order. Unknown properties are allowed unless {@code additionalProperties} is
 * {@code false}.
 *
 * <p>Keywords outside that subset make {@link #load} fail, so the schema file cannot silently ask for a rule
 * that is not enforced.
 */
public final class JsonSchema {

    private static final List<String> KEYWORDS = List.of("type", "nullable", "enum", "not", "allOf", "if", "then",
            "minimum", "maximum", "minLength", "maxLength", "pattern", "format", "minItems", "maxItems", "items",
            "required", "additionalProperties", "properties", "description");

    /**
     * The "fast" formats of ajv-formats, which the real service's validator uses by default: a {@code date-time}
     * needs the {@code T} (any case) between date and time, not a space, and is not checked against the calendar
     * (February 30th and hour 24 pass it and are left to the business rules).
     */
    private static final Map<String, Pattern> FORMATS = Map.of(
            "date-time", Pattern.compile(
                    "^\\d\\d\\d\\d-[0-1]\\d-[0-3]\\dt(?:[0-2]\\d:[0-5]\\d:[0-5]\\d|23:59:60)(?:\\.\\d+)?"
                            + "(?:z|[+-]\\d\\d(?::?\\d\\d)?)$", Pattern.CASE_INSENSITIVE),
            "date", Pattern.compile("^\\d\\d\\d\\d-[0-1]\\d-[0-3]\\d$"),
            "email", Pattern.compile(
                    "^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
                            + "(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$", Pattern.CASE_INSENSITIVE));

    private final String type;
    private final boolean nullable;
    private final List<JsonNode> enumValues;
    private final String enumMessage;
    private final BigDecimal minimum;
    private final BigDecimal maximum;
    private final Integer minLength;
    private final Integer maxLength;
    private final Pattern pattern;
    private final String format;
    private final Pattern formatPattern;
    private final Integer minItems;
    private final Integer maxItems;
    private final JsonSchema items;
    private final List<String> required;
    private final boolean closed;
    private final Map<String, JsonSchema> properties;
    /** {@link #properties} as arrays, in the schema's order: what each object checked walks. */
    private final String[] propertyNames;
    private final JsonSchema[] propertySchemas;
    private final JsonSchema not;
    private final List<JsonSchema> allOf;
    private final JsonSchema ifSchema;
    private final JsonSchema thenSchema;

    private JsonSchema(JsonNode node, String where) {
        node.fieldNames().forEachRemaining(keyword -> {
            if (!KEYWORDS.contains(keyword)) {
                throw new IllegalArgumentException("unsupported schema keyword '" + keyword + "' at " + where);
            }
        });
        type = node.path("type").asText(null);
        nullable = node.path("nullable").asBoolean(false);
        enumValues = new ArrayList<>();
        node.path("enum").forEach(enumValues::add);
        List<String> names = new ArrayList<>();
        enumValues.forEach(v -> names.add(v.asText()));
        enumMessage = "must be equal to one of the allowed values: " + String.join(", ", names);
        minimum = node.has("minimum") ? node.get("minimum").decimalValue() : null;
        maximum = node.has("maximum") ? node.get("maximum").decimalValue() : null;
        minLength = node.has("minLength") ? node.get("minLength").intValue() : null;
        maxLength = node.has("maxLength") ? node.get("maxLength").intValue() : null;
        pattern = node.has("pattern") ? Pattern.compile(node.get("pattern").textValue()) : null;
        format = node.path("format").asText(null);
        if (format != null && !FORMATS.containsKey(format)) {
            throw new IllegalArgumentException("unsupported format '" + format + "' at " + where);
        }
        formatPattern = format == null ? null : FORMATS.get(format);
        minItems = node.has("minItems") ? node.get("minItems").intValue() : null;
        maxItems = node.has("maxItems") ? node.get("maxItems").intValue() : null;
        items = node.has("items") ? new JsonSchema(node.get("items"), where + "/items") : null;
        required = new ArrayList<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        JsonNode additional = node.path("additionalProperties");
        if (!additional.isMissingNode() && !additional.isBoolean()) {
            throw new IllegalArgumentException("'additionalProperties' is true or false here, at " + where);
        }
        closed = !additional.asBoolean(true);
        properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.path("properties").properties()) {
            properties.put(e.getKey(), new JsonSchema(e.getValue(), where + "/" + e.getKey()));
        }
        propertyNames = properties.keySet().toArray(new String[0]);
        propertySchemas = properties.values().toArray(new JsonSchema[0]);
        not = node.has("not") ? new JsonSchema(node.get("not"), where + "/not") : null;
        allOf = new ArrayList<>();
        node.path("allOf").forEach(s -> allOf.add(new JsonSchema(s, where + "/allOf/" + allOf.size())));
        if (node.has("if") != node.has("then")) {
            throw new IllegalArgumentException("'if' and 'then' go together (no 'else' here) at " + where);
        }
        ifSchema = node.has("if") ? new JsonSchema(node.get("if"), where + "/if") : null;
        thenSchema = node.has("then") ? new JsonSchema(node.get("then"), where + "/then") : null;
    }

    /** A schema from its JSON, for tests that check the schema file against variations of itself. */
    static JsonSchema of(JsonNode node) {
        return new JsonSchema(node, "schema");
    }

    /** Loads a schema from a classpath resource next to this class. */
    public static JsonSchema load(String resource) {
        return new JsonSchema(Json.resource(JsonSchema.class, resource), resource);
    }

    /** Loads the schemas of a classpath resource next to {@code owner} that names one schema per property. */
    public static Map<String, JsonSchema> loadEach(Class<?> owner, String resource) {
        Map<String, JsonSchema> schemas = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : Json.resource(owner, resource).properties()) {
            schemas.put(e.getKey(), new JsonSchema(e.getValue(), resource + "/" + e.getKey()));
        }
        return Map.copyOf(schemas);
    }

    /** Every violation of {@code value}, located under {@code path} (e.g. {@code /body}), in ajv's order. */
    public List<Violation> validate(JsonNode value, String path) {
        List<Violation> out = new ArrayList<>();
        check(value, new StringBuilder(64).append(path), out);
        return out;
    }

    /**
     * Adds the violations of {@code value} to {@code out}. The location is one builder that each level appends its
     * step to and cuts back after, made into a string only for a violation: most values have none.
     */
    private void check(JsonNode value, StringBuilder path, List<Violation> out) {
        if (value.isNull() && nullable) {
            return;
        }
        if (type != null && !hasType(value)) {
            out.add(Violation.at(path.toString(), "must be " + type));
            return;
        }
        if (!enumValues.isEmpty() && !enumValues.contains(value)) {
            out.add(Violation.at(path.toString(), enumMessage));
        }
        if (not != null && not.violations(value, path).isEmpty()) {
            out.add(Violation.at(path.toString(), "must NOT be valid"));
        }
        for (JsonSchema schema : allOf) {
            schema.check(value, path, out);
        }
        if (ifSchema != null && ifSchema.violations(value, path).isEmpty()) {
            List<Violation> unmet = thenSchema.violations(value, path);
            if (!unmet.isEmpty()) {
                out.addAll(unmet);
                out.add(Violation.at(path.toString(), "must match \"then\" schema"));
            }
        }
        if (value.isNumber()) {
            if (maximum != null || minimum != null) {
                checkNumber(value.decimalValue(), path, out);
            }
        } else if (value.isTextual()) {
            checkString(value.textValue(), path, out);
        } else if (value.isArray()) {
            checkArray(value, path, out);
        } else if (value.isObject()) {
            checkObject(value, path, out);
        }
    }

    private List<Violation> violations(JsonNode value, StringBuilder path) {
        List<Violation> out = new ArrayList<>();
        check(value, path, out);
        return out;
    }

    private boolean hasType(JsonNode value) {
        return switch (type) {
            case "string" -> value.isTextual();
            // a number beyond a double's range is Infinity to the validator, which is neither
            case "number" -> value.isNumber() && JavaScriptNumbers.isFinite(value);
            case "integer" -> value.isNumber() && JavaScriptNumbers.isFinite(value) && (value.isIntegralNumber()
                    || value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            default -> throw new IllegalStateException("unsupported type " + type);
        };
    }

    private void checkNumber(BigDecimal number, StringBuilder path, List<Violation> out) {
        if (maximum != null && number.compareTo(maximum) > 0) {
            out.add(Violation.at(path.toString(), "must be <= " + plain(maximum)));
        }
        if (minimum != null && number.compareTo(minimum) < 0) {
            out.add(Violation.at(path.toString(), "must be >= " + plain(minimum)));
        }
    }

    private void checkString(String text, StringBuilder path, List<Violation> out) {
        if (maxLength != null || minLength != null) {
            // ajv counts code points, not UTF-16 units
            int length = text.codePointCount(0, text.length());
            if (maxLength != null && length > maxLength) {
                out.add(Violation.at(path.toString(), "must NOT have more than " + maxLength + " characters"));
            }
            if (minLength != null && length < minLength) {
                out.add(Violation.at(path.toString(), "must NOT have fewer than " + minLength + " characters"));
            }
        }
        // ajv tests a pattern with RegExp.test: a match anywhere counts, so anchors are the schema's business
        if (pattern != null && !pattern.matcher(text).find()) {
            out.add(Violation.at(path.toString(), "must match pattern \"" + pattern.pattern() + "\""));
        }
        if (formatPattern != null && !formatPattern.matcher(text).matches()) {
            out.add(Violation.at(path.toString(), "must match format \"" + format + "\""));
        }
    }

    private void checkArray(JsonNode array, StringBuilder path, List<Violation> out) {
        if (maxItems != null && array.size() > maxItems) {
            out.add(Violation.at(path.toString(), "must NOT have more than " + maxItems + " items"));
        }
        if (minItems != null && array.size() < minItems) {
            out.add(Violation.at(path.toString(), "must NOT have fewer than " + minItems + " items"));
        }
        if (items != null) {
            int at = path.length();
            for (int i = 0; i < array.size(); i++) {
                items.check(array.get(i), path.append('/').append(i), out);
                path.setLength(at);
            }
        }
    }

    private void checkObject(JsonNode object, StringBuilder path, List<Violation> out) {
        for (String name : required) {
            if (!object.has(name)) {
                out.add(Violation.missing(path.toString(), name));
            }
        }
        if (closed) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!properties.containsKey(name)) {
                    String at = path.toString();
                    out.add(new Violation(at, at + "/" + name, "must NOT have additional properties"));
                }
            }
        }
        int at = path.length();
        for (int i = 0; i < propertyNames.length; i++) {
            JsonNode child = object.get(propertyNames[i]);
            if (child != null) {
                propertySchemas[i].check(child, path.append('/').append(propertyNames[i]), out);
                path.setLength(at);
            }
        }
    }

    /** Numbers as JavaScript prints them: {@code 0}, not {@code 0.0}. */
    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
