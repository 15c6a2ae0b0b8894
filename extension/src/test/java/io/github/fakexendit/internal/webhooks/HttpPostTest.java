package io.github.fakexendit.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request as it goes on the wire, and the merchant's answer however it is framed. */
class HttpPostTest {

    @Test
    void theRequestAsksToCloseItsConnectionAndCarriesTheHeadersAndBody() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("x-callback-token", "token-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        HttpPost.write(out, URI.create("http://127.0.0.1:8081/webhooks/xendit?shop=1"), headers,
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo("POST /webhooks/xendit?shop=1 HTTP/1.1\r\n"
                + "Host: 127.0.0.1:8081\r\nContent-Type: application/json\r\nx-callback-token: token-1\r\n"
                + "Content-Length: 7\r\nConnection: close\r\n\r\n{\"a\":1}");
    }

    @Test
    void aUrlWithoutPathOrPortPostsToTheRootOfItsHost() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        HttpPost.write(out, URI.create("https://shop.example"), Map.of(), new byte[0]);

        assertThat(out.toString(StandardCharsets.ISO_8859_1))
                .startsWith("POST / HTTP/1.1\r\nHost: shop.example\r\nContent-Length: 0\r\n");
    }

    @Test
    void anIpv6HostKeepsItsBracketsInTheHostHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        HttpPost.write(out, URI.create("http://[::1]:8081/hook"), Map.of(), new byte[0]);

        assertThat(out.toString(StandardCharsets.ISO_8859_1)).startsWith("POST /hook HTTP/1.1\r\nHost: [::1]:8081\r\n");
    }

    @Test
    void aHeaderValueWithALineBreakIsNotSent() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> HttpPost.write(out, URI.create("http://127.0.0.1:1/"),
                Map.of("x-callback-token", "a\r\nX-Injected: 1"), new byte[0]))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("x-callback-token holds a line break");
        assertThat(out.size()).isZero();
    }

    @Test
    void aBodyFramedByContentLengthIsReadToItsLength() throws IOException {
        HttpPost.Reply reply = read("HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nhello and more", 100);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(text(reply)).isEqualTo("hello");
    }

    @Test
    void aChunkedBodyIsDecoded() throws IOException {
        HttpPost.Reply reply = read("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n"
                + "4;name=value\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n", 100);

        assertThat(text(reply)).isEqualTo("Wikipedia");
    }

    @Test
    void aBodyWithoutFramingEndsWithTheConnection() throws IOException {
        assertThat(text(read("HTTP/1.0 500 Internal Server Error\nServer: old\n\nit broke", 100)))
                .isEqualTo("it broke");
    }

    @Test
    void onlyTheStartOfALongBodyIsRead() throws IOException {
        String body = "x".repeat(50);

        assertThat(text(read("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n" + body, 10))).isEqualTo("x".repeat(10));
        assertThat(text(read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n32\r\n" + body + "\r\n0\r\n\r\n",
                10))).isEqualTo("x".repeat(10));
        assertThat(text(read("HTTP/1.1 200 OK\r\n\r\n" + body, 10))).isEqualTo("x".repeat(10));
    }

    @Test
    void interimAnswersAreSkipped() throws IOException {
        HttpPost.Reply reply = read("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                + "HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nok", 100);

        assertThat(reply.status()).isEqualTo(202);
        assertThat(text(reply)).isEqualTo("ok");
    }

    @Test
    void noContentHasNoBodyAndAMissingReasonIsFine() throws IOException {
        HttpPost.Reply reply = read("HTTP/1.1 204\r\n\r\nnot a body", 100);

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void whatIsNotAnHttpAnswerIsAnError() {
        assertThatThrownBy(() -> read("", 100)).isInstanceOf(EOFException.class)
                .hasMessage("the connection was closed without an answer");
        assertThatThrownBy(() -> read("SSH-2.0-OpenSSH_9.2\r\n", 100)).isInstanceOf(ProtocolException.class)
                .hasMessage("not an HTTP/1.x answer: SSH-2.0-OpenSSH_9.2");
        assertThatThrownBy(() -> read("HTTP/1.1 2000 OK\r\n\r\n", 100)).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", 100))
                .isInstanceOf(ProtocolException.class).hasMessage("not a Content-Length: -1");
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 100))
                .isInstanceOf(ProtocolException.class).hasMessage("not a chunk size: zz");
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nX: " + "y".repeat(20_000) + "\r\n\r\n", 100))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("longer than");
    }

    private static HttpPost.Reply read(String answer, int bodyLimit) throws IOException {
        return HttpPost.read(new ByteArrayInputStream(answer.getBytes(StandardCharsets.ISO_8859_1)), bodyLimit);
    }

    private static String text(HttpPost.Reply reply) {
        return new String(reply.body(), StandardCharsets.UTF_8);
    }
}
