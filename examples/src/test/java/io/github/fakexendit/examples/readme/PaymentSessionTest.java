package io.github.fakexendit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.junit.FakeXendit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;

// The test class shown in README.md, kept here so that it always compiles and passes.
@FakeXendit
class PaymentSessionTest {

    @Test
    void aCustomerPaysForAnOrder(FakeXenditServer xendit) throws Exception {
        // Your checkout code would do this, with xendit.baseUrl() as Xendit's base URL.
        String key = Base64.getEncoder().encodeToString((xendit.apiKey() + ":").getBytes());
        HttpResponse<String> created = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(xendit.baseUrl() + "/sessions"))
                        .header("Authorization", "Basic " + key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"reference_id": "order-1", "session_type": "PAY", "mode": "PAYMENT_LINK",
                                 "amount": 10000, "currency": "IDR", "country": "ID"}"""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String sessionId = xendit.sessions().get(0).id();

        xendit.session(sessionId).complete();    // the customer pays

        assertThat(xendit.session(sessionId).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(xendit.requests()).singleElement()
                .satisfies(request -> assertThat(request.path()).isEqualTo("/sessions"));
    }
}
