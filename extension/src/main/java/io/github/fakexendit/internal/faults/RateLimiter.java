package io.github.fakexendit.internal.faults;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Xendit's test-mode rate limit: 60 requests a minute per endpoint per account, over a sliding window on the
 * server's clock (so a test that moves the clock frees the quota without waiting). Refused requests do not
 * count. Thread-safe.
 */
public final class RateLimiter {

    public static final int LIMIT = 60;
    public static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    /** The times of the accepted requests within the window, per account and endpoint. */
    private final Map<List<Object>, ArrayDeque<Instant>> accepted = new HashMap<>();

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts a request of {@code account} to {@code endpoint} if the quota allows it; the quota after it. */
    public synchronized Quota acquire(Object account, String endpoint) {
        Instant now = clock.instant();
        ArrayDeque<Instant> log = accepted.computeIfAbsent(List.of(account, endpoint), key -> new ArrayDeque<>());
        while (!log.isEmpty() && !log.peekFirst().plus(WINDOW).isAfter(now)) {
            log.removeFirst();
        }
        boolean allowed = log.size() < LIMIT;
        if (allowed) {
            log.addLast(now);
        }
        return new Quota(allowed, LIMIT - log.size(), Duration.between(now, log.peekFirst().plus(WINDOW)));
    }

    public synchronized void clear() {
        accepted.clear();
    }

    /**
     * Where a client stands: whether this request was allowed, how many more the window takes, and when the
     * oldest request counted leaves the window.
     */
    public record Quota(boolean allowed, int remaining, Duration reset) {

        /** The quota a scripted 429 reports: nothing left, free again after {@code reset}. */
        public static Quota exhausted(Duration reset) {
            return new Quota(false, 0, reset);
        }

        /** {@code Rate-Limit-Limit}, {@code Rate-Limit-Remaining}, {@code Rate-Limit-Reset} (seconds, e.g. 58.37). */
        public Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Rate-Limit-Limit", Integer.toString(LIMIT));
            headers.put("Rate-Limit-Remaining", Integer.toString(remaining));
            headers.put("Rate-Limit-Reset", BigDecimal.valueOf(reset.toMillis(), 3)
                    .setScale(2, RoundingMode.UP).stripTrailingZeros().toPlainString());
            return headers;
        }
    }
}
