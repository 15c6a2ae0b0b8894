package io.github.fakexendit.internal;

import io.github.fakexendit.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The wording of every failure the fake reports to a test: assertions, waits that time out, strict mode. Each
 * names what was expected, what was found, and then shows the evidence in full: the request or session in
 * question, or every request that did arrive.
 */
public final class FailureMessages {

    /** Beyond this many, a listing of requests shows only the first ones. */
    private static final int LISTED = 10;

    private FailureMessages() {
    }

    /** {@code 3 requests were received:} and each of them in full, numbered. */
    public static String received(List<RecordedRequest> requests) {
        if (requests.isEmpty()) {
            return "No requests were received.";
        }
        return count(requests.size(), "request") + (requests.size() == 1 ? " was" : " were") + " received:\n\n"
                + listing(requests);
    }

    /** Each item (a request, a session...) in full as it prints, numbered, the first {@link #LISTED} of them. */
    public static String listing(List<?> items) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(items.size(), LISTED); i++) {
            String item = items.get(i).toString().stripTrailing();
            out.append(i + 1).append(". ").append(item.replaceAll("\n(?=.)", "\n   ")).append("\n\n");
        }
        if (items.size() > LISTED) {
            out.append("(and ").append(items.size() - LISTED).append(" more)\n");
        }
        return out.toString().stripTrailing();
    }

    /** A number of things expected, e.g. {@code 2 created sessions}, and a different number found. */
    public static String expectedCount(String expected, int found, String evidence) {
        return "Expected " + expected + " but found " + found + ".\n\n" + evidence;
    }

    /** A property of {@code subject} that differs; {@code shown} is the subject in full. */
    public static String mismatch(String property, String subject, Object expected, Object actual, String shown) {
        return "Expected " + property + " of " + subject + " to be " + show(expected) + " but it was "
                + show(actual) + ".\n\n" + capitalized(subject) + ":\n" + shown.stripTrailing();
    }

    /** Something {@code subject} lacks, said in the caller's words; {@code shown} is the subject in full. */
    public static String lacking(String expectation, String subject, String shown) {
        return "Expected " + expectation + ".\n\n" + capitalized(subject) + ":\n" + shown.stripTrailing();
    }

    /** A body that differs from the JSON expected, in json-unit's words. */
    public static String bodyMismatch(String subject, String difference, String shown) {
        return "Expected the body of " + subject + " to match the expected JSON. " + difference.strip()
                + "\n\n" + capitalized(subject) + ":\n" + shown.stripTrailing();
    }

    /** A wait for requests that ran out of time, with what did arrive. */
    public static String awaitTimedOut(int count, Predicate<RecordedRequest> matching, Duration timeout, int found,
                                       List<RecordedRequest> received) {
        return "Expected " + count(count, "request") + " matching " + describe(matching) + " within "
                + duration(timeout) + " but " + (found == 0 ? "none" : "only " + found) + " arrived. "
                + received(received);
    }

    /** Strict mode: the rejections no test expected, and how to expect them. */
    public static String unexpectedRejections(List<RecordedRequest> rejected) {
        String first = rejected.get(0).errorCode();
        return "fake-xendit strict mode: the fake rejected " + count(rejected.size(), "request")
                + " that the test did not expect:\n\n" + listing(rejected) + "\n\n"
                + "If the test is about this rejection, assert it, e.g. "
                + "FakeXenditAssertions.assertThat(xendit).hasRejectedRequest().hasErrorCode(\"" + first + "\"), "
                + "or declare it before the call: xendit.expectRejections(request -> \"" + first
                + "\".equals(request.errorCode())).";
    }

    /** {@code 1 request}, {@code 2 requests}, {@code no requests}. */
    public static String count(int n, String noun) {
        return (n == 0 ? "no" : Integer.toString(n)) + " " + noun + (n == 1 ? "" : "s");
    }

    /** A matcher from {@link RecordedRequest#matching} describes itself; a lambda cannot. */
    private static String describe(Predicate<?> predicate) {
        String text = String.valueOf(predicate);
        return text.contains("$$Lambda") || text.contains("$Lambda") ? "the given predicate" : text;
    }

    /** {@code 200 ms}, {@code 5s}, {@code 1m30s}. */
    private static String duration(Duration duration) {
        return duration.toMillis() < 1000 ? duration.toMillis() + " ms"
                : Duration.ofMillis(duration.toMillis()).toString().substring(2).toLowerCase(Locale.ROOT);
    }

    /** Text in quotes, {@code absent} for a missing value, anything else as it prints. */
    private static String show(Object value) {
        if (value == null) {
            return "absent";
        }
        return value instanceof CharSequence ? "\"" + value + "\"" : value.toString();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
