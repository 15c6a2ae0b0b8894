package io.github.fakexendit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A tool's server alone in a fresh JVM with the JVM's default settings, as a user would point a load test at
 * it: fake-xendit's and WireMock's standalone jars; MockWebServer and Undertow alone, which have none, in a
 * {@link ServerHost}. The JVM logs its collections to the run's logs. Ready once it has answered a
 * {@code POST /sessions} with 201.
 */
final class ServerProcess implements AutoCloseable {

    /** An upper bound on a start, never an expectation. */
    private static final long START_TIMEOUT_SECONDS = 120;

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ServerProcess start(Setup setup, Tool tool, String logName) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Setup.java(),
                "-Xlog:gc:file=" + setup.log(logName + "-gc")));
        int port;
        switch (tool) {
            case FAKE_XENDIT -> {
                port = freePort();
                // the one body every tool is sent names its customer inline: sent again, it must not be a 409
                command.addAll(List.of("-jar", setup.standaloneJar().toString(), "--port", Integer.toString(port),
                        "--allow-customer-reference-reuse"));
            }
            case WIREMOCK -> {
                port = freePort();
                command.addAll(List.of("-jar", setup.jarsOf(tool).get(0).toString(), "--port",
                        Integer.toString(port), "--bind-address", "127.0.0.1",
                        "--root-dir", setup.wireMockRoot().toString()));
            }
            case MOCKWEBSERVER, UNDERTOW -> {
                port = 0;
                command.addAll(List.of("-cp", setup.classpathOf(tool), ServerHost.class.getName(), tool.name()));
            }
            default -> throw new IllegalArgumentException(tool.name());
        }
        ProcessBuilder launch = new ProcessBuilder(command).redirectError(setup.log(logName));
        if (port != 0) {
            launch.redirectOutput(setup.log(logName + "-out"));
        }
        Process process = launch.start();
        try {
            if (port == 0) {
                BufferedReader out = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
                String line = out.readLine();
                if (line == null || !line.startsWith("port ")) {
                    throw new IllegalStateException(tool.label() + " host said '" + line + "'; see "
                            + setup.log(logName));
                }
                port = Integer.parseInt(line.substring(5));
            }
            awaitCreated(process, port, tool, setup.log(logName).toString());
            return new ServerProcess(process, port);
        } catch (IOException | RuntimeException | InterruptedException e) {
            ColdStart.stop(process);
            throw e;
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Sends {@code POST /sessions} until one is answered 201: the server is up and does the work. */
    private static void awaitCreated(Process process, int port, Tool tool, String log) throws InterruptedException {
        byte[] request = Workload.createSession(port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (HttpConnection connection = HttpConnection.open(port)) {
                if (connection.exchange(request) == 201) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens when the server is up: try again
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(tool.label() + " gave no 201 (exit "
                + (process.isAlive() ? "none" : process.exitValue()) + "); see " + log);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        ColdStart.stop(process);
    }
}
