package io.github.fakexendit.internal.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.Fault;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.Violation;
import java.time.Duration;
import java.util.List;

/**
 * A {@link Fault} as JSON, the form {@code POST /_fake/faults} takes and the journal shows:
 * {@code {"kind": "DELAY", "seconds": 2, "times": 3, "method": "GET", "path": "/sessions/*"}}, or
 * {@code "always": true} in place of {@code times}. What is left out takes {@link Fault}'s defaults: one request,
 * any method and path, a {@code Rate-Limit-Reset} of one second. {@link #render} writes what {@link #parse}
 * reads, so that a fault shown in the journal can be posted again.
 */
public final class FaultJson {

    private FaultJson() {
    }

    /**
     * The fault a body describes; the body has passed the {@code fault} schema (types, the kinds, ranges), and
     * here the rules between fields are checked.
     *
     * @throws ApiException           400 for fields that do not go together
     * @throws IllegalArgumentException from {@link Fault} for a value it refuses
     */
    public static Fault parse(JsonNode body) {
        Fault.Kind kind = Fault.Kind.valueOf(body.get("kind").textValue());
        JsonNode seconds = body.get("seconds");
        if (kind == Fault.Kind.DELAY && seconds == null) {
            throw invalid(Violation.missing("/body", "seconds"));
        }
        if (seconds != null && !takesSeconds(kind)) {
            throw invalid(Violation.at("/body/seconds", "must NOT be given for kind " + kind
                    + ": only DELAY (how long) and RATE_LIMITED (its Rate-Limit-Reset) take seconds"));
        }
        boolean always = body.path("always").asBoolean(false);
        if (always && body.has("times")) {
            throw invalid(Violation.at("/body/times", "must NOT be given with always: true"));
        }
        if (body.has("method") && !body.has("path")) {
            throw invalid(Violation.missing("/body", "path"));
        }
        Fault fault = of(kind, seconds == null ? null : Json.duration(seconds.decimalValue()));
        if (always) {
            fault = fault.always();
        } else if (body.has("times")) {
            fault = fault.times(body.get("times").intValue());
        }
        return body.has("path") ? fault.on(body.path("method").asText("*"), body.get("path").textValue()) : fault;
    }

    private static Fault of(Fault.Kind kind, Duration seconds) {
        return switch (kind) {
            case SERVER_ERROR -> Fault.serverError();
            case RATE_LIMITED -> seconds == null ? Fault.rateLimited() : Fault.rateLimited(seconds);
            case SERVICE_UNAVAILABLE -> Fault.serviceUnavailable();
            case DELAY -> Fault.delay(seconds);
            case NO_RESPONSE -> Fault.noResponse();
            case DROP_CONNECTION -> Fault.dropConnection();
            case DROP_CONNECTION_MID_RESPONSE -> Fault.dropConnectionMidResponse();
        };
    }

    private static boolean takesSeconds(Fault.Kind kind) {
        return kind == Fault.Kind.DELAY || kind == Fault.Kind.RATE_LIMITED;
    }

    /** The fault with every field spelled out but for the method and path of a fault that applies to any request. */
    public static ObjectNode render(Fault fault) {
        ObjectNode json = Json.object();
        json.put("kind", fault.kind().name());
        if (takesSeconds(fault.kind())) {
            json.set("seconds", Json.seconds(fault.duration()));
        }
        if (fault.times() == Integer.MAX_VALUE) {
            json.put("always", true);
        } else {
            json.put("times", fault.times());
        }
        if (fault.path() != null) {
            json.put("method", fault.method());
            json.put("path", fault.path());
        }
        return json;
    }

    private static ApiException invalid(Violation violation) {
        return new ApiException(ApiError.validation(List.of(violation)));
    }
}
