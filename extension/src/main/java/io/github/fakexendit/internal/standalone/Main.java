package io.github.fakexendit.internal.standalone;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.FakeXenditServerBuilder;
import io.github.fakexendit.internal.platform.ApiKeys;
import io.github.fakexendit.internal.runtime.Config;
import io.github.fakexendit.internal.runtime.Engine;
import io.github.fakexendit.internal.settings.Setting;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar fake-xendit-standalone.jar [options]} ({@link #USAGE}): the fake as a process, for tests
 * that are not on the JVM. Runs until it is stopped (SIGTERM, Ctrl-C).
 *
 * <p>Exit status: 0 after {@code --help}, 2 for a bad flag or value, 1 if the server cannot start (port in
 * use); stopped by a signal, the JVM's usual 128 + the signal's number (143 for SIGTERM).
 */
public final class Main {

    static final String USAGE = """
            Usage: java -jar fake-xendit-standalone.jar [options]
              --port N               port to listen on (default 8080; 0 picks a free port)
              --host H               address to bind (default 127.0.0.1; 0.0.0.0 for every interface)
              --api-key K            accept only this test-mode secret key (default: any xnd_development_ key)
              --webhook-url U        where to send webhooks
              --event-webhook-url E=U  where to send event E instead of --webhook-url (repeatable),
                                     e.g. payment.capture=http://127.0.0.1:3000/payments
              --callback-token T     x-callback-token sent with webhooks (default: random)
              --journal-capacity N   how many requests GET /_fake/requests keeps (default 10000)
              --session-capacity N   how many sessions are kept before the oldest are forgotten (default 10000)
              --payment-link-base-url U  what payment_link_url starts with, e.g. the https origin of a proxy
                                     (default: this server's own http://HOST:PORT)
              --allow-customer-reference-reuse
                                     let an inline customer reuse a reference_id (default: 409 DUPLICATE_ERROR)
              --https                serve HTTPS with a certificate made at start for localhost and 127.0.0.1;
                                     its PEM file is printed first: fake-xendit certificate FILE
              --https-keystore F     serve HTTPS with the key in this PKCS#12 or JKS key store instead
              --https-keystore-password P   the key store's (and its key's) password
              --help                 print this help
            Options take their value as the next argument or after '=' (--port=0); --https and
            --allow-customer-reference-reuse take none.
            Once it accepts requests it prints: fake-xendit listening on http://HOST:PORT (https:// with HTTPS)
            """;

    static final int DEFAULT_PORT = 8080;
    static final int OK = 0;
    static final int CANNOT_START = 1;
    static final int BAD_USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        int status = run(args, System.out, System.err);
        if (status != OK) {
            System.exit(status);
        }
    }

    /**
     * Parses the flags, starts the server, prints the listening line and blocks until the JVM shuts down.
     * Returns at once with the exit status for {@code --help} and for anything that stops the start.
     */
    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        FakeXenditServerBuilder builder = FakeXenditServer.builder();
        Map<String, Object> values = new HashMap<>(Map.of("--host", Config.DEFAULT_HOST, "--port", DEFAULT_PORT));
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE);
                return OK;
            }
            if (!arg.startsWith("--")) {
                return usageError(err, "unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String flag = equals < 0 ? arg : arg.substring(0, equals);
            Optional<Setting> setting = Setting.ofFlag(flag);
            if (setting.isPresent() && setting.get().kind() == Setting.Kind.SWITCH) {
                if (equals >= 0) {
                    return usageError(err, "unknown flag " + flag);
                }
                values.put(flag, setting.get().parse(""));
                continue;
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return usageError(err, flag + " needs a value");
            }
            if (setting.isEmpty()) {
                return usageError(err, "unknown flag " + flag);
            }
            try {
                Object parsed = setting.get().parse(value);
                if (setting.get().kind() == Setting.Kind.REPEATED) {
                    List<Object> all = new ArrayList<>((List<?>) values.getOrDefault(flag, List.of()));
                    all.add(parsed);
                    values.put(flag, all);
                } else {
                    values.put(flag, parsed);
                }
            } catch (IllegalArgumentException e) {
                return usageError(err, e.getMessage());
            }
        }
        try {
            values.forEach((flag, value) -> Setting.ofFlag(flag).orElseThrow().apply().accept(builder, value));
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        return serve(builder, (String) values.get("--host"), (Integer) values.get("--port"), out, err);
    }

    private static int serve(FakeXenditServerBuilder builder, String host, int port, PrintStream out,
                             PrintStream err) throws InterruptedException {
        FakeXenditServer server;
        try {
            server = builder.start();
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        } catch (RuntimeException e) {
            err.println("fake-xendit: cannot listen on " + host + ":" + port + ": " + reason(e));
            return CANNOT_START;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.println("fake-xendit stopped");
            out.flush();
            stopped.countDown();
        }, "fake-xendit-shutdown"));
        String scheme = "http";
        if (server.baseUrl().startsWith("https:")) {
            scheme = "https";
            // before the listening line, which tools wait for: by then the file is there to trust
            out.println("fake-xendit certificate " + server.tls().pemFile());
        }
        // The address as bound, not as reached: 0.0.0.0 says that every interface listens.
        out.println("fake-xendit listening on " + Engine.url(scheme, host, server.port()));
        out.flush();
        stopped.await();
        return OK;
    }

    private static int usageError(PrintStream err, String message) {
        // a message may echo an argument, and an argument may be a live key put in the wrong place
        err.println("fake-xendit: " + ApiKeys.redactLiveKeys(message) + " (see --help)");
        return BAD_USAGE;
    }

    /** The innermost cause's message, e.g. {@code Address already in use}: one line, no stack trace. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.lines().findFirst()
                .orElseThrow();
    }
}
