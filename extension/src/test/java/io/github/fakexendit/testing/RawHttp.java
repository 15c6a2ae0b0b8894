package io.github.fakexendit.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for what no HTTP client sends: malformed request lines and escapes, header
 * blocks of any size, bodies that arrive slowly or never. Each instance is one connection.
 */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    /** A connection to {@code 127.0.0.1:port} whose reads give up after {@code timeout}. */
    public static RawHttp connect(int port, Duration timeout) {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout((int) timeout.toMillis());
            return new RawHttp(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code request} as it is on a new connection and reads the answer up to the server's close. */
    public static Reply exchange(int port, byte[] request) {
        try (RawHttp http = connect(port, Duration.ofSeconds(10))) {
            http.send(request);
            return http.readUntilClosed();
        }
    }

    /** A request with {@code Connection: close} and, if {@code body} is not null, a Content-Length. */
    public static byte[] request(String method, String target, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[start.length + (body == null ? 0 : body.length)];
        System.arraycopy(start, 0, all, 0, start.length);
        if (body != null) {
            System.arraycopy(body, 0, all, start.length, body.length);
        }
        return all;
    }

    public RawHttp send(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RawHttp send(String ascii) {
        return send(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Everything the server sends until it closes the connection, read as one response. */
    public Reply readUntilClosed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server neither answered in full nor closed the connection within "
                    + socketTimeout() + " ms; got so far: " + out.toString(StandardCharsets.ISO_8859_1), e);
        } catch (IOException resetAfterTheAnswer) {
            // a server that refuses a body it did not read may reset the connection after answering
        }
        return Reply.parse(out.toByteArray());
    }

    /** The next line the server sends, without its CRLF: an interim response's status line, say. */
    public String readLine() {
        StringBuilder line = new StringBuilder();
        try {
            InputStream in = socket.getInputStream();
            for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("no line from the server; got so far: " + line, e);
        }
    }

    /** Whether the server closed the connection (or reset it) before {@code within} passed without a byte. */
    public boolean closedByServerWithin(Duration within) {
        try {
            socket.setSoTimeout((int) within.toMillis());
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private int socketTimeout() {
        try {
            return socket.getSoTimeout();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response: its status (0 if the server sent nothing), headers by lower-case name, and body text. */
    public record Reply(int status, Map<String, String> headers, String body) {

        static Reply parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (text.isEmpty() || end < 0) {
                return new Reply(0, Map.of(), text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }
}
