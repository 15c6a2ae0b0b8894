package io.github.fakexendit.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load for the memory runs, which count requests, not time: each connection, on a thread of its
 * own, sends {@code POST /sessions}, reads the whole response and sends the next. Any answer but a 201 stops the
 * run: a tool that does not do the work is not measured. (The timed load runs in a JVM of its own:
 * {@link LoadGenerator}.)
 */
final class Load {

    private Load() {
    }

    /** Sends {@code requests} requests in all, spread over the connections. */
    static void counted(int port, int connections, long requests) throws IOException {
        AtomicLong left = new AtomicLong(requests);
        onConnections(port, connections, (connection, request) -> {
            while (left.getAndDecrement() > 0) {
                connection.create(request);
            }
            return null;
        });
    }

    private interface Client<T> {
        T run(HttpConnection connection, byte[] request) throws IOException;
    }

    private static <T> List<T> onConnections(int port, int connections, Client<T> client) throws IOException {
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        try {
            byte[] request = Workload.createSession(port);
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                Callable<T> task = () -> {
                    try (HttpConnection connection = HttpConnection.open(port)) {
                        return client.run(connection, request);
                    }
                };
                running.add(threads.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IOException("a load connection failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
