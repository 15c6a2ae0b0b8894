package io.github.fakexendit.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The JVM of a JUnit suite run: {@code SuiteRun TOOL} runs the tool's suite ({@link FakeXenditSuite},
 * {@link WireMockSuite}) with the JUnit Platform launcher, as surefire does in its forked JVM, and prints
 * {@code suite CLASSES TESTS FAILED WALL_NANOS SUMMED_CLASS_NANOS FIRST_CLASS_NANOS MEDIAN_CLASS_NANOS}: the
 * wall time from the launcher's start, the sum of the test classes' times (surefire's figure), the first
 * class's (which pays the JVM's first server) and the median class's.
 */
public final class SuiteRun {

    private SuiteRun() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> suite = switch (Tool.valueOf(args[0])) {
            case FAKE_XENDIT -> FakeXenditSuite.class;
            case WIREMOCK -> WireMockSuite.class;
            case MOCKWEBSERVER, UNDERTOW -> throw new IllegalArgumentException("no suite for " + args[0]);
        };
        List<ClassSelector> classes = Arrays.stream(suite.getDeclaredClasses())
                .filter(type -> type.getSimpleName().startsWith("Class"))
                .sorted(Comparator.comparing(Class::getSimpleName))
                .map(type -> selectClass(type))
                .toList();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(classes).build();
        ClassTimes times = new ClassTimes();
        long started = System.nanoTime();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, times);
        long wall = System.nanoTime() - started;
        long[] perClass = times.finished.stream().mapToLong(Long::longValue).toArray();
        long[] sorted = perClass.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "suite %d %d %d %d %d %d %d%n", perClass.length, times.tests, times.failed,
                wall, Arrays.stream(perClass).sum(), perClass.length == 0 ? 0 : perClass[0],
                sorted.length == 0 ? 0 : sorted[sorted.length / 2]);
        times.failures.forEach(System.err::println);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /** One test: a session created over a new connection. */
    static void createSession(int port) throws IOException {
        try (HttpConnection connection = HttpConnection.open(port)) {
            connection.create(Workload.createSession(port));
        }
    }

    /** Each test class's time from its start to its end (its servers' start and stop included), in order. */
    private static final class ClassTimes implements TestExecutionListener {
        final Map<String, Long> started = new ConcurrentHashMap<>();
        final List<Long> finished = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        int tests;
        int failed;

        @Override
        public void executionStarted(TestIdentifier test) {
            if (isClass(test)) {
                started.put(test.getUniqueId(), System.nanoTime());
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (isClass(test)) {
                finished.add(System.nanoTime() - started.get(test.getUniqueId()));
            } else if (test.isTest()) {
                tests++;
            }
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failed++;
                failures.add(test.getDisplayName() + ": " + result.getThrowable().map(Throwable::toString).orElse(""));
            }
        }

        private static boolean isClass(TestIdentifier test) {
            return test.isContainer() && test.getSource().orElse(null) instanceof ClassSource;
        }
    }
}
