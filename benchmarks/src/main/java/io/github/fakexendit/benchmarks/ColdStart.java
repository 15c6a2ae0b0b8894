package io.github.fakexendit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** From launching a fresh JVM to the first 201 on {@code POST /sessions}, as the launching process sees it. */
final class ColdStart {

    /** An upper bound on any one run, never an expectation. */
    private static final long TIMEOUT_SECONDS = 120;

    private ColdStart() {
    }

    /** The tool embedded: a JVM with the tool's jars starts it and sends one request itself. In ms. */
    static double embedded(Setup setup, Tool tool) throws IOException, InterruptedException {
        ProcessBuilder launch = new ProcessBuilder(Setup.java(), "-cp", setup.classpathOf(tool),
                FirstResponse.class.getName(), tool.name())
                .redirectError(setup.log("cold-start-embedded-" + tool.label()));
        long launched = System.nanoTime();
        Process process = launch.start();
        CompletableFuture<?> watchdog = killLater(process);
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            String status = out.readLine();
            long elapsed = System.nanoTime() - launched;
            if (!"201".equals(status)) {
                throw new IllegalStateException(tool.label() + " embedded answered " + status
                        + " to its first POST /sessions; see " + setup.log("cold-start-embedded-" + tool.label()));
            }
            return elapsed / 1e6;
        } finally {
            watchdog.cancel(false);
            stop(process);
        }
    }

    /**
     * The standalone jar as a process (Undertow alone: its jars and a main that starts it); this process sends
     * requests until one is answered 201. In ms.
     */
    static double standalone(Setup setup, Tool tool) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = switch (tool) {
            case FAKE_XENDIT -> List.of(Setup.java(), "-jar", setup.standaloneJar().toString(),
                    "--port", Integer.toString(port));
            case WIREMOCK -> List.of(Setup.java(), "-jar", setup.jarsOf(tool).get(0).toString(),
                    "--port", Integer.toString(port), "--bind-address", "127.0.0.1",
                    "--root-dir", setup.wireMockRoot().toString());
            case UNDERTOW -> List.of(Setup.java(), "-cp", setup.classpathOf(tool), UndertowPeer.class.getName(),
                    Integer.toString(port));
            case MOCKWEBSERVER -> throw new IllegalArgumentException("MockWebServer has no standalone jar");
        };
        ProcessBuilder launch = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(setup.log("cold-start-standalone-" + tool.label()));
        byte[] request = Workload.createSession(port);
        long launched = System.nanoTime();
        Process process = launch.start();
        try {
            long deadline = launched + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (System.nanoTime() < deadline && process.isAlive()) {
                try (HttpConnection connection = HttpConnection.open(port)) {
                    if (connection.exchange(request) == 201) {
                        return (System.nanoTime() - launched) / 1e6;
                    }
                } catch (IOException notListeningYet) {
                    // the port opens when the server is up: try again
                }
                Thread.sleep(1);
            }
            throw new IllegalStateException(tool.label() + " standalone gave no 201 (exit "
                    + (process.isAlive() ? "none" : process.exitValue()) + "); see "
                    + setup.log("cold-start-standalone-" + tool.label()));
        } finally {
            stop(process);
        }
    }

    private static CompletableFuture<?> killLater(Process process) {
        return CompletableFuture.runAsync(process::destroyForcibly,
                CompletableFuture.delayedExecutor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    /** Ends the process and waits for it, so that the next run has the machine to itself. */
    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
