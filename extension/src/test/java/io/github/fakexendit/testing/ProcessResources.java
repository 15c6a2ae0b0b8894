package io.github.fakexendit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What this JVM holds now, for tests that prove the fake leaves nothing behind: its live threads by name, and
 * on Linux its open file descriptors by kind and its listening TCP ports (from {@code /proc}).
 */
public final class ProcessResources {

    private ProcessResources() {
    }

    /** The names of the live threads of this JVM. */
    public static List<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName).sorted()
                .toList();
    }

    /**
     * The names of the live threads that servers start and must stop on close: the clock's, the webhook
     * deliveries', every {@code fake-xendit-...} thread but the I/O threads that every server of the JVM shares
     * ({@code fake-xendit-io-...}), which live as long as the JVM.
     */
    public static List<String> serverThreadNames() {
        return threadNames().stream()
                .filter(name -> name.startsWith("fake-xendit") && !name.startsWith("fake-xendit-io"))
                .toList();
    }

    /** Open file descriptors by kind: {@code socket}, {@code pipe}, {@code anon_inode:[eventpoll]}, {@code file}. */
    public static Map<String, Integer> openFileDescriptors() {
        Map<String, Integer> kinds = new TreeMap<>();
        for (String target : fdTargets()) {
            kinds.merge(kindOf(target), 1, Integer::sum);
        }
        return kinds;
    }

    /** The TCP ports this process listens on, IPv4 and IPv6. */
    public static Set<Integer> listeningPorts() {
        return listeningSockets().keySet().stream().map(address -> Integer.parseInt(
                address.substring(address.lastIndexOf(':') + 1))).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The listening TCP sockets of this process as {@code address:port} (IPv4 dotted, IPv6 in hex) by inode. */
    public static Map<String, String> listeningSockets() {
        Set<String> inodes = fdTargets().stream().filter(t -> t.startsWith("socket:["))
                .map(t -> t.substring(8, t.length() - 1)).collect(Collectors.toSet());
        Map<String, String> listening = new TreeMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : lines(Path.of(table))) {
                String[] columns = line.trim().split("\\s+");
                // columns: sl local_address rem_address st ... inode; st 0A is LISTEN
                if (columns.length > 9 && columns[3].equals("0A") && inodes.contains(columns[9])) {
                    listening.put(address(columns[1]), columns[9]);
                }
            }
        }
        return listening;
    }

    /**
     * {@code address:port}: IPv4 dotted (also when Java listens through an IPv4-mapped IPv6 socket), {@code ::}
     * for the IPv6 wildcard, other IPv6 addresses as /proc prints them.
     */
    private static String address(String hex) {
        String[] parts = hex.split(":");
        int port = Integer.parseInt(parts[1], 16);
        String ip = parts[0];
        if (ip.length() == 32 && ip.startsWith("0000000000000000FFFF0000")) {
            ip = ip.substring(24);
        } else if (ip.equals("0".repeat(32))) {
            return ":::" + port;
        }
        if (ip.length() != 8) {
            return ip + ":" + port;
        }
        long v4 = Long.parseLong(ip, 16);
        // /proc prints IPv4 addresses in the machine's byte order, little-endian here
        return (v4 & 0xFF) + "." + (v4 >> 8 & 0xFF) + "." + (v4 >> 16 & 0xFF) + "." + (v4 >> 24 & 0xFF) + ":" + port;
    }

    private static String kindOf(String target) {
        if (target.startsWith("socket:")) {
            return "socket";
        }
        if (target.startsWith("pipe:")) {
            return "pipe";
        }
        return target.startsWith("anon_inode:") ? target : "file";
    }

    private static List<String> fdTargets() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (IOException closedMeanwhile) {
                    return null;
                }
            }).filter(t -> t != null).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path table) {
        try {
            return Files.exists(table) ? Files.readAllLines(table) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
