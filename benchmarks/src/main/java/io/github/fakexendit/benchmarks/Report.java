package io.github.fakexendit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

/** The side-by-side table of one run, written as Markdown and as JSON. */
final class Report {

    static final String MARKDOWN = "benchmark-results.md";
    static final String JSON = "benchmark-results.json";

    /**
     * A goal for a row: on the ratio fake-xendit ÷ WireMock, or on fake-xendit's own value.
     *
     * @param text what the report prints, e.g. {@code <= 0.4x}
     */
    record Target(String text, boolean onRatio, DoublePredicate met) {

        static Target ratioAtMost(double ratio) {
            return new Target("<= " + ratio + "x", true, r -> r <= ratio);
        }

        static Target ratioAtLeast(double ratio) {
            return new Target(">= " + ratio + "x", true, r -> r >= ratio);
        }

        static Target valueAtMost(double value, String unit) {
            return new Target("<= " + format(value, unit) + " " + unit, false, v -> v <= value);
        }
    }

    /** One measurement for every tool; a missing value is a measurement that does not apply to the tool. */
    record Row(String measurement, String unit, Map<Tool, Double> values, Target target, String note) {

        Double ratio() {
            Double fake = values.get(Tool.FAKE_XENDIT);
            Double wireMock = values.get(Tool.WIREMOCK);
            return fake == null || wireMock == null || wireMock == 0 ? null : fake / wireMock;
        }

        Boolean met() {
            if (target == null) {
                return null;
            }
            Double measured = target.onRatio() ? ratio() : values.get(Tool.FAKE_XENDIT);
            return measured == null ? null : target.met().test(measured);
        }
    }

    private final Settings settings;
    private final Map<String, String> machine;
    private final List<Row> rows = new ArrayList<>();
    private final Map<Tool, List<MemoryRun.Point>> memory = new EnumMap<>(Tool.class);

    Report(Settings settings, Map<String, String> machine) {
        this.settings = settings;
        this.machine = new LinkedHashMap<>(machine);
    }

    void add(String measurement, String unit, Map<Tool, Double> values, Target target, String note) {
        rows.add(new Row(measurement, unit, new EnumMap<>(values), target, note));
    }

    void memoryCurve(Tool tool, List<MemoryRun.Point> points) {
        memory.put(tool, List.copyOf(points));
    }

    void machine(String key, String value) {
        machine.put(key, value);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(MARKDOWN), markdown());
        Files.writeString(directory.resolve(JSON), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(json()) + "\n");
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| measurement |");
        for (Tool tool : Tool.values()) {
            md.append(' ').append(tool.label()).append(" |");
        }
        md.append(" fake-xendit ÷ WireMock | target | met |\n|---|");
        md.append("---:|".repeat(Tool.values().length + 1)).append("---|---|\n");
        List<String> notes = new ArrayList<>();
        for (Row row : rows) {
            String measurement = row.measurement() + " (" + row.unit() + ")";
            if (row.note() != null) {
                notes.add(row.note());
                measurement += " [" + notes.size() + "]";
            }
            md.append("| ").append(measurement);
            for (Tool tool : Tool.values()) {
                Double value = row.values().get(tool);
                md.append(" | ").append(value == null ? "n/a" : format(value, row.unit()));
            }
            Double ratio = row.ratio();
            Boolean met = row.met();
            md.append(" | ").append(ratio == null ? "" : String.format(Locale.ROOT, "%.2fx", ratio))
                    .append(" | ").append(row.target() == null ? "" : row.target().text())
                    .append(" | ").append(met == null ? "" : met ? "yes" : "**no**")
                    .append(" |\n");
        }
        md.append('\n');
        for (int i = 0; i < notes.size(); i++) {
            md.append('[').append(i + 1).append("] ").append(notes.get(i)).append("\n\n");
        }
        md.append("Heap after a full GC (MB), by requests sent:\n\n| requests |");
        memory.keySet().forEach(tool -> md.append(' ').append(tool.label()).append(" |"));
        md.append("\n|---:|");
        memory.keySet().forEach(tool -> md.append("---:|"));
        md.append('\n');
        List<MemoryRun.Point> first = memory.values().iterator().next();
        for (int i = 0; i < first.size(); i++) {
            md.append("| ").append(String.format(Locale.ROOT, "%,d", first.get(i).requests())).append(" |");
            for (List<MemoryRun.Point> points : memory.values()) {
                md.append(' ').append(format(megabytes(points.get(i).heapBytes()), "MB")).append(" |");
            }
            md.append('\n');
        }
        md.append("\nMachine: ");
        List<String> facts = new ArrayList<>();
        machine.forEach((key, value) -> facts.add(key + " " + value));
        md.append(String.join("; ", facts)).append(".\n");
        md.append("Run: ").append(settings.name()).append(", ").append(describe(settings)).append(".\n");
        return md.toString();
    }

    ObjectNode json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("run", settings.name());
        json.put("settings", describe(settings));
        ObjectNode machineJson = json.putObject("machine");
        machine.forEach(machineJson::put);
        ArrayNode rowsJson = json.putArray("results");
        for (Row row : rows) {
            ObjectNode r = rowsJson.addObject();
            r.put("measurement", row.measurement());
            r.put("unit", row.unit());
            ObjectNode values = r.putObject("values");
            for (Tool tool : Tool.values()) {
                Double value = row.values().get(tool);
                if (value == null) {
                    values.putNull(tool.label());
                } else {
                    values.put(tool.label(), value);
                }
            }
            if (row.ratio() != null) {
                r.put("ratio_to_wiremock", row.ratio());
            }
            if (row.target() != null) {
                r.put("target", row.target().text());
                if (row.met() != null) {
                    r.put("met", row.met());
                }
            }
            if (row.note() != null) {
                r.put("note", row.note());
            }
        }
        ObjectNode memoryJson = json.putObject("heap_after_gc_by_requests");
        memory.forEach((tool, points) -> {
            ArrayNode list = memoryJson.putArray(tool.label());
            points.forEach(p -> list.addObject().put("requests", p.requests()).put("heap_bytes", p.heapBytes())
                    .put("rss_bytes", p.rssBytes()));
        });
        return json;
    }

    static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    static String format(double value, String unit) {
        return switch (unit) {
            case "req/s", "bytes" -> String.format(Locale.ROOT, "%,.0f", value);
            case "ms", "µs" -> String.format(Locale.ROOT, value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%,.0f", value);
            default -> String.format(Locale.ROOT, "%.1f", value);
        };
    }

    private static String describe(Settings s) {
        return String.format(Locale.ROOT, "%d cold starts per tool and mode (median); JMH %d warm-up and %d "
                        + "measured iterations of %d ms in %d fork(s); %d JUnit suite runs per tool (median); load "
                        + "over %d connections at %,.0f req/s (%.1f s of warm-up, %.1f s measured), then at full speed "
                        + "(%.1f s of warm-up, %.1f s measured); memory over %d connections, read at %s requests",
                s.coldStarts(), s.jmhIterations(), s.jmhIterations(), s.jmhIteration().toMillis(), s.jmhForks(),
                s.suiteRuns(), s.connections(), s.fixedRate(), s.fixedRateWarmup().toMillis() / 1000.0,
                s.fixedRateWindow().toMillis() / 1000.0, s.fullSpeedWarmup().toMillis() / 1000.0,
                s.fullSpeedWindow().toMillis() / 1000.0, s.memoryConnections(), String.join(", ", s.memoryCheckpoints().stream()
                        .map(n -> String.format(Locale.ROOT, "%,d", n)).toList()));
    }
}
