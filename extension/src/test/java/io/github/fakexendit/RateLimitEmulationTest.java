package io.github.fakexendit;

import static io.github.fakexendit.testing.XenditHttp.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Xendit's test-mode rate limit, when asked for: 60 requests a minute per endpoint per account. */
@FakeXendit(emulateRateLimits = true)
class RateLimitEmulationTest {

    private static final String UNKNOWN = "ps-000000000000000000000000";

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    RateLimitEmulationTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    @Test
    void theSixtyFirstRequestToAnEndpointWithinAMinuteIsRefused() {
        List<Reply> replies = IntStream.range(0, 61).mapToObj(i -> xendit.getSession(UNKNOWN)).toList();

        assertThat(replies.subList(0, 60)).extracting(Reply::status).containsOnly(404);
        assertThat(replies.get(0).header("Rate-Limit-Limit")).isEqualTo("60");
        assertThat(replies.get(0).header("Rate-Limit-Remaining")).isEqualTo("59");
        assertThat(Double.parseDouble(replies.get(0).header("Rate-Limit-Reset"))).isBetween(0.01, 60.0);
        assertThat(replies.get(59).header("Rate-Limit-Remaining")).isEqualTo("0");
        Reply refused = replies.get(60);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("error_code").asText()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(refused.header("Rate-Limit-Remaining")).isEqualTo("0");
        assertThat(server.requests().get(60).isRejected()).as("an emulated limit is Xendit's answer").isTrue();
    }

    @Test
    void eachEndpointAndEachAccountHasItsOwnQuota() {
        IntStream.range(0, 61).forEach(i -> xendit.getSession(UNKNOWN));

        Reply create = xendit.createSession(resource("requests/one-time-payment.json"));
        Reply otherAccount = new XenditHttp(server.baseUrl(), "xnd_development_other").getSession(UNKNOWN);
        Reply subAccount = XenditHttp.send(xendit.request("/sessions/" + UNKNOWN).header("for-user-id", "sub-1").GET().build());

        assertThat(create.status()).isEqualTo(201);
        assertThat(create.header("Rate-Limit-Remaining")).isEqualTo("59");
        assertThat(otherAccount.status()).isEqualTo(404);
        assertThat(subAccount.status()).isEqualTo(404);
    }

    @Test
    void unauthenticatedRequestsDoNotCount() {
        XenditHttp anonymous = new XenditHttp(server.baseUrl(), null);
        IntStream.range(0, 61).forEach(i -> anonymous.getSession(UNKNOWN));

        Reply reply = xendit.getSession(UNKNOWN);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Rate-Limit-Remaining")).isEqualTo("59");
    }

    @Test
    void resetRestoresTheQuota() {
        IntStream.range(0, 61).forEach(i -> xendit.getSession(UNKNOWN));

        server.reset();

        assertThat(xendit.getSession(UNKNOWN).header("Rate-Limit-Remaining")).isEqualTo("59");
    }

    @Test
    void withoutEmulationThereIsNoLimitAndNoHeader() {
        try (FakeXenditServer unlimited = FakeXenditServer.start()) {
            XenditHttp client = new XenditHttp(unlimited.baseUrl(), unlimited.apiKey());

            List<Reply> replies = IntStream.range(0, 61).mapToObj(i -> client.getSession(UNKNOWN)).toList();

            assertThat(replies).extracting(Reply::status).containsOnly(404);
            assertThat(replies.get(0).header("Rate-Limit-Limit")).isNull();
        }
    }
}
