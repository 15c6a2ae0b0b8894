package io.github.fakexendit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one request every tool is measured on: {@code POST /sessions} with the create page's one-time payment
 * example, a test-mode key in HTTP Basic, keep-alive.
 */
public final class Workload {

    static final String API_KEY = "xnd_development_benchmarks";

    private static final byte[] BODY = read("session.json");

    /** The canned answer of the tools that do no work: a session as Xendit's create page shows it. */
    static final String CREATED_BODY = new String(read("created-session.json"), StandardCharsets.UTF_8);

    private Workload() {
    }

    /** The request's bytes, ready to write to a connection to {@code 127.0.0.1:port}. */
    public static byte[] createSession(int port) {
        String head = "POST /sessions HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Authorization: Basic "
                + Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Accept: application/json\r\n"
                + "Content-Length: " + BODY.length + "\r\n"
                + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + BODY.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(BODY, 0, request, headBytes.length, BODY.length);
        return request;
    }

    private static byte[] read(String resource) {
        try (InputStream in = Workload.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
