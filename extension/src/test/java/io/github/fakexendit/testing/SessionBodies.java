package io.github.fakexendit.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated {@code POST /sessions} bodies for property tests: valid ones across countries, session types and
 * modes with free text in every field that takes it, and mutations of them (a value replaced by any JSON, a
 * field removed or added, the text cut or garbled) that the fake must refuse cleanly or accept and echo.
 */
public final class SessionBodies {

    /** Reads numbers as the fake does, exactly, so that an echoed amount compares equal to the one sent. */
    public static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Request fields that the session object shows exactly as they were sent. */
    public static final List<String> ECHOED = List.of("reference_id", "session_type", "currency", "amount",
            "country", "mode", "description", "items", "metadata", "channel_properties", "allowed_payment_channels",
            "locale", "capture_method", "allow_save_payment_method", "success_return_url", "cancel_return_url",
            "payment_link_configuration", "cards_session_js", "subscription");

    private static final List<String[]> MARKETS = List.of(new String[] {"ID", "IDR"}, new String[] {"PH", "PHP"},
            new String[] {"VN", "VND"}, new String[] {"TH", "THB"}, new String[] {"SG", "SGD"},
            new String[] {"MY", "MYR"});

    /** Fields a mutation may add or replace besides those the body has: every top-level field of the schema. */
    private static final List<String> KNOWN_FIELDS = List.of("reference_id", "customer_id", "customer",
            "session_type", "allow_save_payment_method", "currency", "amount", "mode", "capture_method", "country",
            "channel_properties", "allowed_payment_channels", "expires_at", "locale", "metadata", "description",
            "items", "success_return_url", "cancel_return_url", "payment_link_configuration",
            "components_configuration", "cards_session_js", "subscription", "internal_metadata");

    /** Numbers at the edges of what parsers and validators handle. */
    private static final List<String> ODD_NUMBERS = List.of("0", "-0", "-0.0", "1e400", "-1e400", "1e-400",
            "123456789012345678901234567890123456789012345678901234567890", "9223372036854775808", "0.1", "1.000",
            "2147483648", "-1", "1E+2", "4.9e-324", "1.7976931348623157e308", "100.005", "1e-7");

    /** Built once: making a nested arbitrary costs more than drawing from it, and mutations draw many times. */
    private static final Arbitrary<JsonNode> ANY_JSON = anyJson(3);
    private static final Arbitrary<JsonNode> ANY_NUMBER = number();
    private static final Arbitrary<JsonNode> ANY_TEXT = text(100).map(EXACT.getNodeFactory()::textNode);

    private SessionBodies() {
    }

    /** Bodies that the fake accepts, as long as the clock is near real time. */
    public static Arbitrary<ObjectNode> valid() {
        Arbitrary<String[]> market = Arbitraries.of(MARKETS);
        Arbitrary<String> sessionType = Arbitraries.of("PAY", "SAVE");
        Arbitrary<Boolean> components = Arbitraries.of(false, true);
        Arbitrary<Long> units = Arbitraries.longs().between(1, 10_000_000_000L);
        Arbitrary<Integer> cents = Arbitraries.integers().between(0, 99);
        Arbitrary<ObjectNode> core = Combinators.combine(market, sessionType, components, units, cents, text(64))
                .as((where, type, isComponents, whole, fraction, reference) -> {
                    ObjectNode body = EXACT.createObjectNode().put("reference_id", reference)
                            .put("session_type", type).put("currency", where[1]).put("country", where[0])
                            .put("mode", isComponents ? "COMPONENTS" : "PAYMENT_LINK");
                    boolean decimals = !where[1].equals("IDR") && !where[1].equals("VND");
                    body.put("amount", type.equals("SAVE") ? BigDecimal.ZERO
                            : decimals ? BigDecimal.valueOf(whole * 100 + fraction, 2) : BigDecimal.valueOf(whole));
                    if (isComponents) {
                        body.putObject("components_configuration").putArray("origins").add("https://shop.example");
                    }
                    return body;
                });
        Arbitrary<Optional<String>> description = text(1000).optional();
        Arbitrary<Optional<Map<String, String>>> metadata =
                Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40), text(80))
                        .ofMaxSize(20).optional();
        Arbitrary<List<String>> itemNames = text(255).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Optional<String>> locale = Arbitraries.of("en", "id", "th", "vi", "zh-Hant").optional();
        Arbitrary<Optional<String>> returnPath = Arbitraries.strings().alpha().numeric().ofMaxLength(30).optional();
        Arbitrary<String> customerReference = text(255);
        Arbitrary<String> givenNames = text(50);
        return Combinators.combine(core, description, metadata, itemNames, locale, returnPath, customerReference,
                givenNames).as((body, text, meta, items, language, path, reference, names) -> {
                    text.ifPresent(value -> body.put("description", value));
                    meta.ifPresent(map -> map.forEach(body.putObject("metadata")::put));
                    language.ifPresent(value -> body.put("locale", value));
                    path.ifPresent(value -> body.put("success_return_url", "https://shop.example/" + value)
                            .put("cancel_return_url", "https://shop.example/cancel/" + value));
                    if (body.get("session_type").asText().equals("PAY")) {
                        ArrayNode list = body.putArray("items");
                        for (int i = 0; i < items.size(); i++) {
                            list.addObject().put("reference_id", "item-" + i).put("type", "PHYSICAL_PRODUCT").put("name", items.get(i))
                                    .put("net_unit_amount", 1000).put("quantity", i + 1).put("category", "GOODS");
                        }
                    } else {
                        ObjectNode customer = body.putObject("customer").put("type", "INDIVIDUAL")
                                .put("reference_id", reference);
                        customer.putObject("individual_detail").put("given_names", names);
                    }
                    return body;
                });
    }

    /** Valid bodies with up to three structural changes: any JSON value put anywhere, or a field taken out. */
    public static Arbitrary<ObjectNode> mutated() {
        return valid().flatMap(body -> mutation(body).list().ofMinSize(1).ofMaxSize(3).map(changes -> {
            ObjectNode copy = body.deepCopy();
            changes.forEach(change -> change.applyTo(copy));
            return copy;
        }));
    }

    /**
     * Request bodies as bytes: mostly mutated JSON, some of it cut short, garbled or with a key repeated, and
     * some bytes that are no JSON at all.
     */
    public static Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> json = mutated().map(body -> body.toString().getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> cut = Combinators.combine(json, Arbitraries.integers().between(0, 1000))
                .as((text, at) -> Arrays.copyOf(text, Math.min(text.length, at)));
        Arbitrary<byte[]> garbled = Combinators.combine(json, Arbitraries.integers().between(0, 10_000),
                        Arbitraries.bytes())
                .as((text, at, value) -> {
                    byte[] copy = text.clone();
                    copy[at % copy.length] = value;
                    return copy;
                });
        Arbitrary<byte[]> repeatedKey = valid().map(body -> body.toString()
                .replaceFirst("^\\{", "{\"amount\":\"first\",").getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return Arbitraries.frequencyOf(
                Tuple.of(6, json), Tuple.of(1, cut), Tuple.of(2, garbled),
                Tuple.of(1, repeatedKey), Tuple.of(1, noise));
    }

    /** Any JSON value, nested a few levels, with strings of any characters and numbers at the edges. */
    public static Arbitrary<JsonNode> anyJson() {
        return ANY_JSON;
    }

    private static Arbitrary<JsonNode> anyJson(int depth) {
        Arbitrary<JsonNode> string = Arbitraries.strings().ofMaxLength(70).map(s -> EXACT.getNodeFactory().textNode(s));
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(string, number(),
                Arbitraries.of(true, false).map(b -> EXACT.getNodeFactory().booleanNode(b)),
                Arbitraries.just(EXACT.getNodeFactory().nullNode()));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<JsonNode> array = anyJson(depth - 1).list().ofMaxSize(4).map(values -> {
            ArrayNode node = EXACT.createArrayNode();
            values.forEach(node::add);
            return node;
        });
        Arbitrary<JsonNode> object = Arbitraries.maps(Arbitraries.strings().ofMaxLength(12), anyJson(depth - 1))
                .ofMaxSize(4).map(fields -> {
                    ObjectNode node = EXACT.createObjectNode();
                    fields.forEach(node::set);
                    return node;
                });
        return Arbitraries.frequencyOf(Tuple.of(6, scalar), Tuple.of(1, array),
                Tuple.of(1, object));
    }

    private static Arbitrary<JsonNode> number() {
        return Arbitraries.oneOf(
                Arbitraries.of(ODD_NUMBERS).map(SessionBodies::parse),
                Arbitraries.longs().map(n -> EXACT.getNodeFactory().numberNode(n)),
                Arbitraries.bigDecimals().ofScale(3).map(n -> EXACT.getNodeFactory().numberNode(n)));
    }

    /** One change to a body: a value put at a path (a field of any object in it, or an element), or removed. */
    public record Change(List<String> path, JsonNode value) {

        /** Puts the value in place; a path that an earlier change made lead nowhere changes nothing. */
        void applyTo(ObjectNode body) {
            JsonNode parent = body;
            for (String step : path.subList(0, path.size() - 1)) {
                parent = parent.isArray() ? parent.path(index(step)) : parent.path(step);
            }
            String last = path.get(path.size() - 1);
            if (parent instanceof ObjectNode object) {
                if (value == null) {
                    object.remove(last);
                } else {
                    object.set(last, value);
                }
            } else if (parent instanceof ArrayNode array && index(last) < array.size()) {
                if (value == null) {
                    array.remove(index(last));
                } else {
                    array.set(index(last), value);
                }
            }
        }

        private static int index(String step) {
            return step.chars().allMatch(Character::isDigit) && step.length() < 5 ? Integer.parseInt(step)
                    : Integer.MAX_VALUE;
        }

        @Override
        public String toString() {
            return "/" + String.join("/", path) + (value == null ? " removed" : " = " + value);
        }
    }

    /** A change at a path of the body or a known field: half the time a value of the same kind as the one there. */
    private static Arbitrary<Change> mutation(ObjectNode body) {
        List<List<String>> paths = new ArrayList<>();
        collectPaths(body, new ArrayList<>(), paths);
        KNOWN_FIELDS.forEach(field -> paths.add(List.of(field)));
        return Arbitraries.of(paths).flatMap(path -> {
            JsonNode current = body.at("/" + String.join("/", path).replace("~", "~0"));
            Arbitrary<JsonNode> sameKind = current.isTextual() ? ANY_TEXT : current.isNumber() ? ANY_NUMBER : ANY_JSON;
            // null: the field is taken out
            return Arbitraries.oneOf(sameKind, ANY_JSON).injectNull(0.1).map(value -> new Change(path, value));
        });
    }

    private static void collectPaths(JsonNode node, List<String> prefix, List<List<String>> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                descend(field.getKey(), field.getValue(), prefix, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                descend(String.valueOf(i), node.get(i), prefix, out);
            }
        }
    }

    private static void descend(String step, JsonNode child, List<String> prefix, List<List<String>> out) {
        List<String> path = new ArrayList<>(prefix);
        path.add(step);
        out.add(List.copyOf(path));
        collectPaths(child, path, out);
    }

    /** Strings of 1 to {@code max} characters of any kind: scripts, emoji, controls, quotes, lone surrogates. */
    private static Arbitrary<String> text(int max) {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(max);
    }

    public static JsonNode parse(String json) {
        try {
            return EXACT.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(byte[] json) {
        try {
            return EXACT.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
