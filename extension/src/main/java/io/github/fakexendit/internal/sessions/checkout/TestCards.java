package io.github.fakexendit.internal.sessions.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Xendit's test card numbers and what each does at checkout: the data file {@code test-cards.json}. */
public final class TestCards {

    /**
     * One test card.
     *
     * @param number   digits only
     * @param approved whether a payment with it goes through
     * @param scenario what Xendit's test mode does with it, in a few words
     */
    public record Card(String number, String brand, boolean approved, String scenario) {
    }

    /** In the data file's order. */
    private static final List<Card> CARDS = load();

    private TestCards() {
    }

    private static List<Card> load() {
        List<Card> cards = new ArrayList<>();
        for (JsonNode card : Json.resource(TestCards.class, "test-cards.json").get("cards")) {
            cards.add(new Card(card.get("number").textValue(), card.get("brand").textValue(),
                    card.get("approved").booleanValue(), card.get("scenario").textValue()));
        }
        return List.copyOf(cards);
    }

    /** The test card with {@code number} (digits only), if Xendit documents one. */
    public static Optional<Card> find(String number) {
        return CARDS.stream().filter(card -> card.number().equals(number)).findFirst();
    }

    /** The first card of the data file that is approved (or declined), to suggest to the customer. */
    public static Card first(boolean approved) {
        return CARDS.stream().filter(card -> card.approved() == approved).findFirst()
                .orElseThrow(() -> new IllegalStateException("test-cards.json has no card with approved=" + approved));
    }
}
