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
                "JUnit suite of 40 classes x 3 tests: the classes' times summed, as surefire reports",
                "JUnit suite: the first class, which starts the JVM's first server",
                "JUnit suite: the median class",
                "JUnit suite: the forked JVM from launch to exit",
                "POST /sessions at 200 req/s, latency p50",
                "POST /sessions at 200 req/s, latency p99",
                "POST /sessions at 200 req/s, latency p99.9",
                "POST /sessions at 200 req/s, latency max",
                "POST /sessions at full speed, throughput",
                "POST /sessions at full speed, latency p50",
                "POST /sessions at full speed, latency p99",
                "POST /sessions at full speed, latency p99.9",
                "POST /sessions at full speed, latency max",
                "Heap kept after 100 POST /sessions, after a full GC",
                "Heap growth from 100 to 200 requests",
                "Heap kept per request over the first 100",
                "fake-xendit: heap kept per stored session",
                "fake-xendit: heap kept per journal entry",
                "Resident set size after 200 requests");
        for (Report.Row row : report.rows()) {
            String name = row.measurement();
            List<Tool> applies = name.startsWith("fake-xendit:") ? List.of(Tool.FAKE_XENDIT)
                    : name.startsWith("Cold start, standalone") ? List.of(Tool.FAKE_XENDIT, Tool.WIREMOCK, Tool.UNDERTOW)
                    : name.startsWith("Standalone jar") || name.startsWith("Per-test reset")
                    || name.startsWith("JUnit suite")
                    ? List.of(Tool.FAKE_XENDIT, Tool.WIREMOCK) : List.of(Tool.values());
            assertThat(row.values().keySet()).as(name).containsExactlyInAnyOrderElementsOf(applies);
            // a difference of two heap readings is noise at the smoke pass's counts: it may fall below zero
            if (name.startsWith("Heap growth") || name.startsWith("Heap kept per request")
                    || name.startsWith("fake-xendit: heap kept per")) {
                assertThat(row.values().values()).as(name).allSatisfy(v -> assertThat(v).isFinite());
            } else {
                assertThat(row.values().values()).as(name).allSatisfy(v -> assertThat(v).isPositive());
            }
        }
    }

    @Test
    void theLoadRunsInAnotherJvmAndReadsItsResult() {
        assertThat(progress).contains("load at 200 requests/s, fake-xendit: ", "load at full speed, WireMock: ",
                "load at full speed, MockWebServer: ", "load at full speed, Undertow alone: ");
        for (Tool tool : Tool.values()) {
            assertThat(setup.output().resolve("benchmark-logs").resolve("load-server-" + tool.label() + "-gc.log"))
                    .as("the server's GC log, written by its own JVM").isNotEmptyFile();
        }
    }

    @Test
    void theMemoryRunsWriteAClassHistogram() {
        assertThat(setup.output().resolve("benchmark-logs").resolve("memory-fake-xendit-histogram.log"))
                .content().contains("io.github.fakexendit");
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
        assertThat(markdown).contains("| measurement | fake-xendit | WireMock | MockWebServer | Undertow alone |")
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
