package io.github.fakexendit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** What the HTTP server lets through to the log: XNIO's noise about a listener closed under it, nothing else. */
class HttpServerLogTest {

    @Test
    void anAcceptThatMeetsAClosedListenerIsNotLoggedOtherListenerErrorsAre() {
        List<Throwable> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger listener = Logger.getLogger("org.xnio.listener");
        boolean toParents = listener.getUseParentHandlers();
        try (HttpServer server = HttpServer.start("127.0.0.1", 0, Duration.ofSeconds(1), exchange -> { }, null)) {
            listener.setUseParentHandlers(false);
            listener.addHandler(capture);
            IOException other = new IOException("something else");

            listener.log(Level.SEVERE, "XNIO001009: Failed to accept a connection", new ClosedChannelException());
            listener.log(Level.SEVERE, "XNIO001009: Failed to accept a connection", other);

            assertThat(logged).containsExactly(other);
        } finally {
            listener.removeHandler(capture);
            listener.setUseParentHandlers(toParents);
        }
    }
}
