package io.github.fakexendit.internal.validation;

import io.github.fakexendit.internal.platform.Violation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * No rule of the schema file can change unnoticed: deleting any keyword, moving any limit by one, dropping any
 * required property, enum value or condition changes the answer to at least one case of the case files that
 * {@link SchemaWordingTest} runs.
 */
class SchemaMutationTest {

    private static final List<String> LIMITS = List.of("minimum", "maximum", "minLength", "maxLength", "minItems",
            "maxItems");

    /** A changed copy of the schema file, and what was changed. */
    private record Mutant(String change, JsonNode schema) {
    }

    @Test
    void everyRuleOfTheSchemaFileIsPinnedByACase() {
        JsonNode original = Json.resource(JsonSchema.class, "create-session.schema.json");
        List<JsonNode> bodies = caseBodies();
        List<String> expected = answers(JsonSchema.of(original), bodies);

        List<Mutant> mutants = new ArrayList<>();
        mutate(original, "", mutants, original);
        List<String> unnoticed = mutants.parallelStream()
                .filter(mutant -> !noticed(JsonSchema.of(mutant.schema()), bodies, expected))
                .map(Mutant::change)
                .toList();
        assertThat(mutants.size()).isGreaterThan(300);
        assertThat(unnoticed).as("schema changes no case notices").isEmpty();
    }

    /** Every body of the case files, each value of the enum cases, and a body that is not an object. */
    private static List<JsonNode> caseBodies() {
        List<JsonNode> bodies = new ArrayList<>();
        Bodies.rows("/validation/schema-violations.csv").forEach(row -> bodies.add(Bodies.changed(row[1])));
        Bodies.rows("/validation/schema-passes.csv").forEach(row -> bodies.add(Bodies.changed(row[1])));
        for (String[] row : Bodies.rows("/validation/schema-enum-values.csv")) {
            for (String value : row[1].split(" ")) {
                bodies.add(Bodies.changed(row[0].replace("{}", "\"" + value + "\"")));
            }
        }
        bodies.add(Json.NODES.arrayNode());
        return bodies;
    }

    private static List<String> answers(JsonSchema schema, List<JsonNode> bodies) {
        return bodies.stream().map(body -> answer(schema, body)).toList();
    }

    /** Whether some body gets another answer from {@code schema} than expected. */
    private static boolean noticed(JsonSchema schema, List<JsonNode> bodies, List<String> expected) {
        for (int i = 0; i < bodies.size(); i++) {
            if (!answer(schema, bodies.get(i)).equals(expected.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first violation as the API words it, or {@code valid}. */
    private static String answer(JsonSchema schema, JsonNode body) {
        List<Violation> violations = schema.validate(body, "/body");
        return violations.isEmpty() ? "valid" : violations.get(0).fullMessage() + " at " + violations.get(0).path();
    }

    /** Collects the mutants of the schema {@code node} found at {@code where} in {@code root}. */
    private static void mutate(JsonNode node, String where, List<Mutant> out, JsonNode root) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String keyword = entry.getKey();
            String at = where + "/" + keyword;
            JsonNode value = entry.getValue();
            switch (keyword) {
                case "description", "then" -> {
                    // words only; "then" goes with "if"
                }
                case "properties" -> value.properties().forEach(property -> {
                    String propertyAt = at + "/" + property.getKey();
                    out.add(changed(root, "delete " + propertyAt,
                            copy -> ((ObjectNode) at(copy, at)).remove(property.getKey())));
                    mutate(property.getValue(), propertyAt, out, root);
                });
                case "allOf" -> {
                    out.add(changed(root, "delete " + at, copy -> ((ObjectNode) at(copy, where)).remove(keyword)));
                    for (int i = 0; i < value.size(); i++) {
                        int index = i;
                        out.add(changed(root, "delete " + at + "/" + i,
                                copy -> ((ArrayNode) at(copy, at)).remove(index)));
                        mutate(value.get(i), at + "/" + i, out, root);
                    }
                }
                case "if" -> {
                    out.add(changed(root, "delete " + where + " if/then",
                            copy -> ((ObjectNode) at(copy, where)).remove(List.of("if", "then"))));
                    mutate(value, at, out, root);
                    mutate(node.get("then"), where + "/then", out, root);
                }
                default -> {
                    out.add(changed(root, "delete " + at, copy -> ((ObjectNode) at(copy, where)).remove(keyword)));
                    if (keyword.equals("items") || keyword.equals("not")) {
                        mutate(value, at, out, root);
                    }
                    if (LIMITS.contains(keyword)) {
                        for (int delta : new int[] {-1, 1}) {
                            out.add(changed(root, at + " " + (delta > 0 ? "+1" : "-1"), copy ->
                                    ((ObjectNode) at(copy, where)).put(keyword, value.intValue() + delta)));
                        }
                    }
                    if (keyword.equals("required") || keyword.equals("enum")) {
                        for (int i = 0; i < value.size(); i++) {
                            int index = i;
                            out.add(changed(root, "delete " + at + " " + value.get(i),
                                    copy -> ((ArrayNode) at(copy, at)).remove(index)));
                        }
                    }
                }
            }
        }
    }

    private static Mutant changed(JsonNode root, String change, Consumer<JsonNode> edit) {
        JsonNode copy = root.deepCopy();
        edit.accept(copy);
        return new Mutant(change, copy);
    }

    private static JsonNode at(JsonNode root, String pointer) {
        return pointer.isEmpty() ? root : root.at(pointer);
    }
}
