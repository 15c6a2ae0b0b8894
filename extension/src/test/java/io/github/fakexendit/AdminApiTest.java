package io.github.fakexendit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
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
        assertThat(expired.json().has("payment_id")).isFalse();
        assertThat(server.session(id).status()).isEqualTo(SessionStatus.EXPIRED);
    }

    @Test
    void completeWithABodyPaysOnTheChannelAndSavesTheMethodAsTheHandleDoes() {
        String id = created(xendit, XenditHttp.resource("requests/pay-and-save.json"));

        Reply completed = admin.post("/_fake/sessions/" + id + "/complete",
                "{\"channel\": \"OVO\", \"save_payment_method\": true}");

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.json().get("payment_token_id").asText()).matches("pt-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(completed.json()).isEqualTo(xendit.getSession(id).json());
        assertThat(server.session(id).paymentAttempts()).extracting(PaymentAttempt::channel, PaymentAttempt::status)
                .containsExactly(tuple("OVO", PaymentAttempt.Status.SUCCEEDED));
    }

    @Test
    void completeWithoutOptingInDoesNotSaveTheMethod() {
        String id = created(xendit, XenditHttp.resource("requests/pay-and-save.json"));

        Reply completed = admin.post("/_fake/sessions/" + id + "/complete", "{}");

        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().has("payment_token_id")).isFalse();
        assertThat(server.session(id).paymentAttempts()).extracting(PaymentAttempt::channel).containsOnlyNulls();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"channel\": 5}                       | request/body/channel must be string                       | /body/channel",
            "{\"channel\": \"\"}                    | request/body/channel must NOT have fewer than 1 characters | /body/channel",
            "{\"save_payment_method\": \"yes\"}     | request/body/save_payment_method must be boolean          | /body/save_payment_method",
            "{\"chanel\": \"OVO\"}                  | request/body must NOT have additional properties          | /body/chanel",
            "[\"OVO\"]                               | request/body must be object                               | /body"})
    void aBadCompletionIs400WordedAsTheValidatorWordsItAndTheSessionStaysActive(String body, String message,
                                                                               String path) {
        String id = created(xendit);

        Reply reply = admin.post("/_fake/sessions/" + id + "/complete", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("API_VALIDATION_ERROR");
        assertThat(reply.json().get("message").asText()).isEqualTo(message);
        assertThat(reply.json().get("errors").get(0).get("path").asText()).isEqualTo(path);
        assertThat(server.session(id).status()).isEqualTo(SessionStatus.ACTIVE);
    }

    @Test
    void aCompletionTheSessionDoesNotOfferIs400WithTheHandlesReasonAndChangesNothing() {
        String id = created(xendit, SessionsApiTest.minimal("PAY", 10_000).set("allowed_payment_channels",
                XenditHttp.parse("[\"OVO\"]")).toString());
        JsonNode before = xendit.getSession(id).json();

        Reply otherChannel = admin.post("/_fake/sessions/" + id + "/complete", "{\"channel\": \"DANA\"}");
        Reply saving = admin.post("/_fake/sessions/" + id + "/complete", "{\"save_payment_method\": true}");

        assertThat(otherChannel.status()).isEqualTo(400);
        assertThat(otherChannel.json().get("error_code").asText()).isEqualTo("API_VALIDATION_ERROR");
        assertThat(otherChannel.json().get("message").asText())
                .isEqualTo("Session " + id + " does not offer channel 'DANA': its allowed_payment_channels are OVO");
        assertThat(saving.status()).isEqualTo(400);
        assertThat(saving.json().get("message").asText()).contains("allow_save_payment_method DISABLED");
        assertThat(xendit.getSession(id).json()).isEqualTo(before);
        assertThat(server.session(id).paymentAttempts()).isEmpty();
    }

    @Test
    void failRecordsADeclinedAttemptAndTheCustomerMayStillPay() {
        String id = created(xendit);

        Reply declined = admin.post("/_fake/sessions/" + id + "/fail", "{\"channel\": \"OVO\"}");
        Reply declinedAgain = admin.post("/_fake/sessions/" + id + "/fail");
        admin.post("/_fake/sessions/" + id + "/complete", "{\"channel\": \"DANA\"}");
        Reply attempts = admin.get("/_fake/sessions/" + id + "/payment_attempts");

        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(declinedAgain.status()).isEqualTo(200);
        assertThat(attempts.status()).isEqualTo(200);
        assertThat(attempts.json().get("payment_attempts"))
                .extracting(a -> a.get("channel").isNull() ? null : a.get("channel").asText(),
                        a -> a.get("status").asText())
                .containsExactly(tuple("OVO", "FAILED"), tuple(null, "FAILED"), tuple("DANA", "SUCCEEDED"));
        List<PaymentAttempt> handle = server.session(id).paymentAttempts();
        assertThat(attempts.json().get("payment_attempts")).extracting(a -> a.get("time").asText())
                .containsExactlyElementsOf(handle.stream().map(a -> a.time().toString()).toList());
    }

    @Test
    void failRefusesWhatTheHandleRefuses() {
        String id = created(xendit);
        String paid = created(xendit);
        admin.post("/_fake/sessions/" + paid + "/complete");

        Reply notOffered = admin.post("/_fake/sessions/" + id + "/fail", "{\"channel\": \"GCASH\"}");
        Reply notActive = admin.post("/_fake/sessions/" + paid + "/fail");
        Reply unknown = admin.post("/_fake/sessions/ps-000000000000000000000000/fail");
        Reply extra = admin.post("/_fake/sessions/" + id + "/fail", "{\"channel\": \"OVO\", \"reason\": \"x\"}");

        assertThat(notOffered.status()).isEqualTo(400);
        assertThat(notOffered.json().get("message").asText()).contains("does not offer channel 'GCASH'");
        assertThat(notActive.status()).isEqualTo(409);
        assertThat(notActive.json().get("error_code").asText()).isEqualTo("INVALID_SESSION_STATUS");
        assertThat(notActive.json().get("message").asText())
                .isEqualTo("Session " + paid + " is COMPLETED: only an ACTIVE session takes payment attempts");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.json().get("errors").get(0).get("path").asText()).isEqualTo("/body/reason");
        assertThat(server.session(id).paymentAttempts()).isEmpty();
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
            "GET /_fake/sessions/ps-000000000000000000000000",
            "GET /_fake/sessions/ps-000000000000000000000000/payment_attempts"})
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
    void theJournalSaysHowEachRequestWasAnswered() {
        String id = created(xendit);
        xendit.createSession("{}");
        admin.post("/_fake/faults", "{\"kind\": \"RATE_LIMITED\", \"seconds\": 2.5}");
        xendit.getSession(id);

        JsonNode requests = admin.get("/_fake/requests").json().get("requests");

        assertThat(requests).extracting(r -> r.get("status").asInt()).containsExactly(201, 400, 429);
        assertThat(requests.get(0).get("error").isNull()).isTrue();
        assertThat(requests.get(0).get("fault").isNull()).isTrue();
        assertThat(requests.get(1).get("error")).isEqualTo(XenditHttp.parse("{\"error_code\": \"API_VALIDATION_ERROR\", "
                + "\"message\": \"request/body must have required property 'reference_id'\"}"));
        assertThat(requests.get(1).get("fault").isNull()).isTrue();
        RecordedRequest limited = server.requests().get(2);
        assertThat(requests.get(2).get("error").get("error_code").asText()).isEqualTo(limited.errorCode());
        assertThat(requests.get(2).get("error").get("message").asText()).isEqualTo(limited.errorMessage());
        assertThat(requests.get(2).get("fault"))
                .isEqualTo(XenditHttp.parse("{\"kind\": \"RATE_LIMITED\", \"seconds\": 2.5, \"times\": 1}"));
        assertThat(limited.fault()).isEqualTo(Fault.rateLimited(Duration.ofMillis(2500)));
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
            "PUT, /_fake/sessions, GET", "GET, /_fake/sessions/ps-1/fail, POST",
            "POST, /_fake/sessions/ps-1/payment_attempts, GET", "GET, /_fake/faults, 'POST, DELETE'",
            "GET, /_fake/webhooks/hold, POST", "GET, /_fake/webhooks/release, POST",
            "GET, /_fake/webhooks/redeliver, POST", "DELETE, /_fake/webhooks, GET",
            "GET, /_fake/channels/deactivate, POST", "GET, /_fake/channels/activate, POST",
            "POST, /_fake/channels/ID, GET", "PUT, /_fake/customers, 'GET, POST'"})
    void anotherMethodIs405NamingTheOneAllowed(String method, String path, String allowed) {
        Reply reply = XenditHttp.send(admin.request(path).method(method, BodyPublishers.noBody()).build());

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).isEqualTo(allowed);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/_fake", "/_fake/nowhere", "/_fake/health/more", "/_fake/sessions/ps-1/pay",
            "/_fake/sessions/ps-1/complete/now", "/_fakes/health", "/_fake/faults/1", "/_fake/webhooks/hold/now",
            "/_fake/channels", "/_fake/channels/ID/OVO", "/_fake/customers/alice"})
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
        return created(client, SessionsApiTest.minimal("PAY", 10_000).put("reference_id", "order-1").toString());
    }

    static String created(XenditHttp client, String body) {
        Reply reply = client.createSession(body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("payment_session_id").asText();
    }
}
