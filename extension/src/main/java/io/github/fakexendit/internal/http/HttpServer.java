package io.github.fakexendit.internal.http;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.connector.ByteBufferPool;
import io.undertow.protocols.ssl.UndertowXnioSsl;
import io.undertow.server.ConnectorStatistics;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.HttpContinueReadHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * An HTTP server on Undertow's HTTP/1.1 listener. Every server of the JVM shares one XNIO worker: two daemon I/O
 * threads that run every handler (nothing blocks), created with the first server and ending with the JVM, so that
 * starting and stopping a server (once per test class) costs a socket, not threads. {@link #close()} closes the
 * server's listener and every connection it accepted before it returns.
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

    /** The name of the shared I/O threads: {@code fake-xendit-io-1} and {@code -2}. */
    public static final String IO_THREADS = "fake-xendit-io";

    /** How long {@link #close()} waits for the I/O threads to close the server's connections. */
    private static final long CLOSE_WAIT_MILLIS = 5_000;

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

    /** The worker and buffers every server of the JVM shares, created with the first server. */
    private static final class Shared {
        static final XnioWorker WORKER = createWorker();
        /** Undertow's own default for a JVM with more than 128 MB of heap: direct buffers of 16 KB less overhead. */
        static final ByteBufferPool BUFFERS = new DefaultByteBufferPool(true, 16 * 1024 - 20, -1, 4);

        private static XnioWorker createWorker() {
            try {
                XnioWorker worker = Xnio.getInstance(Undertow.class.getClassLoader()).createWorker(OptionMap.builder()
                        .set(Options.WORKER_NAME, IO_THREADS)
                        .set(Options.WORKER_IO_THREADS, 2)
                        .set(Options.WORKER_TASK_CORE_THREADS, 1)
                        .set(Options.WORKER_TASK_MAX_THREADS, 4)
                        .set(Options.THREAD_DAEMON, true)
                        .set(Options.TCP_NODELAY, true)
                        .getMap());
                // Not shut down at exit: a server still closing in another shutdown hook would wait on a selector
                // that is gone. Daemon threads end with the JVM, and the system closes its sockets.
                return worker;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the I/O threads", e);
            }
        }
    }

    private final AcceptingChannel<? extends StreamConnection> listener;
    private final HttpOpenListener connections;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HttpServer(AcceptingChannel<? extends StreamConnection> listener, HttpOpenListener connections, int port) {
        this.listener = listener;
        this.connections = connections;
        this.port = port;
    }

    /**
     * Binds {@code host:port} (port 0: any free port) and starts serving. A connection whose request headers
     * are not in within {@code requestTimeout} is closed; one idle for a minute between requests too. With a
     * {@code tls} context it serves HTTPS only, through Undertow's TLS channels, as its builder's HTTPS listener.
     *
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static HttpServer start(String host, int port, Duration requestTimeout, HttpHandler handler,
                                   SSLContext tls) {
        HttpOpenListener connections = new HttpOpenListener(Shared.BUFFERS, OptionMap.builder()
                .set(UndertowOptions.ALWAYS_SET_DATE, false)
                .set(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
                .set(UndertowOptions.REQUEST_PARSE_TIMEOUT, (int) requestTimeout.toMillis())
                // no cap of Undertow's own (2 MiB): RequestBody enforces the fake's limit and drains what is past it
                .set(UndertowOptions.MAX_ENTITY_SIZE, -1L)
                // counts the open connections, so that close() knows when they are all closed
                .set(UndertowOptions.ENABLE_STATISTICS, true)
                .getMap());
        // a client that asks before sending its body (Expect: 100-continue) is told to go on when it is read
        connections.setRootHandler(new HttpContinueReadHandler(handler));
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(host), port);
            OptionMap socketOptions = OptionMap.builder()
                    .set(Options.TCP_NODELAY, true)
                    .set(Options.REUSE_ADDRESSES, true)
                    .set(Options.BACKLOG, 1000)
                    .getMap();
            AcceptingChannel<? extends StreamConnection> listener = tls == null
                    ? Shared.WORKER.createStreamConnectionServer(address,
                            ChannelListeners.openListenerAdapter(connections), socketOptions)
                    : new UndertowXnioSsl(Shared.WORKER.getXnio(), OptionMap.create(Options.USE_DIRECT_BUFFERS, true),
                            tls).createSslConnectionServer(Shared.WORKER, address,
                            ChannelListeners.openListenerAdapter(connections), socketOptions);
            listener.resumeAccepts();
            return new HttpServer(listener, connections, ((InetSocketAddress) listener.getLocalAddress()).getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /**
     * Stops accepting, then closes every connection (on its I/O thread, as XNIO wants) and waits until they are
     * closed. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            IoUtils.safeClose(listener);
            connections.closeConnections();
            ConnectorStatistics statistics = connections.getConnectorStatistics();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MILLIS);
            while (statistics.getActiveConnections() > 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100));
            }
        }
    }
}
