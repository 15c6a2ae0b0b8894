package io.github.fakexendit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Create-request bodies for validation tests: a valid PAY session with a customer and an item, changed as a
 * case file says. A change is {@code path=json}, several are separated by {@code ;}, and {@code path=-} removes
 * the field; paths use {@code /} and array indexes ({@code items/0/name}, {@code items/1} to add an item);
 * missing parent objects are made.
 * In values, {@code %65} is a string of 65 {@code a}s and {@code $NAME} one of the {@link #FRAGMENTS}.
 */
final class Bodies {

    static final String BASE = """
            {"reference_id":"order-1","session_type":"PAY","currency":"IDR","amount":10000,
             "mode":"PAYMENT_LINK","country":"ID",
             "customer":{"type":"INDIVIDUAL","reference_id":"c-1","individual_detail":{"given_names":"Lorem"}},
             "items":[{"reference_id":"i-1","type":"PHYSICAL_PRODUCT","name":"Shirt","net_unit_amount":5000,"quantity":1,"category":"CLOTHES"}]}""";

    /** Valid configuration objects, for cases that need one to change or to be present. */
    static final Map<String, String> FRAGMENTS = Map.of(
            "$SUBSCRIPTION", """
                    {"schedule":{"interval":"MONTH","interval_count":1,"anchor_date":"2030-01-01T00:00:00Z"}}""",
            "$CARDS_SESSION_JS", """
                    {"success_return_url":"https://shop.example/ok","failure_return_url":"https://shop.example/ko"}""",
            "$COMPONENTS", """
                    {"origins":["https://shop.example"]}""",
            "$RECURRING", """
                    {"recurring_frequency":30,"recurring_expiry":"2030-12-31"}""");

    private static final Pattern REPEAT = Pattern.compile("%(\\d+)");

    private Bodies() {
    }

    /** The base body with {@code changes} applied in order; {@code null} or {@code -} changes nothing. */
    static ObjectNode changed(String changes) {
        ObjectNode body = (ObjectNode) Json.parse(BASE);
        if (changes == null || changes.equals("-")) {
            return body;
        }
        for (String change : changes.split(";")) {
            String[] parts = change.split("=", 2);
            set(body, parts[0].trim(), parts[1].trim().equals("-") ? null : Json.parse(expand(parts[1].trim())));
        }
        return body;
    }

    private static void set(ObjectNode body, String path, JsonNode value) {
        String[] steps = path.split("/");
        JsonNode parent = body;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
            parent = next != null ? next : ((ObjectNode) parent).putObject(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (parent.isArray() && Integer.parseInt(last) == parent.size()) {
            ((ArrayNode) parent).add(value);
        } else if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    static String expand(String value) {
        for (Map.Entry<String, String> fragment : FRAGMENTS.entrySet()) {
            value = value.replace(fragment.getKey(), fragment.getValue());
        }
        Matcher m = REPEAT.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "a".repeat(Integer.parseInt(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The rows of a case file as the parameterized tests read it ({@code |} between columns, a header line,
     * {@code #} comment lines, {@code -} for no value), for tests that run every case at once.
     */
    static List<String[]> rows(String resource) {
        try (InputStream in = Bodies.class.getResourceAsStream(resource)) {
            List<String> lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(Arrays.stream(line.split("\\|")).map(String::trim)
                            .map(cell -> cell.equals("-") ? null : cell).toArray(String[]::new));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
