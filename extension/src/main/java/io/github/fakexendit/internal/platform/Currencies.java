package io.github.fakexendit.internal.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;

/** The currencies a session may be in, from the data file {@code currencies.json}. */
public final class Currencies {

    private static final JsonNode DECIMAL_PLACES = Json.resource(Currencies.class, "currencies.json")
            .get("decimal_places");

    private Currencies() {
    }

    /**
     * How many decimal places an amount in {@code currency} may have.
     *
     * @throws IllegalArgumentException for a currency the data file does not list
     */
    public static int decimalPlaces(String currency) {
        JsonNode places = DECIMAL_PLACES.get(currency);
        if (places == null) {
            throw new IllegalArgumentException("no decimal places known for currency " + currency);
        }
        return places.intValue();
    }
}
