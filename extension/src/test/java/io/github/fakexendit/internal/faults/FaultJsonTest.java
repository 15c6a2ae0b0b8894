package io.github.fakexendit.internal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.Fault;
import io.github.fakexendit.internal.json.Json;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON form of the fault vocabulary reads as the factories build, and writes what it reads. */
class FaultJsonTest {

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("{\"kind\": \"SERVER_ERROR\"}", Fault.serverError()),
                Arguments.of("{\"kind\": \"RATE_LIMITED\"}", Fault.rateLimited()),
                Arguments.of("{\"kind\": \"RATE_LIMITED\", \"seconds\": 30}", Fault.rateLimited(Duration.ofSeconds(30))),
                Arguments.of("{\"kind\": \"SERVICE_UNAVAILABLE\", \"always\": true}", Fault.serviceUnavailable().always()),
                Arguments.of("{\"kind\": \"SERVICE_UNAVAILABLE\", \"always\": false, \"times\": 4}",
                        Fault.serviceUnavailable().times(4)),
                Arguments.of("{\"kind\": \"DELAY\", \"seconds\": 0.25, \"method\": \"get\", \"path\": \"/sessions/*\"}",
                        Fault.delay(Duration.ofMillis(250)).on("GET", "/sessions/*")),
                Arguments.of("{\"kind\": \"DELAY\", \"seconds\": 1.0000000019}", Fault.delay(Duration.ofNanos(1_000_000_001))),
                Arguments.of("{\"kind\": \"NO_RESPONSE\", \"path\": \"/sessions/*/cancel\"}",
                        Fault.noResponse().on("*", "/sessions/*/cancel")),
                Arguments.of("{\"kind\": \"DROP_CONNECTION\", \"times\": 2147483647}", Fault.dropConnection().always()),
                Arguments.of("{\"kind\": \"DROP_CONNECTION_MID_RESPONSE\", \"times\": 3, \"method\": \"POST\", "
                        + "\"path\": \"/sessions\"}", Fault.dropConnectionMidResponse().times(3).on("POST", "/sessions")));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void aFormReadsAsTheFactoriesBuildAndWritesWhatReadsBack(String json, Fault expected) {
        Fault parsed = FaultJson.parse(Json.parse(json));

        assertThat(parsed).isEqualTo(expected);
        assertThat(FaultJson.parse(FaultJson.render(parsed))).isEqualTo(expected);
    }

    static Stream<Arguments> rendered() {
        return Stream.of(
                Arguments.of(Fault.serverError(), "{\"kind\":\"SERVER_ERROR\",\"times\":1}"),
                Arguments.of(Fault.rateLimited(), "{\"kind\":\"RATE_LIMITED\",\"seconds\":1,\"times\":1}"),
                Arguments.of(Fault.delay(Duration.ofMillis(1500)).always().on("get", "/sessions/"),
                        "{\"kind\":\"DELAY\",\"seconds\":1.5,\"always\":true,\"method\":\"GET\",\"path\":\"/sessions\"}"),
                Arguments.of(Fault.delay(Duration.ofSeconds(20)),
                        "{\"kind\":\"DELAY\",\"seconds\":20,\"times\":1}"));
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void theRenderedFormSpellsOutTheDefaults(Fault fault, String json) {
        assertThat(Json.compact(FaultJson.render(fault))).isEqualTo(json);
    }
}
