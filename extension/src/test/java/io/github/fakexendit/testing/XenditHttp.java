package io.github.fakexendit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/** A plain HTTP client for the fake, as a merchant's code would call Xendit. */
public final class XenditHttp {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final AtomicLong CUSTOMERS = new AtomicLong();

    private final String baseUrl;
    private final String apiKey;

    public XenditHttp(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    public static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    /** A request to the fake with the key as Basic authorization, ready for more headers. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
        return apiKey == null ? builder : builder.header("Authorization", basic(apiKey));
    }

    public Reply createSession(String json) {
        return send(request("/sessions").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply createSession(JsonNode body) {
        return createSession(body.toString());
    }

    public Reply getSession(String id) {
        return send(request("/sessions/" + id).GET().build());
    }

    public Reply cancelSession(String id) {
        return send(request("/sessions/" + id + "/cancel").POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** {@code GET path}, e.g. an admin endpoint such as {@code /_fake/requests}. */
    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    /** {@code POST path} without a body, e.g. {@code /_fake/sessions/ps-.../complete}. */
    public Reply post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** {@code POST path} with a JSON body, e.g. {@code /_fake/faults}. */
    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** {@code DELETE path}, e.g. {@code /_fake/faults}. */
    public Reply delete(String path) {
        return send(request(path).DELETE().build());
    }

    public static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends without waiting; the future fails with the client's exception (timeout, closed connection). */
    public static CompletableFuture<Reply> sendAsync(HttpRequest request) {
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(Reply::new);
    }

    /** A create request that gives up after {@code timeout}. */
    public HttpRequest createRequest(String json, Duration timeout) {
        return request("/sessions").timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    /**
     * A file from {@code src/test/resources}. A request body under {@code requests/} gets a customer reference of
     * its own on each load ({@code cust_Lorem_Ipsum-7}), as each checkout of a new customer would: the fake
     * refuses an inline customer whose reference the account used before.
     */
    public static String resource(String name) {
        try (InputStream in = XenditHttp.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return name.startsWith("requests/")
                    ? text.replace("\"cust_Lorem_Ipsum\"", "\"cust_Lorem_Ipsum-" + CUSTOMERS.incrementAndGet() + "\"")
                    : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reply: status, body and headers. */
    public record Reply(HttpResponse<String> response) {
        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return parse(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
