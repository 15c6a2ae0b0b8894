package io.github.fakexendit.internal.payments;

import io.github.fakexendit.internal.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Time as the Payments API shows it: UTC with exactly three fractional digits ({@code 2026-05-01T10:00:00.000Z}),
 * the form of every response Xendit's guides captured. What is stored is already cut to the millisecond, so what
 * a test reads from a record is what the JSON says.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return Json.timestamp(instant);
    }

    /** {@code now} as shown: to the millisecond. */
    public static Instant shown(Instant now) {
        return now.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The {@code updated} of a change at {@code now} after one at {@code previous}: {@code now}, or a millisecond
     * after {@code previous} if the clock has not moved a whole millisecond since, so that every change shows.
     */
    public static Instant after(Instant previous, Instant now) {
        Instant at = shown(now);
        return at.isAfter(previous) ? at : previous.plus(Duration.ofMillis(1));
    }
}
