package io.github.fakexendit.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * How much of each measurement to run: the full run for the numbers, the smoke pass to prove the harness.
 *
 * @param coldStarts         fresh JVMs per tool and mode (the median is reported)
 * @param connections        concurrent keep-alive connections of the load
 * @param fixedRate          the fixed rate of the first load run, in requests per second over all connections
 * @param fixedRateWarmup    load at that rate before its measured window, for the JIT
 * @param fixedRateWindow    the measured window at the fixed rate
 * @param fullSpeedWarmup    load at full speed before its measured window
 * @param fullSpeedWindow    the measured window at full speed
 * @param suiteRuns          JUnit suite runs per tool, a fresh JVM each, taken in turns (the median is reported)
 * @param memoryConnections  connections of the memory runs, which count requests, not time: more of them, so
 *                           that a tool that answers slowly per connection still gets through the count
 * @param memoryCheckpoints  running totals of requests at which memory is read
 * @param atCapacity         the checkpoint at which the fake holds as much as it ever keeps (as many sessions and
 *                           journal entries as its capacities); the first checkpoint is where it holds a full
 *                           store of one kind, from which the bytes per session and per entry are derived
 * @param jmhForks           JMH forks per benchmark; 0 runs the benchmarks in this JVM (smoke pass only)
 * @param jmhIterations      JMH's warm-up and measurement iterations (each)
 * @param jmhIteration       the length of one JMH iteration
 */
record Settings(String name, int coldStarts, int connections, double fixedRate, Duration fixedRateWarmup,
                Duration fixedRateWindow, Duration fullSpeedWarmup, Duration fullSpeedWindow, int suiteRuns,
                int memoryConnections, List<Long> memoryCheckpoints, long atCapacity, int jmhForks,
                int jmhIterations, Duration jmhIteration) {

    static Settings full() {
        return new Settings("full", 10, 16, 2_000, Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(5), Duration.ofSeconds(10), 3,
                64, List.of(10_000L, 20_000L, 40_000L), 20_000,
                1, 5, Duration.ofSeconds(1));
    }

    /** Every measurement once, with small counts: seconds, not minutes. */
    static Settings smoke() {
        return new Settings("smoke", 1, 4, 200, Duration.ofMillis(200), Duration.ofMillis(500),
                Duration.ofMillis(200), Duration.ofMillis(500), 1,
                4, List.of(100L, 200L), 100,
                0, 1, Duration.ofMillis(100));
    }

    long memoryRequests() {
        return memoryCheckpoints.get(memoryCheckpoints.size() - 1);
    }

    long oneStoreFull() {
        return memoryCheckpoints.get(0);
    }
}
