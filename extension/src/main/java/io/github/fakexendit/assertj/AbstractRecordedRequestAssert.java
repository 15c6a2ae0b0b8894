package io.github.fakexendit.assertj;

import io.github.fakexendit.Fault;
import io.github.fakexendit.RecordedRequest;
import io.github.fakexendit.internal.FailureMessages;
import io.github.fakexendit.internal.platform.ApiKeys;
import java.util.Objects;
import net.javacrumbs.jsonunit.assertj.JsonAssert;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one recorded request: how it was sent (method, path, headers, key, body) and how the fake
 * answered it (status, Xendit's error, a scripted fault). Every failure shows the whole request.
 *
 * @param <SELF> the concrete assert, for chaining
 */
public abstract class AbstractRecordedRequestAssert<SELF extends AbstractRecordedRequestAssert<SELF>>
        extends AbstractAssert<SELF, RecordedRequest> {

    /** An assertion on {@code request}; {@code selfType} is the concrete assert's class. */
    protected AbstractRecordedRequestAssert(RecordedRequest request, Class<?> selfType) {
        super(request, selfType);
    }

    /** What the failures call the request, e.g. {@code the request}. */
    protected abstract String subject();

    /** The HTTP method, regardless of case. */
    public SELF hasMethod(String method) {
        return has("the method", method, request().method(), request().method().equalsIgnoreCase(method));
    }

    /** The path without the query, exactly, e.g. {@code /sessions/ps-...}. */
    public SELF hasPath(String path) {
        return has("the path", path, request().path());
    }

    /** The header was sent with this (first) value; names are matched regardless of case. */
    public SELF hasHeader(String name, String value) {
        return has("header " + name, value, request().header(name));
    }

    /** The header was not sent; names are matched regardless of case. */
    public SELF doesNotHaveHeader(String name) {
        return has("header " + name, null, request().header(name));
    }

    /** The request acted for this XenPlatform sub-account ({@code for-user-id}). */
    public SELF hasForUserId(String forUserId) {
        return hasHeader("for-user-id", forUserId);
    }

    /** The request authenticated with this secret key (HTTP Basic). Failures show the keys masked. */
    public SELF hasApiKey(String apiKey) {
        String used = request().apiKey();
        if (!Objects.equals(apiKey, used)) {
            String expected = ApiKeys.mask(apiKey);
            String shown = ApiKeys.mask(used);
            failWithMessage("%s", FailureMessages.mismatch("the API key", subject(),
                    Objects.equals(expected, shown) ? expected + " (they differ past the characters shown)" : expected,
                    shown, actual.toString()));
        }
        return myself;
    }

    /** The fake answered with this status; 0 means a scripted fault sent no status line. */
    public SELF hasStatus(int status) {
        return has("the status", status, request().status());
    }

    /** The fake answered with this {@code error_code}, e.g. {@code API_VALIDATION_ERROR}. */
    public SELF hasErrorCode(String errorCode) {
        return has("the error_code", errorCode, request().errorCode());
    }

    /** The fake answered with an error of exactly this {@code message}. */
    public SELF hasErrorMessage(String message) {
        return has("the error message", message, request().errorMessage());
    }

    /** The request got a scripted fault of this kind. */
    public SELF hasFault(Fault.Kind kind) {
        return has("the scripted fault", kind, request().fault() == null ? null : request().fault().kind());
    }

    /**
     * The body is JSON that matches {@code expectedJson} leniently: fields the expected JSON leaves out are
     * ignored, arrays may be in any order, and json-unit's placeholders work ({@code "${json-unit.any-string}"},
     * {@code "${json-unit.ignore}"}). Needs json-unit-assertj.
     */
    public SELF hasBodyMatching(String expectedJson) {
        return hasBody(expectedJson, true);
    }

    /** The body is JSON equal to {@code expectedJson}, field for field; placeholders work. Needs json-unit-assertj. */
    public SELF hasBodyEqualTo(String expectedJson) {
        return hasBody(expectedJson, false);
    }

    /**
     * json-unit's assertions on the body, for any other comparison, e.g.
     * {@code bodyJson().inPath("$.items[0].quantity").isEqualTo(2)}. Needs json-unit-assertj.
     */
    public JsonAssert.ConfigurableJsonAssert bodyJson() {
        return JsonBodies.assertThat(jsonBody(), "the body of " + subject());
    }

    private SELF hasBody(String expectedJson, boolean lenient) {
        String difference = JsonBodies.difference(jsonBody(), expectedJson, lenient);
        if (difference != null) {
            failWithMessage("%s", FailureMessages.bodyMismatch(subject(), difference, actual.toString()));
        }
        return myself;
    }

    private String jsonBody() {
        if (request().json().isEmpty()) {
            failWithMessage("%s", FailureMessages.lacking("a JSON body", subject(), actual.toString()));
        }
        return actual.body();
    }

    /** Passes if {@code found} equals {@code expected}, else fails showing both and the whole request. */
    protected final SELF has(String property, Object expected, Object found) {
        return has(property, expected, found, Objects.equals(expected, found));
    }

    /** Passes if {@code holds}, else fails naming the property, both values, and the whole request. */
    protected final SELF has(String property, Object expected, Object found, boolean holds) {
        if (!holds) {
            failWithMessage("%s", FailureMessages.mismatch(property, subject(), expected, found, actual.toString()));
        }
        return myself;
    }

    /** The request, after failing if there is none. */
    protected final RecordedRequest request() {
        isNotNull();
        return actual;
    }
}
