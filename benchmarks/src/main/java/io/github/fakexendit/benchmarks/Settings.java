package io.github.fakexendit.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * How much of each measurement to run: the full run for the numbers, the smoke pass to prove the harness.
 *
 * @param coldStarts         fresh JVMs per tool and mode (the median is reported)
 * @param connections        concurrent keep-alive connections of the timed load
 * @param memoryConnections  connections of the memory runs, which count requests, not time: more of them, so
 *                           that a tool that answers slowly per connection still gets through the count
 * @param loadWarmup         load before the measured windows, for the JIT
 * @param loadRounds         measured windows per tool, taken in turns, so that a busy moment of a shared
 *                           machine weighs on every tool alike
 * @param loadWindow         one measured window
 * @param memoryCheckpoints  running totals of requests at which memory is read; the last is the one reported
 * @param flatFrom           the checkpoint from which memory must no longer grow (past the journal's capacity)
 * @param jmhForks           JMH forks per benchmark; 0 runs the benchmarks in this JVM (smoke pass only)
 * @param jmhIterations      JMH's warm-up and measurement iterations (each)
 * @param jmhIteration       the length of one JMH iteration
 */
record Settings(String name, int coldStarts, int connections, Duration loadWarmup, int loadRounds,
                Duration loadWindow, int memoryConnections, List<Long> memoryCheckpoints, long flatFrom, int jmhForks,
                int jmhIterations, Duration jmhIteration) {

    static Settings full() {
        return new Settings("full", 10, 16, Duration.ofSeconds(10), 6, Duration.ofSeconds(5),
                64, List.of(25_000L, 50_000L, 100_000L, 150_000L, 200_000L), 50_000,
                1, 5, Duration.ofSeconds(1));
    }

    /** Every measurement once, with small counts: seconds, not minutes. */
    static Settings smoke() {
        return new Settings("smoke", 1, 4, Duration.ofMillis(200), 1, Duration.ofMillis(500),
                4, List.of(100L, 200L), 100,
                0, 1, Duration.ofMillis(100));
    }

    long memoryRequests() {
        return memoryCheckpoints.get(memoryCheckpoints.size() - 1);
    }
}
