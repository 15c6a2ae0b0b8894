package io.github.fakexendit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** A tool's JUnit suite ({@link SuiteRun}) in a fresh JVM, as surefire forks one. */
final class JUnitSuite {

    /** An upper bound on a run, never an expectation. */
    private static final long TIMEOUT_SECONDS = 300;

    /** Times in nanoseconds; {@code processNanos} from the JVM's launch to its exit. */
    record Result(int classes, int tests, long summedClassNanos, long firstClassNanos, long medianClassNanos,
                  long launcherNanos, long processNanos) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d classes, %d tests: summed %.0f ms, first class %.0f ms, median "
                            + "class %.1f ms, launcher %.0f ms, JVM %.0f ms", classes, tests, summedClassNanos / 1e6,
                    firstClassNanos / 1e6, medianClassNanos / 1e6, launcherNanos / 1e6, processNanos / 1e6);
        }
    }

    private JUnitSuite() {
    }

    static Result run(Setup setup, Tool tool) throws IOException, InterruptedException {
        String log = "junit-suite-" + tool.label();
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(Setup.java(), "-cp", setup.suiteClasspath(tool),
                SuiteRun.class.getName(), tool.name())
                .redirectError(setup.log(log))
                .start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            String line = out.readLine();
            while (line != null && !line.startsWith("suite ")) {
                line = out.readLine();
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException(tool.label() + " suite did not end; see " + setup.log(log));
            }
            long elapsed = System.nanoTime() - launched;
            if (line == null) {
                throw new IllegalStateException(tool.label() + " suite printed no result; see " + setup.log(log));
            }
            String[] f = line.split(" ");
            int classes = Integer.parseInt(f[1]);
            int tests = Integer.parseInt(f[2]);
            int failed = Integer.parseInt(f[3]);
            if (failed > 0 || tests != classes * 3) {
                throw new IllegalStateException(tool.label() + " suite: " + failed + " failed of " + tests
                        + " tests in " + classes + " classes; see " + setup.log(log));
            }
            return new Result(classes, tests, Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]),
                    Long.parseLong(f[4]), elapsed);
        } finally {
            process.destroyForcibly();
        }
    }
}
