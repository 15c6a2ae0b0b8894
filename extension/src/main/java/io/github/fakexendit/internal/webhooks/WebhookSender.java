package io.github.fakexendit.internal.webhooks;

import io.github.fakexendit.internal.NamedThreads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * POSTs webhooks on threads of its own ({@code fake-xendit-webhook-N}, gone a few seconds after the last
 * delivery), so that servers that send no webhook start no thread for them. Each delivery is a blocking
 * {@link HttpURLConnection} on its delivery thread, closed when it is done: unlike {@code java.net.http.HttpClient},
 * whose selector thread outlives a closed server until the next garbage collection on Java 17, it leaves no
 * thread and no socket behind. {@link #close()} cuts the connections in flight and waits for the threads to end.
 */
final class WebhookSender implements AutoCloseable {

    /** How much of the merchant's answer the log keeps. */
    private static final int RESPONSE_LIMIT = 2_000;

    private final Duration timeout;
    private final NamedThreads named = new NamedThreads("fake-xendit-webhook");
    private final ThreadPoolExecutor threads;
    private final Set<HttpURLConnection> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    WebhookSender(Duration timeout) {
        this.timeout = timeout;
        // no bound: each delivery blocks its thread, and one slow merchant must not hold back the others
        this.threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(),
                named);
    }

    /** The merchant's answer, or why there was none. */
    record Answer(int status, String error, String response) {
    }

    /** Runs {@code task} on a delivery thread; {@code false} once the sender is closed. */
    boolean execute(Runnable task) {
        try {
            threads.execute(task);
            return true;
        } catch (RejectedExecutionException closed) {
            return false;
        }
    }

    /**
     * POSTs {@code body}, blocking until the merchant answers, or connecting or a wait for the answer's next bytes
     * takes longer than the timeout; {@code null} if the sender was closed meanwhile.
     */
    Answer post(URI url, Map<String, String> headers, byte[] body) {
        HttpURLConnection connection = null;
        boolean sent = false;
        try {
            connection = (HttpURLConnection) url.toURL().openConnection();
            inFlight.add(connection);
            if (closed) {
                return null;
            }
            connection.setConnectTimeout((int) timeout.toMillis());
            connection.setReadTimeout((int) timeout.toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            headers.forEach(connection::setRequestProperty);
            // one connection per delivery: a kept-alive one would sit in the JVM's pool after the server closed
            connection.setRequestProperty("Connection", "close");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            sent = true;
            int status = connection.getResponseCode();
            return new Answer(status, null, text(status >= 400 ? connection.getErrorStream()
                    : connection.getInputStream()));
        } catch (IOException e) {
            if (closed) {
                return null;
            }
            if (e instanceof SocketTimeoutException) {
                return new Answer(0, (sent ? "no answer within " : "could not connect within ") + describe(timeout),
                        null);
            }
            if (e instanceof ConnectException) {
                return new Answer(0, "could not connect: " + (e.getMessage() == null ? "connection refused"
                        : e.getMessage()), null);
            }
            return new Answer(0, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        } finally {
            if (connection != null) {
                inFlight.remove(connection);
                connection.disconnect();
            }
        }
    }

    /** The start of the answer's body as text, as much as the log keeps. */
    private static String text(InputStream body) throws IOException {
        if (body == null) {
            return "";
        }
        try (InputStream in = body) {
            String text = new String(in.readNBytes(RESPONSE_LIMIT * 4), StandardCharsets.UTF_8);
            return text.length() > RESPONSE_LIMIT ? text.substring(0, RESPONSE_LIMIT) : text;
        }
    }

    static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    @Override
    public void close() {
        closed = true;
        // a blocked read ignores interrupts: closing its connection is what ends it
        inFlight.forEach(HttpURLConnection::disconnect);
        named.stop(threads);
    }
}
