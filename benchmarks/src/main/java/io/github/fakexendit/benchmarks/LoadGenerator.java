package io.github.fakexendit.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * The load generator, run in a JVM of its own so that a pause of the server's JVM never stops the client's
 * clock: {@code LoadGenerator PORT CONNECTIONS RATE WARMUP_MS MEASURE_MS} sends {@code POST /sessions} over
 * keep-alive connections, each on a thread of its own, and prints one line,
 * {@code result REQUESTS MEASURED_NANOS P50 P99 P99.9 MAX} (latencies in nanoseconds).
 *
 * <ul>
 *   <li>{@code RATE} &gt; 0: a fixed rate in requests per second over all connections, each connection on a
 *       schedule of its own. A request's latency counts from the time the schedule meant to send it, not from
 *       when it went out, as wrk2 does: a server that stalls delays every request due during the stall, and
 *       each of them counts the wait (no coordinated omission). Requests the schedule still owed when the window
 *       ended count with the time they had waited by then.</li>
 *   <li>{@code RATE} = 0: full speed, each connection sending the next request as soon as the answer is read;
 *       a latency counts from the send.</li>
 * </ul>
 * Any answer but a 201 ends the run with an error: a tool that does not do the work is not measured.
 */
public final class LoadGenerator {

    /** Latencies up to a minute, to three significant digits. */
    private static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(1);

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int connections = Integer.parseInt(args[1]);
        double rate = Double.parseDouble(args[2]);
        long warmupNanos = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(args[3]));
        long measureNanos = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(args[4]));
        Histogram all = run(port, connections, rate, warmupNanos, measureNanos);
        System.out.printf(Locale.ROOT, "result %d %d %d %d %d %d%n", all.getTotalCount(), measureNanos,
                all.getValueAtPercentile(50), all.getValueAtPercentile(99), all.getValueAtPercentile(99.9),
                all.getMaxValue());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    static Histogram run(int port, int connections, double rate, long warmupNanos, long measureNanos)
            throws IOException, InterruptedException {
        byte[] request = Workload.createSession(port);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long measureFrom = start + warmupNanos;
        long measureUntil = measureFrom + measureNanos;
        // one request per connection every `interval` ns; the connections' schedules are staggered evenly
        long interval = rate > 0 ? Math.round(connections * 1e9 / rate) : 0;
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        try {
            List<Future<Histogram>> running = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                long first = start + interval * i / connections;
                Callable<Histogram> connection = () -> interval > 0
                        ? scheduled(port, request, first, interval, measureFrom, measureUntil)
                        : closedLoop(port, request, measureFrom, measureUntil);
                running.add(threads.submit(connection));
            }
            Histogram all = new Histogram(HIGHEST_NANOS, 3);
            for (Future<Histogram> result : running) {
                all.add(result.get());
            }
            return all;
        } catch (ExecutionException e) {
            throw new IOException("a load connection failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private static Histogram scheduled(int port, byte[] request, long first, long interval, long measureFrom,
                                       long measureUntil) throws IOException {
        Histogram latencies = new Histogram(HIGHEST_NANOS, 3);
        long due = first;
        try (HttpConnection connection = HttpConnection.open(port)) {
            while (due < measureUntil) {
                long now = System.nanoTime();
                if (now >= measureUntil) {
                    break;
                }
                while (now < due) {
                    LockSupport.parkNanos(due - now);
                    now = System.nanoTime();
                }
                connection.create(request);
                if (due >= measureFrom) {
                    latencies.recordValue(Math.min(System.nanoTime() - due, HIGHEST_NANOS));
                }
                due += interval;
            }
        }
        // what the schedule owed when the window closed waited at least until then
        long end = System.nanoTime();
        for (; due < measureUntil; due += interval) {
            if (due >= measureFrom) {
                latencies.recordValue(Math.min(end - due, HIGHEST_NANOS));
            }
        }
        return latencies;
    }

    private static Histogram closedLoop(int port, byte[] request, long measureFrom, long measureUntil)
            throws IOException {
        Histogram latencies = new Histogram(HIGHEST_NANOS, 3);
        try (HttpConnection connection = HttpConnection.open(port)) {
            for (long sent = System.nanoTime(); sent < measureUntil; sent = System.nanoTime()) {
                connection.create(request);
                if (sent >= measureFrom) {
                    latencies.recordValue(Math.min(System.nanoTime() - sent, HIGHEST_NANOS));
                }
            }
        }
        return latencies;
    }
}
