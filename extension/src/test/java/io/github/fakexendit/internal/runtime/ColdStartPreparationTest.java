package io.github.fakexendit.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import org.junit.jupiter.api.Test;

/** The preparation covers the whole create path only if its sample is a request the fake accepts. */
class ColdStartPreparationTest {

    @Test
    void theSampleGoesThroughValidationTheStoreAndRendering() throws Exception {
        JsonNode answer = Json.parse(ColdStartPreparation.answerSample());

        assertThat(answer.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(answer.path("payment_session_id").asText()).startsWith("ps-");
        assertThat(answer.path("customer_id").asText()).startsWith("cust-");
    }
}
