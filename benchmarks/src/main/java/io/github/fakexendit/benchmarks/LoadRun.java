package io.github.fakexendit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@link LoadGenerator} in a JVM of its own against a server in another, and reads its result. */
final class LoadRun {

    /** What the load generator measured over its window; latencies in nanoseconds. */
    record Result(long requests, long windowNanos, long p50, long p99, long p999, long max) {

        double perSecond() {
            return requests * 1e9 / windowNanos;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.0f requests/s, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, "
                    + "max %.2f ms", perSecond(), p50 / 1e6, p99 / 1e6, p999 / 1e6, max / 1e6);
        }
    }

    private LoadRun() {
    }

    /**
     * @param perSecond the fixed rate over all connections, or 0 for full speed
     */
    static Result run(Setup setup, int port, int connections, double perSecond, Duration warmup, Duration window,
                      String logName) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Setup.java(), "-cp", setup.loadGeneratorClasspath(),
                LoadGenerator.class.getName(), Integer.toString(port), Integer.toString(connections),
                Double.toString(perSecond), Long.toString(warmup.toMillis()), Long.toString(window.toMillis())));
        Process process = new ProcessBuilder(command).redirectError(setup.log(logName)).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            String line = out.readLine();
            if (line == null || !line.startsWith("result ")) {
                throw new IllegalStateException("the load generator said '" + line + "'; see " + setup.log(logName));
            }
            String[] f = line.split(" ");
            return new Result(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                    Long.parseLong(f[5]), Long.parseLong(f[6]));
        } finally {
            if (!process.waitFor(warmup.plus(window).toSeconds() + 60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
