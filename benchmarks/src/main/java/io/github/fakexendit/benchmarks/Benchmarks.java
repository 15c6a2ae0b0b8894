package io.github.fakexendit.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        throughput(report, settings, progress);
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
                "MockWebServer has no standalone jar.");
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
                Report.Target.ratioAtMost(0.4), null);
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

    private static void throughput(Report report, Settings settings, PrintStream progress) throws Exception {
        Map<Tool, Peer> peers = new EnumMap<>(Tool.class);
        Map<Tool, Load.Result> results = new EnumMap<>(Tool.class);
        try {
            Map<Tool, Integer> ports = new EnumMap<>(Tool.class);
            for (Tool tool : Tool.values()) {
                Peer peer = tool.newPeer();
                peers.put(tool, peer);
                ports.put(tool, peer.start());
                Load.timed(ports.get(tool), settings.connections(), settings.loadWarmup(), Duration.ZERO);
            }
            for (int round = 1; round <= settings.loadRounds(); round++) {
                for (Tool tool : Tool.values()) {
                    Load.Result result = Load.timed(ports.get(tool), settings.connections(), Duration.ZERO,
                            settings.loadWindow());
                    results.merge(tool, result, Load.Result::plus);
                    progress.printf(Locale.ROOT, "load %d/%d, %s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms%n", round,
                            settings.loadRounds(), tool.label(), result.perSecond(), result.p50Nanos() / 1e6,
                            result.p99Nanos() / 1e6);
                }
            }
        } finally {
            peers.values().forEach(Peer::close);
        }
        Map<Tool, Double> perSecond = new EnumMap<>(Tool.class);
        Map<Tool, Double> p50 = new EnumMap<>(Tool.class);
        Map<Tool, Double> p99 = new EnumMap<>(Tool.class);
        results.forEach((tool, result) -> {
            perSecond.put(tool, result.perSecond());
            p50.put(tool, result.p50Nanos() / 1e6);
            p99.put(tool, result.p99Nanos() / 1e6);
        });
        String connections = settings.connections() + " keep-alive connections";
        report.add("POST /sessions throughput, " + connections, "req/s", perSecond, Report.Target.ratioAtLeast(3),
                "Client and server in one JVM, on the same cores: each connection a thread that sends the next "
                        + "request when the previous answer is read; the tools take turns, window by window. "
                        + "fake-xendit validates every request in full and stores a session; WireMock matches a "
                        + "JSON schema and renders a template; MockWebServer returns canned bytes.");
        report.add("POST /sessions latency p50, " + connections, "ms", p50, null, null);
        report.add("POST /sessions latency p99, " + connections, "ms", p99, null, null);
    }

    private static void memory(Report report, Settings settings, Setup setup, PrintStream progress)
            throws IOException, InterruptedException {
        Map<Tool, Double> heap = new EnumMap<>(Tool.class);
        Map<Tool, Double> growth = new EnumMap<>(Tool.class);
        Map<Tool, Double> rss = new EnumMap<>(Tool.class);
        for (Tool tool : Tool.values()) {
            List<MemoryRun.Point> points = MemoryRun.run(setup, tool, settings.memoryConnections(),
                    settings.memoryCheckpoints());
            report.memoryCurve(tool, points);
            MemoryRun.Point last = points.get(points.size() - 1);
            MemoryRun.Point from = points.stream().filter(p -> p.requests() == settings.flatFrom()).findFirst()
                    .orElseThrow();
            heap.put(tool, Report.megabytes(last.heapBytes()));
            growth.put(tool, Report.megabytes(last.heapBytes() - from.heapBytes()));
            if (last.rssBytes() >= 0) {
                rss.put(tool, Report.megabytes(last.rssBytes()));
            }
            progress.printf(Locale.ROOT, "memory, %s: %s%n", tool.label(), points);
        }
        String after = String.format(Locale.ROOT, "after %,d requests", settings.memoryRequests());
        report.add("Heap after GC " + after, "MB", heap, null, null);
        report.add(String.format(Locale.ROOT, "Heap growth from %,d to %,d requests", settings.flatFrom(),
                settings.memoryRequests()), "MB", growth, Report.Target.valueAtMost(1, "MB"),
                "The journal keeps 10,000 requests by default; past that, a bounded tool's heap stays flat.");
        report.add("Resident set size " + after, "MB", rss, null, null);
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
