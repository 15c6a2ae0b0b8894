package io.github.fakexendit.internal.webhooks;

import io.github.fakexendit.internal.platform.NamedThreads;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.util.function.Supplier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * POSTs webhooks on threads of its own ({@code fake-xendit-webhook-N}, gone a few seconds after the last
 * delivery), so that servers that send no webhook start no thread for them. Each delivery blocks its thread on a
 * socket of its own, closed when it is done, so it leaves no thread and no socket behind. Neither JDK client does
 * that: {@code java.net.http.HttpClient}'s selector thread outlives a closed server until the next garbage
 * collection on Java 17, and {@code HttpURLConnection} pools a connection whose server answered without
 * {@code Connection: close} even though the request asked for it, then may send the next webhook over it just as
 * the server closes it: a failed attempt, and a retry, for a webhook the merchant never saw. {@link #close()}
 * cuts the connections in flight and waits for the threads to end.
 */
final class WebhookSender implements AutoCloseable {

    /** How much of the merchant's answer the log keeps. */
    private static final int RESPONSE_LIMIT = 2_000;

    private final Duration timeout;
    private final Supplier<SSLSocketFactory> tlsSockets;
    private final NamedThreads named = new NamedThreads("fake-xendit-webhook");
    private final ThreadPoolExecutor threads;
    private final Set<Socket> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * Speaks TLS to {@code https} URLs with the JVM's defaults, as {@link HttpsURLConnection} has them: a trust
     * store set with {@code javax.net.ssl.trustStore} or {@link HttpsURLConnection#setDefaultSSLSocketFactory}
     * counts.
     */
    WebhookSender(Duration timeout) {
        this(timeout, HttpsURLConnection::getDefaultSSLSocketFactory);
    }

    WebhookSender(Duration timeout, Supplier<SSLSocketFactory> tlsSockets) {
        this.timeout = timeout;
        this.tlsSockets = tlsSockets;
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
     * POSTs {@code body} on a connection of its own, blocking until the merchant answers, or connecting or a wait
     * for the answer's next bytes takes longer than the timeout; {@code null} if the sender was closed meanwhile.
     */
    Answer post(URI url, Map<String, String> headers, byte[] body) {
        Socket socket = new Socket();
        inFlight.add(socket);
        boolean sent = false;
        try {
            if (closed) {
                return null;
            }
            boolean https = url.getScheme().equalsIgnoreCase("https");
            InetSocketAddress address = address(url, https);
            int millis = (int) timeout.toMillis();
            socket.connect(address, millis);
            socket.setSoTimeout(millis);
            Socket connection = https ? tls(socket, address.getHostString()) : socket;
            HttpPost.write(new BufferedOutputStream(connection.getOutputStream()), url, headers, body);
            sent = true;
            HttpPost.Reply reply = HttpPost.read(new BufferedInputStream(connection.getInputStream()),
                    RESPONSE_LIMIT * 4);
            return new Answer(reply.status(), null, text(reply.body()));
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
            inFlight.remove(socket);
            closeQuietly(socket);
        }
    }

    private static InetSocketAddress address(URI url, boolean https) {
        String host = url.getHost();
        // an IPv6 literal comes in brackets
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return new InetSocketAddress(bare, url.getPort() != -1 ? url.getPort() : https ? 443 : 80);
    }

    /** TLS over {@code socket}, the certificate checked against {@code host} as browsers check it. */
    private Socket tls(Socket socket, String host) throws IOException {
        SSLSocket tls = (SSLSocket) tlsSockets.get().createSocket(socket, host, socket.getPort(), true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // nothing left to release
        }
    }

    /** The start of the answer's body as text, as much as the log keeps. */
    private static String text(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > RESPONSE_LIMIT ? text.substring(0, RESPONSE_LIMIT) : text;
    }

    static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    @Override
    public void close() {
        closed = true;
        // a blocked read ignores interrupts: closing its connection is what ends it
        inFlight.forEach(WebhookSender::closeQuietly);
        named.stop(threads);
    }
}
