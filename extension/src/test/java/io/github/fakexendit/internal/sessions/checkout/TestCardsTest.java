package io.github.fakexendit.internal.sessions.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test card catalog is sound, and {@code docs/checkout-page.md} tells each card's outcome as the page does. */
class TestCardsTest {

    private static final List<JsonNode> CARDS = cards();

    private static List<JsonNode> cards() {
        List<JsonNode> cards = new ArrayList<>();
        Json.resource(TestCards.class, "test-cards.json").get("cards").forEach(cards::add);
        return cards;
    }

    @Test
    void everyNumberIsACardNumberAndListedOnce() {
        assertThat(CARDS).extracting(card -> card.get("number").textValue())
                .doesNotHaveDuplicates()
                .allSatisfy(number -> assertThat(Checkout.passesLuhn(number)).as(number).isTrue());
    }

    @Test
    void theNumbersTheDocsNameDecideAsDocumented() {
        assertThat(TestCards.find("4000000000001000")).map(TestCards.Card::approved).hasValue(true);
        assertThat(TestCards.find("4000000000000010")).map(TestCards.Card::approved).hasValue(false);
        assertThat(TestCards.find("4111111111111111")).isEmpty();
        assertThat(Checkout.passesLuhn("4000000000001001")).isFalse();
    }

    @Test
    void theCheckoutPageDocListsEveryCardWithItsOutcome() throws IOException {
        Path doc = Path.of(System.getProperty("basedir", "."), "..", "docs", "checkout-page.md");
        List<String> rows = Files.readAllLines(doc).stream().filter(line -> line.startsWith("| `")).toList();

        assertThat(CARDS).allSatisfy(card -> {
            String number = card.get("number").textValue();
            assertThat(rows).as("the row of " + number).filteredOn(row -> row.contains("`" + number + "`"))
                    .singleElement().satisfies(row -> assertThat(row)
                            .contains(card.get("approved").booleanValue() ? "| approved" : "| **declined**"));
        });
    }
}
