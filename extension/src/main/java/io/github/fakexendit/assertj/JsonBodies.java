package io.github.fakexendit.assertj;

import net.javacrumbs.jsonunit.assertj.JsonAssert;
import net.javacrumbs.jsonunit.assertj.JsonAssertions;
import net.javacrumbs.jsonunit.core.Option;

/**
 * Every use of json-unit, kept in this one class: the JVM loads it only when a JSON body is compared, so the
 * other assertions work without json-unit on the classpath.
 */
final class JsonBodies {

    private JsonBodies() {
    }

    /**
     * How {@code body} differs from {@code expected} in json-unit's words, or {@code null} if it does not;
     * {@code lenient} ignores fields {@code expected} leaves out and the order of arrays.
     */
    static String difference(String body, String expected, boolean lenient) {
        JsonAssert.ConfigurableJsonAssert json = JsonAssertions.assertThatJson(body);
        if (lenient) {
            json = json.when(Option.IGNORING_EXTRA_FIELDS, Option.IGNORING_ARRAY_ORDER);
        }
        try {
            json.isEqualTo(expected);
            return null;
        } catch (AssertionError difference) {
            return difference.getMessage();
        }
    }

    static JsonAssert.ConfigurableJsonAssert assertThat(String body, String description) {
        return JsonAssertions.assertThatJson(body).as(description);
    }
}
