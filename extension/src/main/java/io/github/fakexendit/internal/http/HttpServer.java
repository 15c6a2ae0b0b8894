package io.github.fakexendit.internal.http;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.HttpContinueReadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.Xnio;
import org.xnio.XnioWorker;

/**
 * Undertow sized for tests: two I/O threads that run every handler (nothing blocks), a small task pool,
 * TCP_NODELAY. The server owns its XNIO worker, so that {@link #close()} can wait until every thread is gone.
 */
public final class HttpServer implements AutoCloseable {

    /** Keeps XNIO's start-up banner out of test output, unless the user configured these loggers. */
    private static final Logger[] QUIET = {Logger.getLogger("org.xnio"), Logger.getLogger("org.jboss.threads"),
            Logger.getLogger("io.undertow")};

    /**
     * XNIO logs an error when a connection it queued for accepting meets the listener closed under it, which
     * happens when a server closes as a client connects: harmless, and alarming in a test run, so left out
     * (unless the user set a filter of their own).
     */
    private static final Logger LISTENER = Logger.getLogger("org.xnio.listener");

    static {
        for (Logger logger : QUIET) {
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
        }
        if (LISTENER.getFilter() == null) {
            LISTENER.setFilter(record -> !(record.getThrown() instanceof ClosedChannelException));
        }
    }

    /** Numbers the servers of this JVM, so that each one's threads can be told apart and joined on close. */
    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final XnioWorker worker;
    private final String threadPrefix;
    private final Undertow undertow;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HttpServer(XnioWorker worker, String threadPrefix, Undertow undertow, int port) {
        this.worker = worker;
        this.threadPrefix = threadPrefix;
        this.undertow = undertow;
        this.port = port;
    }

    /**
     * Binds {@code host:port} (port 0: any free port) and starts serving. A connection whose request headers
     * are not in within {@code requestTimeout} is closed; one idle for a minute between requests too. With a
     * {@code tls} context it serves HTTPS only.
     */
    public static HttpServer start(String host, int port, Duration requestTimeout, HttpHandler handler,
                                   SSLContext tls) {
        String name = "fake-xendit-" + SERVERS.incrementAndGet();
        XnioWorker worker;
        try {
            worker = Xnio.getInstance(Undertow.class.getClassLoader()).createWorker(OptionMap.builder()
                    .set(Options.WORKER_NAME, name)
                    .set(Options.WORKER_IO_THREADS, 2)
                    .set(Options.WORKER_TASK_CORE_THREADS, 2)
                    .set(Options.WORKER_TASK_MAX_THREADS, 8)
                    .set(Options.TCP_NODELAY, true)
                    .getMap());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the I/O threads", e);
        }
        Undertow.Builder builder = Undertow.builder().setWorker(worker);
        if (tls != null) {
            builder.addHttpsListener(port, host, tls);
        } else {
            builder.addHttpListener(port, host);
        }
        Undertow undertow = builder
                // a client that asks before sending its body (Expect: 100-continue) is told to go on when it is read
                .setHandler(new HttpContinueReadHandler(handler))
                .setSocketOption(Options.TCP_NODELAY, true)
                .setSocketOption(Options.REUSE_ADDRESSES, true)
                .setServerOption(UndertowOptions.ALWAYS_SET_DATE, false)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, (int) requestTimeout.toMillis())
                // no cap of Undertow's own (2 MiB): RequestBody enforces the fake's limit and drains what is past it
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, -1L)
                .build();
        try {
            undertow.start();
        } catch (RuntimeException e) {
            shutdown(worker, name + " ");
            throw e;
        }
        InetSocketAddress address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        return new HttpServer(worker, name + " ", undertow, address.getPort());
    }

    public int port() {
        return port;
    }

    /** Stops accepting, closes connections and waits for the threads to end. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            undertow.stop();
            shutdown(worker, threadPrefix);
        }
    }

    /**
     * XNIO reports termination just before its last threads finish, so the threads are joined as well: when
     * this returns, none of the server's threads is alive.
     */
    private static void shutdown(XnioWorker worker, String threadPrefix) {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().startsWith(threadPrefix)) {
                    thread.join(1_000);
                }
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
