package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin API under /_fake, driven over HTTP without a key, as a test in another language would. */
@FakeXendit
class AdminApiTest {

    private final FakeXenditServer server;
    private final XenditHttp xendit;
    private final XenditHttp admin;

    AdminApiTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
        this.admin = new XenditHttp(server.baseUrl(), null);
    }

    @Test
    void completeMovesTheSessionAndAnswersItAsGetShowsIt() {
        String id = created(xendit);

        Reply completed = admin.post("/_fake/sessions/" + id + "/complete");

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.header("Content-Type")).startsWith("application/json");
        assertThat(completed.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.json().get("payment_id").asText()).startsWith("py-");
        assertThat(completed.json()).isEqualTo(xendit.getSession(id).json());
        assertThat(server.session(id).status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void expireMovesTheSessionToExpiredWithoutAPayment() {
        String id = created(xendit);

        Reply expired = admin.post("/_fake/sessions/" + id + "/expire");

        assertThat(expired.status()).isEqualTo(200);
        assertThat(expired.json().get("status").asText()).isEqualTo("EXPIRED");
        assertThat(expired.json().get("payment_id").isNull()).isTrue();
        assertThat(server.session(id).status()).isEqualTo(SessionStatus.EXPIRED);
    }

    @ParameterizedTest
    @CsvSource({"complete, expire, COMPLETED, EXPIRED", "expire, complete, EXPIRED, COMPLETED",
            "expire, expire, EXPIRED, EXPIRED"})
    void aSessionThatIsNoLongerActiveIs409AndStaysAsItWas(String first, String second, String status,
                                                         String refused) {
        String id = created(xendit);
        admin.post("/_fake/sessions/" + id + "/" + first);
        JsonNode before = xendit.getSession(id).json();

        Reply reply = admin.post("/_fake/sessions/" + id + "/" + second);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("INVALID_SESSION_STATUS");
        assertThat(reply.json().get("message").asText()).contains(id, status, refused);
        assertThat(xendit.getSession(id).json()).isEqualTo(before);
    }

    @Test
    void aCancelledSessionCannotBeCompleted() {
        String id = created(xendit);
        xendit.cancelSession(id);

        Reply reply = admin.post("/_fake/sessions/" + id + "/complete");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("message").asText()).contains("CANCELED");
        assertThat(server.session(id).status()).isEqualTo(SessionStatus.CANCELED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /_fake/sessions/ps-000000000000000000000000/complete",
            "POST /_fake/sessions/ps-000000000000000000000000/expire",
            "GET /_fake/sessions/ps-000000000000000000000000"})
    void anUnknownSessionIs404NamingIt(String call) {
        created(xendit);
        String[] methodAndPath = call.split(" ");

        Reply reply = methodAndPath[0].equals("GET") ? admin.get(methodAndPath[1]) : admin.post(methodAndPath[1]);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("NOT_FOUND");
        assertThat(reply.json().get("message").asText()).contains("ps-000000000000000000000000");
    }

    @Test
    void theSessionsOfEveryBusinessAreListedInCreationOrder() {
        String first = created(xendit);
        String second = created(new XenditHttp(server.baseUrl(), "xnd_development_another_business"));

        Reply list = admin.get("/_fake/sessions");
        Reply one = admin.get("/_fake/sessions/" + second);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("sessions")).extracting(s -> s.get("payment_session_id").asText())
                .containsExactly(first, second);
        assertThat(list.json().get("sessions").get(0)).isEqualTo(xendit.getSession(first).json());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("business_id").asText())
                .isNotEqualTo(list.json().get("sessions").get(0).get("business_id").asText());
    }

    @Test
    void theJournalListsTheMerchantsRequestsWithKeysMasked() {
        String id = created(xendit);
        XenditHttp.send(xendit.request("/sessions/" + id + "?expand=all").header("for-user-id", "sub-1").GET().build());
        XenditHttp.send(xendit.request("/sessions").header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("not json")).build());

        Reply reply = admin.get("/_fake/requests");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain(server.apiKey());
        JsonNode requests = reply.json().get("requests");
        assertThat(requests).extracting(r -> r.get("method").asText(), r -> r.get("path").asText(),
                        r -> r.get("status").asInt())
                .containsExactly(tuple("POST", "/sessions", 201), tuple("GET", "/sessions/" + id, 404),
                        tuple("POST", "/sessions", 400));
        JsonNode create = requests.get(0);
        assertThat(create.get("body").get("reference_id").asText()).isEqualTo("order-1");
        assertThat(create.has("body_text")).isFalse();
        assertThat(header(create, "authorization"))
                .isEqualTo("Basic [xnd_development_" + server.apiKey().substring(16, 20) + "****]");
        assertThat(header(create, "content-type")).isEqualTo("application/json");
        assertThat(create.get("sequence").asLong()).isLessThan(requests.get(1).get("sequence").asLong());
        assertThat(create.get("time").asText()).isEqualTo(server.requests().get(0).time().toString());
        JsonNode get = requests.get(1);
        assertThat(get.get("query").asText()).isEqualTo("expand=all");
        assertThat(header(get, "for-user-id")).isEqualTo("sub-1");
        assertThat(get.get("body").isNull()).isTrue();
        JsonNode text = requests.get(2);
        assertThat(text.get("body").isNull()).isTrue();
        assertThat(text.get("body_text").asText()).isEqualTo("not json");
        assertThat(reply.json().get("dropped").asLong()).isZero();
        assertThat(reply.json().get("capacity").asInt()).isEqualTo(10_000);
    }

    @Test
    void adminRequestsAreNotRecordedInTheJournal() {
        String id = created(xendit);
        admin.get("/_fake/health");
        admin.get("/_fake/sessions");
        admin.post("/_fake/sessions/" + id + "/complete");
        admin.get("/_fake/nowhere");
        admin.get("//_fake/requests");
        xendit.getSession(id);

        assertThat(server.requests()).extracting(RecordedRequest::path).containsExactly("/sessions", "/sessions/" + id);
        JsonNode requests = admin.get("/_fake/requests").json().get("requests");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).get("sequence").asLong()).isEqualTo(requests.get(0).get("sequence").asLong() + 1);
    }

    @Test
    void resetForgetsSessionsAndRequests() {
        String id = created(xendit);

        Reply reply = admin.post("/_fake/reset");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("RESET");
        assertThat(server.sessions()).isEmpty();
        assertThat(admin.get("/_fake/requests").json().get("requests")).isEmpty();
        assertThat(admin.get("/_fake/sessions").json().get("sessions")).isEmpty();
        assertThat(xendit.getSession(id).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"GET, /_fake/reset, POST", "POST, /_fake/requests, GET", "POST, /_fake/health, GET",
            "GET, /_fake/sessions/ps-1/complete, POST", "DELETE, /_fake/sessions/ps-1, GET",
            "PUT, /_fake/sessions, GET"})
    void anotherMethodIs405NamingTheOneAllowed(String method, String path, String allowed) {
        Reply reply = XenditHttp.send(admin.request(path).method(method, BodyPublishers.noBody()).build());

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).isEqualTo(allowed);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/_fake", "/_fake/nowhere", "/_fake/health/more", "/_fake/sessions/ps-1/pay",
            "/_fake/sessions/ps-1/complete/now", "/_fakes/health"})
    void anUnknownAdminPathIs404Json(String path) {
        Reply reply = admin.get(path);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("NOT_FOUND");
    }

    private static String header(JsonNode request, String name) {
        List<String> names = new ArrayList<>();
        request.get("headers").fieldNames().forEachRemaining(names::add);
        String key = names.stream().filter(name::equalsIgnoreCase).findFirst().orElseThrow(
                () -> new AssertionError("no header " + name + " in " + request));
        return request.get("headers").get(key).get(0).asText();
    }

    private static String created(XenditHttp client) {
        Reply reply = client.createSession(SessionsApiTest.minimal("PAY", 10_000).put("reference_id", "order-1"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("payment_session_id").asText();
    }
}
