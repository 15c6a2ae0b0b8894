package io.github.fakexendit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A merchant's webhook endpoint for tests: records every request and answers with scripted statuses (200 unless
 * told otherwise), or not at all while its answers are held.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request the endpoint received. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public JsonNode json() {
            return XenditHttp.parse(body);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final List<Received> all = new ArrayList<>();
    private final ConcurrentLinkedQueue<Integer> nextAnswers = new ConcurrentLinkedQueue<>();
    private volatile int usualAnswer = 200;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    private WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static WebhookReceiver start() {
        return new WebhookReceiver();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/xendit";
    }

    /** Answers the next requests with these statuses, in order, then as usual. */
    public WebhookReceiver answerNext(int... statuses) {
        for (int status : statuses) {
            nextAnswers.add(status);
        }
        return this;
    }

    /** Answers every request with {@code status} from now on. */
    public WebhookReceiver answerAlways(int status) {
        usualAnswer = status;
        return this;
    }

    /** Records requests but does not answer them until {@link #releaseAnswers()}. */
    public WebhookReceiver holdAnswers() {
        gate = new CountDownLatch(1);
        return this;
    }

    public WebhookReceiver releaseAnswers() {
        gate.countDown();
        return this;
    }

    /** The next request received, waiting up to {@code timeout}; fails the test if none arrives. */
    public Received take(Duration timeout) {
        try {
            Received next = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new AssertionError("no webhook reached the receiver within " + timeout);
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every request received so far, in arrival order. */
    public List<Received> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        synchronized (all) {
            all.add(request);
        }
        received.add(request);
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Integer scripted = nextAnswers.poll();
        byte[] answer = "{\"received\":true}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(scripted != null ? scripted : usualAnswer, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void close() {
        gate.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
