package io.github.fakexendit.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load over keep-alive connections: each connection, on a thread of its own, sends
 * {@code POST /sessions}, reads the whole response and sends the next. Any answer but a 201 stops the run: a
 * tool that does not do the work is not measured.
 */
final class Load {

    /** Timed runs: the requests sent in their windows, with their latencies in ascending order. */
    record Result(long[] sortedLatencies, Duration window) {

        double perSecond() {
            return sortedLatencies.length * 1e9 / window.toNanos();
        }

        long p50Nanos() {
            return percentile(0.50);
        }

        long p99Nanos() {
            return percentile(0.99);
        }

        private long percentile(double fraction) {
            if (sortedLatencies.length == 0) {
                return 0;
            }
            return sortedLatencies[Math.max(0, (int) Math.ceil(fraction * sortedLatencies.length) - 1)];
        }

        /** Several runs as one: their requests and windows added up. */
        Result plus(Result other) {
            long[] all = Arrays.copyOf(sortedLatencies, sortedLatencies.length + other.sortedLatencies.length);
            System.arraycopy(other.sortedLatencies, 0, all, sortedLatencies.length, other.sortedLatencies.length);
            Arrays.sort(all);
            return new Result(all, window.plus(other.window));
        }
    }

    private Load() {
    }

    /**
     * Warms up for {@code warmup}, then counts the requests sent during {@code window}, each timed from the first
     * byte written to the last byte read.
     */
    static Result timed(int port, int connections, Duration warmup, Duration window) throws IOException {
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long measureUntil = measureFrom + window.toNanos();
        List<Latencies> perConnection = onConnections(port, connections, (connection, request) -> {
            Latencies latencies = new Latencies();
            for (long sent = System.nanoTime(); sent < measureUntil; sent = System.nanoTime()) {
                connection.create(request);
                if (sent >= measureFrom) {
                    latencies.add(System.nanoTime() - sent);
                }
            }
            return latencies;
        });
        long[] all = new long[0];
        for (Latencies latencies : perConnection) {
            int at = all.length;
            all = Arrays.copyOf(all, at + latencies.count);
            System.arraycopy(latencies.nanos, 0, all, at, latencies.count);
        }
        Arrays.sort(all);
        return new Result(all, window);
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

    private static final class Latencies {
        long[] nanos = new long[4096];
        int count;

        void add(long latency) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = latency;
        }
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
