package io.github.fakexendit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * A JVM that holds one tool and nothing else, so that its memory is the tool's: {@code ServerHost TOOL} starts
 * the tool, prints {@code port N}, then answers commands on stdin: {@code memory} prints
 * {@code memory HEAP_AFTER_GC RSS} in bytes (RSS -1 where the OS does not tell), {@code histogram FILE} writes
 * a class histogram of the heap to the file; end of input stops it.
 */
public final class ServerHost {

    private ServerHost() {
    }

    public static void main(String[] args) throws Exception {
        try (Peer peer = Tool.valueOf(args[0]).newPeer()) {
            System.out.println("port " + peer.start());
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String command = commands.readLine(); command != null; command = commands.readLine()) {
                if (command.equals("memory")) {
                    System.out.println("memory " + heapAfterGc() + " " + residentSetSize());
                } else if (command.startsWith("histogram ")) {
                    Files.writeString(Path.of(command.substring("histogram ".length())), classHistogram());
                    System.out.println("histogram written");
                } else {
                    System.out.println("unknown command " + command);
                }
            }
        }
        Runtime.getRuntime().halt(0);
    }

    /** Heap in use after full collections (a second one for what the first left to finalize): what the tool keeps. */
    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** What {@code jcmd PID GC.class_histogram} prints: the live objects of each class, largest first. */
    private static String classHistogram() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    private static long residentSetSize() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }
}
