package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.testing.RawHttp;
import io.github.fakexendit.testing.SessionBodies;
import io.github.fakexendit.testing.XenditEnvelope;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * The server under generated traffic: create bodies of every shape, any method on any path (odd escapes
 * included, on the API, the checkout pages and the admin API), any value in the headers the fake reads. Nothing
 * gets a 5xx, every error outside the checkout's pages is Xendit's envelope, every accepted body reads back as
 * created, every request is in the journal, and the server still answers afterwards. Each property has a server.
 */
class HttpProperties {

    private final FakeXenditServer server = FakeXenditServer.start();
    private final XenditHttp xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    /** A session to aim at, so that generated paths also reach the moves of a real session. */
    private final String sessionId = SessionBodies.parse(
            xendit.createSession(SessionsApiTest.minimal("PAY", 100)).body()).get("payment_session_id").asText();
    private int sent = 1;

    /** Every route of the fake, so that generated paths reach each handler and not only the 404. */
    private static final List<String> ROUTES = List.of("/sessions", "/sessions/{id}", "/sessions/{id}/cancel",
            "/checkout/{id}", "/checkout/{id}/back", "/_fake/health", "/_fake/requests", "/_fake/sessions",
            "/_fake/sessions/{id}", "/_fake/sessions/{id}/complete", "/_fake/sessions/{id}/expire");

    @AfterProperty
    void stillAnswersThenClose() {
        try {
            assertThat(xendit.get("/_fake/health").status()).isEqualTo(200);
        } finally {
            server.close();
        }
    }

    // edge cases of a flat-mapped arbitrary cost more to make than the tries themselves
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void anyCreateBodyGetsAWellFormed4xxOrIsCreatedAndReadsBackAsCreated(@ForAll("bodies") byte[] body) {
        Reply created = XenditHttp.send(xendit.request("/sessions").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(body)).build());
        sent++;

        Statistics.label("status").collect(created.status());
        assertThat(created.status()).as(created.toString()).isIn(201, 400, 404, 409);
        if (created.status() == 201) {
            JsonNode session = SessionBodies.parse(created.body());
            Reply read = xendit.getSession(session.get("payment_session_id").asText());
            sent++;
            assertThat(read.status()).isEqualTo(200);
            assertThat(SessionBodies.parse(read.body())).isEqualTo(session);
            JsonNode request = SessionBodies.parse(body);
            for (String field : SessionBodies.ECHOED) {
                if (request.hasNonNull(field)) {
                    // numbers are what a JavaScript double makes of them, as Xendit's validator reads them
                    assertThat(asDoubles(session.get(field))).as(field).isEqualTo(asDoubles(request.get(field)));
                }
            }
        } else {
            XenditEnvelope.assertWellFormed(created.body());
        }
        assertThat(server.requests()).as("the journal holds every request").hasSize(sent);
    }

    /** The value with every number as the double JavaScript reads it, so that equal doubles compare equal. */
    private static JsonNode asDoubles(JsonNode value) {
        if (value.isNumber()) {
            return DoubleNode.valueOf(value.doubleValue() + 0.0); // -0 reads as 0, as JSON.stringify prints it
        }
        if (value.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            value.fields().forEachRemaining(field -> copy.set(field.getKey(), asDoubles(field.getValue())));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            value.forEach(item -> copy.add(asDoubles(item)));
            return copy;
        }
        return value;
    }

    @Property(tries = 400)
    void anyMethodOnAnyPathGetsAnAnswerInTheEnvelope(@ForAll("methods") String method, @ForAll("paths") String path,
                                                     @ForAll boolean withKey) {
        Map<String, String> headers = withKey ? Map.of("Authorization", XenditHttp.basic(server.apiKey())) : Map.of();
        RawHttp.Reply reply = RawHttp.exchange(server.port(),
                RawHttp.request(method, path, headers, method.equals("POST") ? new byte[0] : null));

        Statistics.label("status").collect(reply.status());
        assertThat(reply.status()).as(method + " " + path + " -> " + reply).isBetween(200, 499);
        if (String.valueOf(reply.header("Content-Type")).startsWith("text/html")) {
            // the hosted checkout answers the customer's browser with pages, its errors included
            assertThat(path).startsWith("/checkout/");
        } else if (reply.status() >= 400 && !method.equals("HEAD")) {
            XenditEnvelope.assertWellFormed(reply.body());
        }
    }

    @Property(tries = 300)
    void anyValueInAHeaderTheFakeReadsGetsAnAnswerInTheEnvelope(@ForAll("headerNames") String name,
                                                                @ForAll("headerValues") String value) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", XenditHttp.basic(server.apiKey()));
        headers.put("Content-Type", "application/json");
        headers.put(name, value);
        byte[] body = SessionsApiTest.minimal("PAY", 100).toString().getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply reply = RawHttp.exchange(server.port(), RawHttp.request("POST", "/sessions", headers, body));

        Statistics.label("status").collect(reply.status());
        assertThat(reply.status()).as(name + ": " + value + " -> " + reply).isIn(201, 400, 401);
        if (reply.status() != 201) {
            assertThat(reply.body()).as(name + ": " + value + " -> " + reply).isNotEmpty();
            XenditEnvelope.assertWellFormed(reply.body());
        }
    }

    @Property(tries = 200)
    void anyFormPostedToTheCheckoutGetsAPageNeverA5xx(@ForAll("formTypes") String contentType,
                                                      @ForAll("forms") String form) {
        String id = SessionBodies.parse(xendit.createSession(SessionsApiTest.minimal("PAY", 100)).body())
                .get("payment_session_id").asText();
        RawHttp.Reply reply = RawHttp.exchange(server.port(), RawHttp.request("POST", "/checkout/" + id,
                Map.of("Content-Type", contentType), form.getBytes(StandardCharsets.UTF_8)));

        Statistics.label("status").collect(reply.status());
        assertThat(reply.status()).as(contentType + " " + form + " -> " + reply).isBetween(200, 499);
    }

    @Provide
    Arbitrary<String> formTypes() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("application/x-www-form-urlencoded",
                        "application/x-www-form-urlencoded; charset=utf-8", "APPLICATION/X-WWW-FORM-URLENCODED")),
                Tuple.of(1, Arbitraries.of(";;;", ";", " ", "text/plain", "application/json")));
    }

    /** Payment forms as a browser sends them, with any names and values, and some that no browser sends. */
    @Provide
    Arbitrary<String> forms() {
        Arbitrary<String> names = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("channel", "card_number", "outcome", "save_payment_method")),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(10)));
        Arbitrary<String> values = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("CARDS", "OVO", "QRIS", "BCA_VIRTUAL_ACCOUNT", "4000000000001091",
                        "4000000000000002", "4111 1111 1111 1111", "true", "approve", "decline", "")),
                Tuple.of(1, Arbitraries.strings().numeric().ofMaxLength(25)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(30)));
        Arbitrary<String> pair = Combinators.combine(names, values).as((name, value) ->
                URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        Arbitrary<String> encoded = pair.list().ofMaxSize(6).map(pairs -> String.join("&", pairs));
        // a channel of the session's country with what it asks for: payments made and declined
        Arbitrary<String> complete = Arbitraries.of("channel=CARDS&card_number=4000000000001091",
                "channel=CARDS&card_number=4000000000000002", "channel=OVO&outcome=approve",
                "channel=QRIS&outcome=decline", "channel=OVO", "channel=CARDS&card_number=4000000000001091"
                        + "&save_payment_method=true&channel=OVO");
        Arbitrary<String> raw = Arbitraries.strings().withChars("=&%+;abcXYZ019\u00e9").ofMaxLength(30);
        return Arbitraries.frequencyOf(Tuple.of(4, encoded), Tuple.of(2, complete), Tuple.of(1, raw));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> valid = SessionBodies.valid().map(body -> body.toString().getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(Tuple.of(1, valid), Tuple.of(2, SessionBodies.bytes()));
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of("GET", "POST")),
                Tuple.of(1, Arbitraries.of("PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "BREW", "get")));
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> words = Arbitraries.of("sessions", "cancel", "_fake", "complete", "expire", "requests",
                "reset", "health", "checkout", "", ".", "..", "ps-000000000000000000000000", sessionId);
        // well-formed escapes of odd bytes; a malformed one (%ZZ) is refused by the HTTP parser before the fake
        Arbitrary<String> oddEscapes = Arbitraries.of("%C3%28", "%2F", "%2f", "%00", "%E2%80%AE", "%25", ";x=1",
                "%F0%9F%92%B8", "%FF%FE", "%5Ffake", "%2E%2E", "%0D%0A", "%22%3E%3Cscript%3E");
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(20).map(HttpProperties::percentEncoded);
        Arbitrary<String> segment = Arbitraries.frequencyOf(Tuple.of(6, words), Tuple.of(2, oddEscapes),
                Tuple.of(2, anyText));
        Arbitrary<String> query = Arbitraries.strings().all().ofMaxLength(20).map(HttpProperties::percentEncoded)
                .map(q -> "?" + q).injectNull(0.7);
        Arbitrary<String> anyPath = Combinators.combine(segment.list().ofMaxSize(5), Arbitraries.of("", "/"))
                .as((segments, end) -> "/" + String.join("/", segments) + end);
        Arbitrary<String> route = Combinators.combine(Arbitraries.of(ROUTES), segment)
                .as((template, id) -> template.replace("{id}", id));
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(1, anyPath), Tuple.of(1, route)), query)
                .as((path, q) -> q == null ? path : path + q);
    }

    @Provide
    Arbitrary<String> headerNames() {
        return Arbitraries.of("Content-Type", "Authorization", "for-user-id", "Accept", "Accept-Charset",
                "Content-Encoding", "X-Forwarded-Host", "with-split-rule", "Idempotency-key", "User-Agent");
    }

    /**
     * Header values as HTTP allows them: visible ASCII, spaces, and bytes past ASCII (obs-text). A control
     * character such as DEL is refused by the HTTP parser before the fake sees the request.
     */
    @Provide
    Arbitrary<String> headerValues() {
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60);
        Arbitrary<String> latin1 = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u0080', '\u00ff')
                .ofMaxLength(30);
        Arbitrary<String> liked = Arbitraries.of("application/json;", ";;;", "application/json; charset=",
                "application/json; charset=\"utf-8\"", "application/json; charset=utf-16",
                "application/vnd.api+json", "Basic", "Basic ", "Basic :", "Basic Og==", "Bearer x", "=", ",");
        return Arbitraries.frequencyOf(Tuple.of(3, ascii), Tuple.of(1, latin1), Tuple.of(2, liked));
    }

    /** Every byte outside the unreserved characters as %XX, so that any text is a valid path segment. */
    static String percentEncoded(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

}
