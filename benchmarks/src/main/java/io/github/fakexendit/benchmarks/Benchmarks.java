package io.github.fakexendit.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every measurement for every tool, in one run on one machine, and writes the side-by-side table to
 * {@code benchmark-results.md} and {@code benchmark-results.json}. {@code --full} (the default) is the run the
 * documentation quotes; {@code --smoke} runs each measurement once with small counts, to prove the harness.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = switch (args.length == 0 ? "--full" : args[0]) {
            case "--full" -> Settings.full();
            case "--smoke" -> Settings.smoke();
            default -> throw new IllegalArgumentException("usage: Benchmarks [--full | --smoke], got " + args[0]);
        };
        Setup setup = Setup.fromSystemProperties();
        run(settings, setup, System.out);
        System.out.println();
        System.out.println(Files.readString(setup.output().resolve(Report.MARKDOWN)));
        System.out.println("Written to " + setup.output().resolve(Report.MARKDOWN) + " and " + Report.JSON);
    }

    static Report run(Settings settings, Setup setup, PrintStream progress) throws Exception {
        Report report = new Report(settings, machine());
        long started = System.nanoTime();
        footprint(report, setup);
        coldStarts(report, settings, setup, progress);
        progress.printf(Locale.ROOT, "cold starts done after %.0f s%n", (System.nanoTime() - started) / 1e9);
        lifecycle(report, settings, progress);
        progress.printf(Locale.ROOT, "JMH done after %.0f s%n", (System.nanoTime() - started) / 1e9);
        junitSuites(report, settings, setup, progress);
        progress.printf(Locale.ROOT, "JUnit suites done after %.0f s%n", (System.nanoTime() - started) / 1e9);
        load(report, settings, setup, progress);
        progress.printf(Locale.ROOT, "load done after %.0f s%n", (System.nanoTime() - started) / 1e9);
        memory(report, settings, setup, progress);
        progress.printf(Locale.ROOT, "memory done after %.0f s%n", (System.nanoTime() - started) / 1e9);
        report.machine("load average after", loadAverage());
        report.write(setup.output());
        return report;
    }

    private static void footprint(Report report, Setup setup) throws IOException {
        Map<Tool, Double> jar = new EnumMap<>(Tool.class);
        jar.put(Tool.FAKE_XENDIT, Report.megabytes(Files.size(setup.standaloneJar())));
        jar.put(Tool.WIREMOCK, Report.megabytes(Files.size(setup.jarsOf(Tool.WIREMOCK).get(0))));
        report.add("Standalone jar", "MB", jar, Report.Target.valueAtMost(6, "MB"),
                "MockWebServer and Undertow alone have no standalone jar.");
        Map<Tool, Double> dependencies = new EnumMap<>(Tool.class);
        for (Tool tool : Tool.values()) {
            long bytes = 0;
            for (Path jarFile : setup.jarsOf(tool)) {
                bytes += Files.size(jarFile);
            }
            dependencies.put(tool, Report.megabytes(bytes));
        }
        report.add("Runtime dependencies, the library's jar included", "MB", dependencies, null, null);
    }

    private static void coldStarts(Report report, Settings settings, Setup setup, PrintStream progress)
            throws IOException, InterruptedException {
        Map<Tool, List<Double>> embedded = new EnumMap<>(Tool.class);
        Map<Tool, List<Double>> standalone = new EnumMap<>(Tool.class);
        // Runs alternate between the tools, so that a noisy moment of the machine hits them all alike.
        for (int run = 1; run <= settings.coldStarts(); run++) {
            for (Tool tool : Tool.values()) {
                double ms = ColdStart.embedded(setup, tool);
                embedded.computeIfAbsent(tool, t -> new ArrayList<>()).add(ms);
                progress.printf(Locale.ROOT, "cold start %d/%d, %s embedded: %.0f ms%n", run, settings.coldStarts(),
                        tool.label(), ms);
                if (tool != Tool.MOCKWEBSERVER) {
                    ms = ColdStart.standalone(setup, tool);
                    standalone.computeIfAbsent(tool, t -> new ArrayList<>()).add(ms);
                    progress.printf(Locale.ROOT, "cold start %d/%d, %s standalone jar: %.0f ms%n", run,
                            settings.coldStarts(), tool.label(), ms);
                }
            }
        }
        report.add("Cold start, embedded: fresh JVM to the first 201", "ms", medians(embedded),
                Report.Target.ratioAtMost(0.4), null);
        report.add("Cold start, standalone jar: fresh JVM to the first 201", "ms", medians(standalone),
                Report.Target.ratioAtMost(0.3), "Undertow alone has no jar of its own: a JVM with its jars runs a "
                        + "main that starts it, reads each body and answers a canned 201. It is the floor under the "
                        + "fake, which is built on Undertow.");
    }

    private static void lifecycle(Report report, Settings settings, PrintStream progress) throws RunnerException {
        progress.println("JMH: start, first 201 and stop; per-test reset");
        Options options = new OptionsBuilder()
                .include(Pattern.quote(LifecycleBenchmarks.class.getName()) + "\\.")
                .forks(settings.jmhForks())
                .warmupIterations(settings.jmhIterations())
                .measurementIterations(settings.jmhIterations())
                .warmupTime(TimeValue.milliseconds(settings.jmhIteration().toMillis()))
                .measurementTime(TimeValue.milliseconds(settings.jmhIteration().toMillis()))
                .shouldFailOnError(true)
                .verbosity(settings.name().equals("full") ? VerboseMode.NORMAL : VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<Tool, Double> startStop = new EnumMap<>(Tool.class);
        Map<Tool, Double> reset = new EnumMap<>(Tool.class);
        for (RunResult result : results) {
            Tool tool = Tool.valueOf(result.getParams().getParam("tool"));
            double score = result.getPrimaryResult().getScore();
            if (result.getParams().getBenchmark().endsWith(".startServeStop")) {
                startStop.put(tool, score);
            } else {
                reset.put(tool, score);
            }
        }
        report.add("Warm start, first 201 and stop of a server, as one test class", "ms", startStop,
                Report.Target.ratioAtMost(0.3), null);
        report.add("Per-test reset, after a test that created 3 sessions", "µs", reset, null,
                "What each tool's JUnit support does before a test: @FakeXendit resets the server; WireMock's "
                        + "extension calls resetToDefaultMappings(); MockWebServer has no reset, its extension gives "
                        + "each test a new server (the cost of the row above).");
    }

    /** The JUnit suite of 40 classes of 3 tests, in a fresh JVM per run, the tools in turns. */
    private static void junitSuites(Report report, Settings settings, Setup setup, PrintStream progress)
            throws IOException, InterruptedException {
        Map<Tool, List<Double>> summed = new EnumMap<>(Tool.class);
        Map<Tool, List<Double>> first = new EnumMap<>(Tool.class);
        Map<Tool, List<Double>> median = new EnumMap<>(Tool.class);
        Map<Tool, List<Double>> wall = new EnumMap<>(Tool.class);
        for (int run = 1; run <= settings.suiteRuns(); run++) {
            for (Tool tool : List.of(Tool.FAKE_XENDIT, Tool.WIREMOCK)) {
                JUnitSuite.Result result = JUnitSuite.run(setup, tool);
                summed.computeIfAbsent(tool, t -> new ArrayList<>()).add(result.summedClassNanos() / 1e6);
                first.computeIfAbsent(tool, t -> new ArrayList<>()).add(result.firstClassNanos() / 1e6);
                median.computeIfAbsent(tool, t -> new ArrayList<>()).add(result.medianClassNanos() / 1e6);
                wall.computeIfAbsent(tool, t -> new ArrayList<>()).add(result.processNanos() / 1e6);
                progress.printf(Locale.ROOT, "JUnit suite %d/%d, %s: %s%n", run, settings.suiteRuns(), tool.label(),
                        result);
            }
        }
        report.add("JUnit suite of 40 classes x 3 tests: the classes' times summed, as surefire reports", "ms",
                medians(summed), Report.Target.ratioAtMost(0.3),
                "Each test creates a session over a new connection; each class has a server of its own, started "
                        + "and stopped by the tool's JUnit 5 extension (@FakeXendit; WireMock's WireMockExtension "
                        + "in a static @RegisterExtension field); the JUnit Platform launcher in a fresh JVM per "
                        + "run, as surefire forks one. MockWebServer is left out: its extension is a separate "
                        + "artifact and it does no work per request.");
        report.add("JUnit suite: the first class, which starts the JVM's first server", "ms", medians(first), null,
                null);
        report.add("JUnit suite: the median class", "ms", medians(median), null, null);
        report.add("JUnit suite: the forked JVM from launch to exit", "ms", medians(wall), null, null);
    }

    /**
     * Load from a JVM of its own against each tool's server in a fresh JVM: first at a fixed rate (latency from
     * the intended send), then at full speed.
     */
    private static void load(Report report, Settings settings, Setup setup, PrintStream progress)
            throws IOException, InterruptedException {
        Map<Tool, LoadRun.Result> fixed = new EnumMap<>(Tool.class);
        Map<Tool, LoadRun.Result> full = new EnumMap<>(Tool.class);
        for (Tool tool : Tool.values()) {
            try (ServerProcess server = ServerProcess.start(setup, tool, "load-server-" + tool.label())) {
                LoadRun.Result atRate = LoadRun.run(setup, server.port(), settings.connections(),
                        settings.fixedRate(), settings.fixedRateWarmup(), settings.fixedRateWindow(),
                        "load-fixed-rate-" + tool.label());
                fixed.put(tool, atRate);
                progress.printf(Locale.ROOT, "load at %,.0f requests/s, %s: %s%n", settings.fixedRate(), tool.label(),
                        atRate);
                LoadRun.Result fullSpeed = LoadRun.run(setup, server.port(), settings.connections(), 0,
                        settings.fullSpeedWarmup(), settings.fullSpeedWindow(), "load-full-speed-" + tool.label());
                full.put(tool, fullSpeed);
                progress.printf(Locale.ROOT, "load at full speed, %s: %s%n", tool.label(), fullSpeed);
            }
        }
        String rate = String.format(Locale.ROOT, "POST /sessions at %,.0f req/s", settings.fixedRate());
        report.add(rate + ", latency p50", "ms", latencies(fixed, LoadRun.Result::p50), null,
                "The load generator runs in a JVM of its own, each server alone in a fresh JVM with the JVM's "
                        + "default settings (the standalone jars; MockWebServer, which has none, in a small host); "
                        + settings.connections() + " keep-alive connections, each on a schedule of its own, a "
                        + "latency counted from the time the schedule meant to send the request (as wrk2 does), so "
                        + "that a pause of the server weighs on every request it delays. MockWebServer cannot keep "
                        + "this rate: each of its answers waits for the client's delayed ACK.");
        report.add(rate + ", latency p99", "ms", latencies(fixed, LoadRun.Result::p99), Report.Target.ratioAtMost(0.5),
                null);
        report.add(rate + ", latency p99.9", "ms", latencies(fixed, LoadRun.Result::p999), null, null);
        report.add(rate + ", latency max", "ms", latencies(fixed, LoadRun.Result::max), null, null);
        Map<Tool, Double> perSecond = new EnumMap<>(Tool.class);
        full.forEach((tool, result) -> perSecond.put(tool, result.perSecond()));
        report.add("POST /sessions at full speed, throughput", "req/s", perSecond, Report.Target.ratioAtLeast(5),
                "The same connections, each sending the next request as soon as the answer is read; a latency "
                        + "counted from the send. fake-xendit validates every request in full and stores a "
                        + "session; WireMock matches a JSON schema and renders a template; MockWebServer returns "
                        + "canned bytes.");
        report.add("POST /sessions at full speed, latency p50", "ms", latencies(full, LoadRun.Result::p50), null,
                null);
        report.add("POST /sessions at full speed, latency p99", "ms", latencies(full, LoadRun.Result::p99),
                Report.Target.ratioAtMost(1), null);
        report.add("POST /sessions at full speed, latency p99.9", "ms", latencies(full, LoadRun.Result::p999), null,
                null);
        report.add("POST /sessions at full speed, latency max", "ms", latencies(full, LoadRun.Result::max), null,
                null);
    }

    private static Map<Tool, Double> latencies(Map<Tool, LoadRun.Result> results,
                                               java.util.function.ToLongFunction<LoadRun.Result> nanos) {
        Map<Tool, Double> ms = new EnumMap<>(Tool.class);
        results.forEach((tool, result) -> ms.put(tool, nanos.applyAsLong(result) / 1e6));
        return ms;
    }

    private static void memory(Report report, Settings settings, Setup setup, PrintStream progress)
            throws IOException, InterruptedException {
        Map<Tool, Double> kept = new EnumMap<>(Tool.class);
        Map<Tool, Double> growth = new EnumMap<>(Tool.class);
        Map<Tool, Double> rss = new EnumMap<>(Tool.class);
        Map<Tool, Double> perRequest = new EnumMap<>(Tool.class);
        List<MemoryRun.Point> fake = null;
        for (Tool tool : Tool.values()) {
            List<MemoryRun.Point> points = MemoryRun.run(setup, tool, settings.memoryConnections(),
                    settings.memoryCheckpoints(), List.of(), "memory-" + tool.label());
            report.memoryCurve(tool, points);
            MemoryRun.Point last = points.get(points.size() - 1);
            MemoryRun.Point full = at(points, settings.atCapacity());
            kept.put(tool, Report.megabytes(full.heapBytes()));
            growth.put(tool, Report.megabytes(last.heapBytes() - full.heapBytes()));
            perRequest.put(tool, (double) (at(points, settings.oneStoreFull()).heapBytes() - points.get(0).heapBytes())
                    / settings.oneStoreFull());
            if (last.rssBytes() >= 0) {
                rss.put(tool, Report.megabytes(last.rssBytes()));
            }
            if (tool == Tool.FAKE_XENDIT) {
                fake = points;
            }
            progress.printf(Locale.ROOT, "memory, %s: %s%n", tool.label(), points);
        }
        // the fake again without a journal: what its sessions alone keep
        List<MemoryRun.Point> sessionsOnly = MemoryRun.run(setup, Tool.FAKE_XENDIT, settings.memoryConnections(),
                List.of(settings.oneStoreFull()), List.of("-D" + FakeXenditPeer.JOURNAL_CAPACITY + "=0"),
                "memory-fake-xendit-sessions-only");
        progress.printf(Locale.ROOT, "memory, fake-xendit without a journal: %s%n", sessionsOnly);
        double perSession = (double) (sessionsOnly.get(1).heapBytes() - sessionsOnly.get(0).heapBytes())
                / settings.oneStoreFull();
        double perEntry = (double) (at(fake, settings.oneStoreFull()).heapBytes() - sessionsOnly.get(1).heapBytes())
                / settings.oneStoreFull();
        String capacity = String.format(Locale.ROOT, "%,d", settings.atCapacity());
        report.add("Heap kept after " + capacity + " POST /sessions, after a full GC", "MB", kept,
                Report.Target.valueAtMost(30, "MB"),
                "What each tool keeps, read in a JVM of its own after full collections. fake-xendit then holds "
                        + "as much as it ever keeps: its newest 10,000 sessions and 10,000 journal entries (the "
                        + "default capacities). WireMock and MockWebServer keep every request they received. A "
                        + "class histogram of each tool's heap at the end is in the run's logs.");
        report.add(String.format(Locale.ROOT, "Heap growth from %s to %,d requests", capacity,
                settings.memoryRequests()), "MB", growth, Report.Target.valueAtMost(1, "MB"), null);
        report.add(String.format(Locale.ROOT, "Heap kept per request over the first %,d", settings.oneStoreFull()),
                "bytes", perRequest, null, null);
        report.add("fake-xendit: heap kept per stored session", "bytes", Map.of(Tool.FAKE_XENDIT, perSession), null,
                "From a run of the fake with no journal (journal capacity 0): the heap after its first sessions, "
                        + "less the heap at the start, per session; a journal entry is the difference to the run "
                        + "with the journal, per request.");
        report.add("fake-xendit: heap kept per journal entry", "bytes", Map.of(Tool.FAKE_XENDIT, perEntry), null,
                null);
        report.add("Resident set size after " + String.format(Locale.ROOT, "%,d", settings.memoryRequests())
                + " requests", "MB", rss, null, null);
    }

    private static MemoryRun.Point at(List<MemoryRun.Point> points, long requests) {
        return points.stream().filter(p -> p.requests() == requests).findFirst().orElseThrow();
    }

    private static Map<Tool, Double> medians(Map<Tool, List<Double>> samples) {
        Map<Tool, Double> medians = new EnumMap<>(Tool.class);
        samples.forEach((tool, values) -> {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int middle = sorted.length / 2;
            medians.put(tool, sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
        });
        return medians;
    }

    private static Map<String, String> machine() {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("CPU", cpuModel());
        machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        machine.put("memory", String.format(Locale.ROOT, "%.0f GiB", memory / (1024.0 * 1024 * 1024)));
        machine.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("load average before", loadAverage());
        return machine;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException notLinux) {
            return System.getProperty("os.arch");
        }
    }

    /** The 1, 5 and 15-minute load averages, which say how quiet the machine was. */
    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try {
            String[] averages = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return averages[0] + " " + averages[1] + " " + averages[2];
        } catch (IOException notLinux) {
            return String.format(Locale.ROOT, "%.2f", load);
        }
    }
}
