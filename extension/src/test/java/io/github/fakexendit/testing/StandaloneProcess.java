package io.github.fakexendit.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone jar run as a separate process, as a non-JVM test suite would run it. Closing it sends SIGTERM
 * and, if the process outlives a generous wait, kills it; a JVM shutdown hook does the same should the test
 * run end without closing it, so that no process is left behind.
 */
public final class StandaloneProcess implements AutoCloseable {

    /** Upper bounds for waits, never expectations: machines running the build may be slow and shared. */
    public static final long TIMEOUT_SECONDS = 60;

    private static final Pattern LISTENING = Pattern.compile("fake-xendit listening on (https?://(.+):(\\d+))");

    private final Process process;
    private final Thread killer;
    private final List<String> stdout = new ArrayList<>();
    private final CompletableFuture<MatchResult> listening = new CompletableFuture<>();
    private final CompletableFuture<Void> stdoutClosed = new CompletableFuture<>();
    private final CompletableFuture<String> stderr = new CompletableFuture<>();

    private StandaloneProcess(Process process) {
        this.process = process;
        this.killer = new Thread(process::destroyForcibly, "kill-fake-xendit-" + process.pid());
        Runtime.getRuntime().addShutdownHook(killer);
        daemon("stdout", this::readStdout);
        daemon("stderr", () -> stderr.complete(readAll(process.getErrorStream())));
    }

    /** Starts {@code java -jar fake-xendit-standalone.jar} with these arguments; returns at once. */
    public static StandaloneProcess start(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        try {
            return new StandaloneProcess(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** Starts the jar on a free port and waits until it prints that it accepts requests. */
    public static StandaloneProcess listening(String... args) {
        List<String> all = new ArrayList<>(List.of("--port", "0"));
        all.addAll(List.of(args));
        StandaloneProcess started = start(all.toArray(String[]::new));
        try {
            started.baseUrl();
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    /** The jar the build made; its path comes from the build, so a test never runs a stale copy by accident. */
    public static Path jar() {
        String configured = System.getProperty("fake-xendit.standalone-jar");
        if (configured == null) {
            throw new IllegalStateException("Set the system property fake-xendit.standalone-jar to the standalone "
                    + "jar (the failsafe configuration of the build does)");
        }
        Path jar = Path.of(configured);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No standalone jar at " + jar + ": run the package phase first");
        }
        return jar;
    }

    /** The URL of the listening line, e.g. {@code http://127.0.0.1:41234}; waits for the line. */
    public String baseUrl() {
        return listeningLine().group(1);
    }

    public int port() {
        return Integer.parseInt(listeningLine().group(3));
    }

    private MatchResult listeningLine() {
        return await(listening, "its listening line");
    }

    /** Waits for the process to end by itself and its output to be read, and returns its exit status. */
    public int waitForExit() {
        Process exited = await(process.onExit(), "its exit");
        await(stdoutClosed, "the end of its stdout");
        return exited.exitValue();
    }

    /**
     * Sends SIGTERM, as {@code kill} or {@code docker stop} does, and waits for the process to exit. Through the
     * process handle: {@link Process#destroy()} would also close the pipes, losing what the process prints
     * while it stops.
     */
    public int terminate() {
        process.toHandle().destroy();
        return waitForExit();
    }

    /** What the process printed on stdout so far, one entry per line. */
    public synchronized List<String> stdout() {
        return List.copyOf(stdout);
    }

    /** Everything the process printed on stderr; waits for the process to close it. */
    public String stderr() {
        return await(stderr, "the end of its stderr");
    }

    private <T> T await(Future<T> future, String what) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("fake-xendit: no " + what + " within " + TIMEOUT_SECONDS + " s; " + this,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the process if it still runs: SIGTERM first, then a kill if it outlives the wait. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    private void daemon(String stream, Runnable reader) {
        Thread thread = new Thread(reader, stream + "-of-fake-xendit-" + process.pid());
        thread.setDaemon(true);
        thread.start();
    }

    private void readStdout() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (this) {
                    stdout.add(line);
                }
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.matches()) {
                    listening.complete(matcher.toMatchResult());
                }
            }
        } catch (IOException e) {
            listening.completeExceptionally(e);
        }
        listening.completeExceptionally(new IllegalStateException("stdout closed"));
        stdoutClosed.complete(null);
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(stderr unreadable: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return "process " + process.pid() + (process.isAlive() ? " (running)" : " (exit " + process.exitValue() + ")")
                + ", stdout " + stdout();
    }
}
