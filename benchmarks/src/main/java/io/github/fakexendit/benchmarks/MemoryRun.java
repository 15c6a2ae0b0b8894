package io.github.fakexendit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The tool alone in a JVM of its own ({@link ServerHost}), loaded with {@code POST /sessions}; at each
 * checkpoint the JVM reports its heap after a full GC and its resident set.
 */
final class MemoryRun {

    /** What the tool's JVM held after {@code requests} requests. */
    record Point(long requests, long heapBytes, long rssBytes) {
    }

    /** An upper bound on a whole run, never an expectation. */
    private static final long TIMEOUT_MINUTES = 20;

    private MemoryRun() {
    }

    /** Measures at 0 requests and at each checkpoint (a running total, ascending). */
    static List<Point> run(Setup setup, Tool tool, int connections, List<Long> checkpoints, List<String> jvmOptions,
                           String logName) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Setup.java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", setup.classpathOf(tool), ServerHost.class.getName(), tool.name()));
        Process process = new ProcessBuilder(command)
                .redirectError(setup.log(logName))
                .start();
        CompletableFuture<?> watchdog = CompletableFuture.runAsync(process::destroyForcibly,
                CompletableFuture.delayedExecutor(TIMEOUT_MINUTES, TimeUnit.MINUTES));
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
             PrintStream in = new PrintStream(process.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            int port = Integer.parseInt(expect(out, "port", tool)[1]);
            List<Point> points = new ArrayList<>();
            points.add(measure(0, in, out, tool));
            long sent = 0;
            for (long checkpoint : checkpoints) {
                Load.counted(port, connections, checkpoint - sent);
                sent = checkpoint;
                points.add(measure(sent, in, out, tool));
            }
            in.println("histogram " + setup.log(logName + "-histogram"));
            expect(out, "histogram", tool);
            return points;
        } finally {
            watchdog.cancel(false);
            ColdStart.stop(process);
        }
    }

    private static Point measure(long requests, PrintStream in, BufferedReader out, Tool tool) throws IOException {
        in.println("memory");
        String[] answer = expect(out, "memory", tool);
        return new Point(requests, Long.parseLong(answer[1]), Long.parseLong(answer[2]));
    }

    private static String[] expect(BufferedReader out, String word, Tool tool) throws IOException {
        String line = out.readLine();
        if (line == null || !line.startsWith(word + " ")) {
            throw new IllegalStateException(tool.label() + " host said '" + line + "' instead of '" + word + " ...'");
        }
        return line.split(" ");
    }
}
