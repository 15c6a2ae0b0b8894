package io.github.fakexendit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The smoke pass: the whole harness once, with small counts, as the full run does it. It proves that every
 * measurement runs for every tool and that the table is written; it asserts no timing.
 */
class BenchmarksSmokeTest {

    private static Setup setup;
    private static Report report;
    private static String progress;

    @BeforeAll
    static void runTheHarnessOnce() throws Exception {
        setup = Setup.fromSystemProperties();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report = Benchmarks.run(Settings.smoke(), setup, new PrintStream(out, true, StandardCharsets.UTF_8));
        progress = out.toString(StandardCharsets.UTF_8);
        System.out.print(progress);
    }

    @Test
    void everyMeasurementHasAPositiveValueForEveryToolItAppliesTo() {
        assertThat(report.rows()).extracting(Report.Row::measurement).containsExactly(
                "Standalone jar",
                "Runtime dependencies, the library's jar included",
                "Cold start, embedded: fresh JVM to the first 201",
                "Cold start, standalone jar: fresh JVM to the first 201",
                "Warm start, first 201 and stop of a server, as one test class",
                "Per-test reset, after a test that created 3 sessions",
                "POST /sessions throughput, 4 keep-alive connections",
                "POST /sessions latency p50, 4 keep-alive connections",
                "POST /sessions latency p99, 4 keep-alive connections",
                "Heap after GC after 200 requests",
                "Heap growth from 100 to 200 requests",
                "Resident set size after 200 requests");
        for (Report.Row row : report.rows()) {
            List<Tool> applies = row.measurement().startsWith("Standalone jar")
                    || row.measurement().startsWith("Cold start, standalone")
                    || row.measurement().startsWith("Per-test reset")
                    ? List.of(Tool.FAKE_XENDIT, Tool.WIREMOCK) : List.of(Tool.values());
            assertThat(row.values().keySet()).as(row.measurement()).containsExactlyInAnyOrderElementsOf(applies);
            if (!row.measurement().startsWith("Heap growth")) {
                assertThat(row.values().values()).as(row.measurement()).allSatisfy(v -> assertThat(v).isPositive());
            }
        }
    }

    @Test
    void theRatiosAreFakeXenditOverWireMock() {
        Report.Row jar = report.rows().get(0);
        assertThat(jar.ratio()).isEqualTo(jar.values().get(Tool.FAKE_XENDIT) / jar.values().get(Tool.WIREMOCK));
        assertThat(jar.met()).isEqualTo(jar.values().get(Tool.FAKE_XENDIT) <= 6);
    }

    @Test
    void theMemoryRunsReadTheHeapAtEveryCheckpoint() {
        JsonNode curves = json().path("heap_after_gc_by_requests");
        for (Tool tool : Tool.values()) {
            assertThat(curves.path(tool.label())).extracting(point -> point.path("requests").asLong())
                    .as(tool.label()).containsExactly(0L, 100L, 200L);
        }
    }

    @Test
    void theTableIsWrittenAsMarkdownAndJson() throws Exception {
        String markdown = Files.readString(setup.output().resolve(Report.MARKDOWN));
        assertThat(markdown).contains("| measurement | fake-xendit | WireMock | MockWebServer |")
                .contains("| Cold start, embedded: fresh JVM to the first 201 (ms) |")
                .contains("Machine: CPU ");
        assertThat(json().path("results")).hasSize(report.rows().size());
        assertThat(progress).contains("cold start 1/1, WireMock standalone jar");
    }

    private static JsonNode json() {
        try {
            return new ObjectMapper().readTree(setup.output().resolve(Report.JSON).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
