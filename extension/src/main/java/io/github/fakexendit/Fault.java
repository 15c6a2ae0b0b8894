package io.github.fakexendit;

import io.github.fakexendit.internal.RequestPattern;
import java.time.Duration;
import java.util.Objects;

/**
 * Something going wrong at Xendit, scripted for the next requests: an error answer, a slow answer, no answer,
 * or a dropped connection. Immutable; give it to {@link FakeXenditServer#inject(Fault)}.
 *
 * <pre>{@code
 * xendit.inject(Fault.serverError().times(2).on("POST", "/sessions"));   // the next two creates fail
 * String sessionId = checkout.startPayment(order);                      // and the third succeeds
 * }</pre>
 *
 * <p>A fault applies to the next {@link #times(int) N} API requests (one unless set) that match its
 * {@link #on(String, String) method and path} (any unless set); requests under {@code /_fake} never get one.
 * Each request the fault hits is in the journal with the fault, see {@link RecordedRequest#fault()}.
 */
public final class Fault {

    /** The closed list of what can go wrong; each kind says whether the request is processed. */
    public enum Kind {
        /** {@code 500 SERVER_ERROR} with Xendit's body; the request is not processed. */
        SERVER_ERROR,
        /** {@code 429 RATE_LIMIT_EXCEEDED} with {@code Rate-Limit-*} headers; the request is not processed. */
        RATE_LIMITED,
        /** {@code 503 SERVICE_UNAVAILABLE}; the request is not processed. */
        SERVICE_UNAVAILABLE,
        /** The request is processed on arrival and answered after the fault's duration. */
        DELAY,
        /** No answer at all until the client gives up (or the server is reset or closed); not processed. */
        NO_RESPONSE,
        /** The connection is closed without an answer; the request is not processed. */
        DROP_CONNECTION,
        /**
         * The request is processed, then the status line, the headers and half of the body are sent and the
         * connection is closed: the client sees the answer start and break off.
         */
        DROP_CONNECTION_MID_RESPONSE
    }

    /** How long a client is told to wait by a scripted 429's {@code Rate-Limit-Reset}, unless set. */
    public static final Duration DEFAULT_RATE_LIMIT_RESET = Duration.ofSeconds(1);

    private static final int ALWAYS = Integer.MAX_VALUE;

    private final Kind kind;
    private final Duration duration;
    private final int times;
    private final RequestPattern pattern;

    private Fault(Kind kind, Duration duration, int times, RequestPattern pattern) {
        this.kind = kind;
        this.duration = duration;
        this.times = times;
        this.pattern = pattern;
    }

    private static Fault of(Kind kind, Duration duration) {
        return new Fault(kind, duration, 1, RequestPattern.ANY);
    }

    /** {@code 500} with {@code {"error_code":"SERVER_ERROR","message":"Something unexpected happened..."}}. */
    public static Fault serverError() {
        return of(Kind.SERVER_ERROR, Duration.ZERO);
    }

    /** {@code 429 RATE_LIMIT_EXCEEDED}, telling the client to wait {@link #DEFAULT_RATE_LIMIT_RESET}. */
    public static Fault rateLimited() {
        return rateLimited(DEFAULT_RATE_LIMIT_RESET);
    }

    /**
     * {@code 429 RATE_LIMIT_EXCEEDED} with {@code Rate-Limit-Limit: 60}, {@code Rate-Limit-Remaining: 0} and
     * {@code Rate-Limit-Reset} set to {@code reset} in seconds, as Xendit sends them.
     */
    public static Fault rateLimited(Duration reset) {
        return of(Kind.RATE_LIMITED, requireNonNegative(reset, "reset"));
    }

    /** {@code 503} with {@code {"error_code":"SERVICE_UNAVAILABLE","message":...}}. */
    public static Fault serviceUnavailable() {
        return of(Kind.SERVICE_UNAVAILABLE, Duration.ZERO);
    }

    /**
     * The request is processed when it arrives and answered {@code delay} later, as by a slow server; the I/O
     * threads are not held meanwhile. A client that times out first has still, for example, created a session.
     */
    public static Fault delay(Duration delay) {
        return of(Kind.DELAY, requireNonNegative(delay, "delay"));
    }

    /** The request is never answered and not processed: the client waits until its own timeout. */
    public static Fault noResponse() {
        return of(Kind.NO_RESPONSE, Duration.ZERO);
    }

    /** The connection is closed as soon as the request has arrived, before any answer; not processed. */
    public static Fault dropConnection() {
        return of(Kind.DROP_CONNECTION, Duration.ZERO);
    }

    /** The request is processed, and the connection breaks off halfway through the answer's body. */
    public static Fault dropConnectionMidResponse() {
        return of(Kind.DROP_CONNECTION_MID_RESPONSE, Duration.ZERO);
    }

    /** This fault for the next {@code count} matching requests instead of one. */
    public Fault times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a fault applies to at least 1 request, got " + count);
        }
        return new Fault(kind, duration, count, pattern);
    }

    /** This fault for every matching request until the server is reset. */
    public Fault always() {
        return new Fault(kind, duration, ALWAYS, pattern);
    }

    /**
     * This fault only for requests with this method and path; {@code *} in the path stands for one segment,
     * e.g. <code>on("POST", "/sessions/&#42;/cancel")</code>.
     */
    public Fault on(String method, String path) {
        return new Fault(kind, duration, times, RequestPattern.of(method, path));
    }

    /** What the fault does. */
    public Kind kind() {
        return kind;
    }

    /** The delay of a {@link Kind#DELAY}, the reset of a {@link Kind#RATE_LIMITED}; zero for the others. */
    public Duration duration() {
        return duration;
    }

    /** How many requests the fault applies to; {@link Integer#MAX_VALUE} for {@link #always()}. */
    public int times() {
        return times;
    }

    /** The method of the requests the fault applies to, such as {@code POST}; {@code *} for any. */
    public String method() {
        return pattern.method();
    }

    /**
     * The path of the requests the fault applies to, <code>&#42;</code> standing for one segment, as given to
     * {@link #on(String, String)}; {@code null} for any path.
     */
    public String path() {
        return pattern.path();
    }

    /** Whether the fault applies to a request with this method and path. */
    public boolean appliesTo(String method, String path) {
        return pattern.matches(method, path);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fault f && kind == f.kind && duration.equals(f.duration) && times == f.times
                && pattern.equals(f.pattern);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, duration, times, pattern);
    }

    /** E.g. {@code DELAY PT2S, 3 times, on POST /sessions}. */
    @Override
    public String toString() {
        return kind + (duration.isZero() ? "" : " " + duration)
                + (times == ALWAYS ? ", always" : times == 1 ? "" : ", " + times + " times")
                + (pattern.equals(RequestPattern.ANY) ? "" : ", on " + pattern);
    }

    private static Duration requireNonNegative(Duration duration, String name) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero or positive, got " + duration);
        }
        return duration;
    }
}
