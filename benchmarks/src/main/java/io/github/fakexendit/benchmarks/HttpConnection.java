package io.github.fakexendit.benchmarks;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A keep-alive HTTP/1.1 connection that writes prepared requests and reads whole responses (a length or a
 * chunked body). As lean as a client can be, so that the client costs every tool the same little CPU on a
 * machine where client and server share the cores. Not thread-safe: one connection per thread.
 */
public final class HttpConnection implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private byte[] buffer = new byte[16 * 1024];
    private int start;
    private int end;
    private byte[] body = new byte[4 * 1024];
    private int bodyLength;
    private boolean closedByServer;

    private HttpConnection(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.out = socket.getOutputStream();
        this.in = socket.getInputStream();
    }

    public static HttpConnection open(int port) throws IOException {
        return new HttpConnection(new Socket(InetAddress.getLoopbackAddress(), port));
    }

    /** Sends one request and reads its whole response; returns the status. */
    public int exchange(byte[] request) throws IOException {
        if (closedByServer) {
            throw new IOException("the server closed this connection");
        }
        out.write(request);
        bodyLength = 0;
        int status = statusOf(readLine());
        long contentLength = -1;
        boolean chunked = false;
        for (int line = readLine(); !isBlank(line); line = readLine()) {
            if (isHeader("content-length:", line)) {
                contentLength = Long.parseLong(value(line));
            } else if (isHeader("transfer-encoding:", line)) {
                chunked = value(line).equalsIgnoreCase("chunked");
            } else if (isHeader("connection:", line)) {
                closedByServer = value(line).equalsIgnoreCase("close");
            }
            consume(line);
        }
        if (chunked) {
            readChunks();
        } else if (contentLength >= 0) {
            readBody(contentLength);
        } else {
            readBody(Long.MAX_VALUE);
            closedByServer = true;
        }
        return status;
    }

    /** Sends {@code POST /sessions} and reads the answer; anything but a 201 is an error, with the body in it. */
    public void create(byte[] request) throws IOException {
        int status = exchange(request);
        if (status != 201) {
            throw new IOException("POST /sessions answered " + status + " instead of 201: " + body());
        }
    }

    /** The body of the last response, as text. */
    public String body() {
        return new String(body, 0, bodyLength, StandardCharsets.UTF_8);
    }

    private void readChunks() throws IOException {
        while (true) {
            int line = readLine();
            String size = new String(buffer, start, lineEnd(line) - start, StandardCharsets.US_ASCII);
            consume(line);
            int semicolon = size.indexOf(';');
            long length = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                for (int trailer = readLine(); !isBlank(trailer); trailer = readLine()) {
                    consume(trailer);
                }
                return;
            }
            readBody(length);
            consume(readLine());
        }
    }

    /** Reads {@code length} bytes of body, or up to the end of the stream for {@code Long.MAX_VALUE}. */
    private void readBody(long length) throws IOException {
        long left = length;
        while (left > 0) {
            if (start == end && !fill(length == Long.MAX_VALUE)) {
                return;
            }
            int n = (int) Math.min(left, end - start);
            if (bodyLength + n > body.length) {
                body = Arrays.copyOf(body, Math.max(body.length * 2, bodyLength + n));
            }
            System.arraycopy(buffer, start, body, bodyLength, n);
            bodyLength += n;
            start += n;
            left -= n;
        }
    }

    /** The index just past the next line's {@code \n}, reading more as needed; the line starts at {@link #start}. */
    private int readLine() throws IOException {
        int scanned = start;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    return i + 1;
                }
            }
            scanned = end - start;
            if (!fill(false)) {
                throw new EOFException("the server closed the connection mid-response");
            }
            scanned += start;
        }
    }

    private int lineEnd(int line) {
        int e = line - 1;
        return e > start && buffer[e - 1] == '\r' ? e - 1 : e;
    }

    /** Whether the line is empty (the end of a header block); an empty line is consumed. */
    private boolean isBlank(int line) {
        if (lineEnd(line) != start) {
            return false;
        }
        consume(line);
        return true;
    }

    private void consume(int line) {
        start = line;
    }

    private boolean isHeader(String lowerCaseName, int line) {
        int length = lowerCaseName.length();
        if (line - start < length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (Character.toLowerCase(buffer[start + i]) != lowerCaseName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String value(int line) {
        int colon = start;
        while (buffer[colon] != ':') {
            colon++;
        }
        return new String(buffer, colon + 1, lineEnd(line) - colon - 1, StandardCharsets.US_ASCII).trim();
    }

    private int statusOf(int line) {
        // HTTP/1.1 201 Created
        int s = start + 9;
        int status = (buffer[s] - '0') * 100 + (buffer[s + 1] - '0') * 10 + (buffer[s + 2] - '0');
        consume(line);
        return status;
    }

    /** Reads more bytes after the unconsumed ones; false at the end of the stream (an error unless allowed). */
    private boolean fill(boolean endAllowed) throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            if (endAllowed) {
                return false;
            }
            throw new EOFException("the server closed the connection mid-response");
        }
        end += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
