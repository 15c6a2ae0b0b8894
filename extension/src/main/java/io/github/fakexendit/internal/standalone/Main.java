package io.github.fakexendit.internal.standalone;

import io.github.fakexendit.FakeXenditServer;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar fake-xendit-standalone.jar [--port N] [--host H] [--api-key K] [--callback-token T]}:
 * the fake as a process, for tests that are not on the JVM. Runs until it is stopped (SIGTERM, Ctrl-C).
 */
public final class Main {

    static final String USAGE = """
            Usage: java -jar fake-xendit-standalone.jar [options]
              --port N             port to listen on (default 8080; 0 picks a free port)
              --host H             address to bind (default 127.0.0.1)
              --api-key K          accept only this test-mode secret key (default: any xnd_development_ key)
              --webhook-url U      where to send webhooks
              --callback-token T   x-callback-token sent with webhooks (default: random)
              --help               print this help
            """;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        FakeXenditServer.Builder builder = FakeXenditServer.builder().port(8080);
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                out.print(USAGE);
                return 0;
            }
            if (i + 1 >= args.length) {
                err.println("fake-xendit: " + flag + (flag.startsWith("--") ? " needs a value" : " is not a flag")
                        + "; see --help");
                return 2;
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> {
                    try {
                        builder.port(Integer.parseInt(value));
                    } catch (NumberFormatException e) {
                        err.println("fake-xendit: --port needs a number, got '" + value + "'");
                        return 2;
                    }
                }
                case "--host" -> builder.host(value);
                case "--api-key" -> builder.apiKey(value);
                case "--webhook-url" -> { /* stored once webhooks are delivered */ }
                case "--callback-token" -> builder.callbackToken(value);
                default -> {
                    err.println("fake-xendit: unknown flag " + flag + "; see --help");
                    return 2;
                }
            }
        }
        FakeXenditServer server;
        try {
            server = builder.start();
        } catch (RuntimeException e) {
            err.println("fake-xendit: cannot start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "fake-xendit-shutdown"));
        out.println("fake-xendit listening on " + server.baseUrl());
        out.flush();
        stopped.await();
        return 0;
    }
}
