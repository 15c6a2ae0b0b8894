package io.github.fakexendit.internal.webhooks;

import io.github.fakexendit.internal.NamedThreads;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * POSTs webhooks on threads of its own ({@code fake-xendit-webhook-N}, gone a few seconds after the last
 * delivery), through one {@link HttpClient} made on first use, so that servers that send no webhook start no
 * thread for them. {@link #close()} interrupts deliveries in flight and waits for the threads to end.
 */
final class WebhookSender implements AutoCloseable {

    /** How much of the merchant's answer the log keeps. */
    private static final int RESPONSE_LIMIT = 2_000;

    private final Duration timeout;
    private final NamedThreads named = new NamedThreads("fake-xendit-webhook");
    private final ThreadPoolExecutor threads;
    private HttpClient client;

    WebhookSender(Duration timeout) {
        this.timeout = timeout;
        // No bound: the HTTP client runs its own tasks here too, and a bounded pool could starve them.
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

    /** POSTs {@code body}, blocking until the merchant answers or the timeout passes; {@code null} if interrupted. */
    Answer post(URI url, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client().send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), null,
                    text.length() > RESPONSE_LIMIT ? text.substring(0, RESPONSE_LIMIT) : text);
        } catch (HttpConnectTimeoutException e) {
            return new Answer(0, "could not connect within " + describe(timeout), null);
        } catch (HttpTimeoutException e) {
            return new Answer(0, "no answer within " + describe(timeout), null);
        } catch (ConnectException e) {
            String reason = e.getMessage() == null ? "connection refused" : e.getMessage();
            return new Answer(0, "could not connect: " + reason, null);
        } catch (IOException e) {
            return new Answer(0, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .executor(threads)
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(timeout)
                    .build();
        }
        return client;
    }

    static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    @Override
    public void close() {
        named.stop(threads);
        HttpClient made;
        synchronized (this) {
            made = client;
        }
        if (made != null) {
            shutDown(made);
        }
    }

    /**
     * Java 21 added {@code HttpClient.shutdownNow()}, which stops the client's selector thread at once; on
     * Java 17 that thread ends by itself once the client, which holds no work any more, is garbage collected.
     */
    private static void shutDown(HttpClient client) {
        try {
            HttpClient.class.getMethod("shutdownNow").invoke(client);
        } catch (NoSuchMethodException java17) {
            // nothing to do: see above
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("could not stop the webhook HTTP client", e);
        }
    }
}
