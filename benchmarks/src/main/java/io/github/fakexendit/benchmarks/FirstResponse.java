package io.github.fakexendit.benchmarks;

/**
 * The JVM of an embedded cold start: {@code FirstResponse TOOL} starts the tool in-process, sends one
 * {@code POST /sessions}, prints the status and halts. The measuring process times it from launch to that line.
 */
public final class FirstResponse {

    private FirstResponse() {
    }

    public static void main(String[] args) throws Exception {
        Peer peer = Tool.valueOf(args[0]).newPeer();
        int port = peer.start();
        try (HttpConnection connection = HttpConnection.open(port)) {
            System.out.println(connection.exchange(Workload.createSession(port)));
        }
        System.out.flush();
        // the measurement ends at the line above; nothing after it is the tool's start-up
        Runtime.getRuntime().halt(0);
    }
}
