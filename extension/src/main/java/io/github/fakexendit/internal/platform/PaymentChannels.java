package io.github.fakexendit.internal.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The payment channels of one server: Xendit's catalog of channel codes by country and currency (the data file
 * {@code payment-channels.json}), and which of them the tests have deactivated for the account. A deactivated
 * code is unavailable in every country, for every business of the server. Thread-safe.
 */
public final class PaymentChannels {

    /** Country, then currency, then channel codes, in the data file's order. */
    private static final Map<String, Map<String, List<String>>> CATALOG = load();
    private static final Set<String> ALL_CODES = allCodes();
    private static final Map<String, Channel> CHANNELS = loadChannels();
    /** Country, then its channel codes in any currency, in catalog order. */
    private static final Map<String, List<String>> BY_COUNTRY = byCountry();

    private final Set<String> deactivated = ConcurrentHashMap.newKeySet();

    private static Map<String, Map<String, List<String>>> load() {
        Map<String, Map<String, List<String>>> countries = new LinkedHashMap<>();
        JsonNode data = Json.resource(PaymentChannels.class, "payment-channels.json").get("countries");
        for (Map.Entry<String, JsonNode> country : data.properties()) {
            Map<String, List<String>> currencies = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> currency : country.getValue().properties()) {
                List<String> codes = new ArrayList<>();
                currency.getValue().forEach(code -> codes.add(code.textValue()));
                currencies.put(currency.getKey(), List.copyOf(codes));
            }
            countries.put(country.getKey(), Collections.unmodifiableMap(currencies));
        }
        return Collections.unmodifiableMap(countries);
    }

    private static Map<String, Channel> loadChannels() {
        Map<String, Channel> channels = new LinkedHashMap<>();
        JsonNode data = Json.resource(PaymentChannels.class, "payment-channels.json").get("channels");
        for (Map.Entry<String, JsonNode> entry : data.properties()) {
            JsonNode refunds = entry.getValue().get("refunds");
            Refunds terms = null;
            if (refunds != null) {
                Map<String, Integer> byCountry = new LinkedHashMap<>();
                refunds.path("days_by_country").properties()
                        .forEach(e -> byCountry.put(e.getKey(), e.getValue().intValue()));
                JsonNode days = refunds.get("days");
                terms = new Refunds(refunds.get("partial").booleanValue(),
                        days.isNull() ? null : days.intValue(), byCountry);
            }
            channels.put(entry.getKey(), new Channel(entry.getKey(), entry.getValue().get("kind").textValue(), terms));
        }
        return Collections.unmodifiableMap(channels);
    }

    /**
     * What the catalog says of one channel code beyond where it is offered.
     *
     * @param kind    {@code CARDS}, {@code EWALLET}, {@code DIRECT_DEBIT}, {@code PAYLATER}, {@code ONLINE_BANKING},
     *                {@code VIRTUAL_ACCOUNT}, {@code QR_CODE} or {@code OVER_THE_COUNTER}
     * @param refunds how the channel refunds, or {@code null} if it takes no refunds
     */
    public record Channel(String code, String kind, Refunds refunds) {
    }

    /**
     * How a channel refunds.
     *
     * @param partial        whether less than what is left may be refunded
     * @param days           how many days after the payment a refund is accepted; {@code null} for no limit
     * @param daysByCountry  where a country's window differs from {@code days}
     */
    public record Refunds(boolean partial, Integer days, Map<String, Integer> daysByCountry) {

        public Refunds {
            daysByCountry = Map.copyOf(daysByCountry);
        }

        /** The refund window in {@code country}, or {@code null} for no limit. */
        public Integer days(String country) {
            return daysByCountry.getOrDefault(country, days);
        }
    }

    /** The catalog's entry for {@code code}, or {@code null} for a code it does not know. */
    public static Channel channel(String code) {
        return CHANNELS.get(code);
    }

    private static Set<String> allCodes() {
        Set<String> all = new LinkedHashSet<>();
        CATALOG.values().forEach(currencies -> currencies.values().forEach(all::addAll));
        return Collections.unmodifiableSet(all);
    }

    private static Map<String, List<String>> byCountry() {
        Map<String, List<String>> countries = new LinkedHashMap<>();
        CATALOG.forEach((country, currencies) -> {
            Set<String> codes = new LinkedHashSet<>();
            currencies.values().forEach(codes::addAll);
            countries.put(country, List.copyOf(codes));
        });
        return Collections.unmodifiableMap(countries);
    }

    /** The currencies the catalog has channels for in {@code country}. */
    public Set<String> currencies(String country) {
        return CATALOG.getOrDefault(country, Map.of()).keySet();
    }

    /** The activated channels of {@code country} in any currency, in catalog order. */
    public List<String> activated(String country) {
        return activated(BY_COUNTRY.getOrDefault(country, List.of()));
    }

    /** The activated channels for payments in {@code currency} in {@code country}, in catalog order. */
    public List<String> activated(String country, String currency) {
        return activated(CATALOG.getOrDefault(country, Map.of()).getOrDefault(currency, List.of()));
    }

    /** The catalog's list itself while nothing is deactivated, as in most tests: nothing copied per request. */
    private List<String> activated(List<String> codes) {
        return deactivated.isEmpty() ? codes : codes.stream().filter(code -> !deactivated.contains(code)).toList();
    }

    /** @throws IllegalArgumentException naming the codes the catalog does not know; nothing changes then */
    public void deactivate(Collection<String> codes) {
        deactivated.addAll(known(codes));
    }

    /** @throws IllegalArgumentException naming the codes the catalog does not know; nothing changes then */
    public void activate(Collection<String> codes) {
        deactivated.removeAll(known(codes));
    }

    /** The deactivated codes, in catalog order. */
    public List<String> deactivated() {
        return ALL_CODES.stream().filter(deactivated::contains).toList();
    }

    /** Every channel activated again. */
    public void reset() {
        deactivated.clear();
    }

    private static Collection<String> known(Collection<String> codes) {
        List<String> unknown = codes.stream().filter(code -> !ALL_CODES.contains(code)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown channel code(s) " + String.join(", ", unknown)
                    + "; the catalog has " + String.join(", ", ALL_CODES));
        }
        return codes;
    }
}
