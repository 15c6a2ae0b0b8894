package io.github.fakexendit.internal.webhooks;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The wire format of one HTTP/1.1 POST that asks for its connection to be closed ({@code Connection: close}),
 * and of the answer, read up to a number of body bytes. The caller owns the connection: it is used once and
 * never pooled, so that no webhook can go out over a connection its server is closing.
 */
final class HttpPost {

    /** Longest status or header line read; an answer with a longer one is not HTTP as the fake reads it. */
    private static final int LINE_LIMIT = 16 * 1024;

    private HttpPost() {
    }

    /** The merchant's final answer: its status, and the start of its body. */
    record Reply(int status, byte[] body) {
    }

    /** Writes the request: {@code headers}, then {@code Host}, {@code Content-Length} and {@code Connection}. */
    static void write(OutputStream out, URI url, Map<String, String> headers, byte[] body) throws IOException {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        StringBuilder head = new StringBuilder("POST ").append(path)
                .append(url.getRawQuery() == null ? "" : "?" + url.getRawQuery()).append(" HTTP/1.1\r\n");
        header(head, "Host", url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort());
        for (Map.Entry<String, String> header : headers.entrySet()) {
            header(head, header.getKey(), header.getValue());
        }
        header(head, "Content-Length", Integer.toString(body.length));
        header(head, "Connection", "close");
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static void header(StringBuilder head, String name, String value) throws ProtocolException {
        if (value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new ProtocolException("the header " + name + " holds a line break: it cannot be sent");
        }
        head.append(name).append(": ").append(value).append("\r\n");
    }

    /**
     * Reads the final answer, skipping interim (1xx) ones, and up to {@code bodyLimit} bytes of its body, framed
     * by {@code Transfer-Encoding: chunked}, by {@code Content-Length}, or else by the end of the connection.
     *
     * @throws EOFException      if the connection ends before a status line
     * @throws ProtocolException if what arrives is not an HTTP/1.x answer
     */
    static Reply read(InputStream in, int bodyLimit) throws IOException {
        while (true) {
            String statusLine = line(in);
            if (statusLine == null) {
                throw new EOFException("the connection was closed without an answer");
            }
            int status = status(statusLine);
            Map<String, String> headers = new HashMap<>();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).trim());
                }
            }
            if (status >= 100 && status < 200) {
                continue;
            }
            if (status == 204 || status == 304) {
                return new Reply(status, new byte[0]);
            }
            return new Reply(status, body(in, headers, bodyLimit));
        }
    }

    private static int status(String statusLine) throws ProtocolException {
        // HTTP/1.1 200 OK (the reason may be empty or missing)
        if (statusLine.startsWith("HTTP/1.") && statusLine.length() >= 12 && statusLine.charAt(8) == ' ') {
            String code = statusLine.substring(9, 12);
            if (code.chars().allMatch(Character::isDigit)
                    && (statusLine.length() == 12 || statusLine.charAt(12) == ' ')) {
                return Integer.parseInt(code);
            }
        }
        throw new ProtocolException("not an HTTP/1.x answer: "
                + (statusLine.length() > 80 ? statusLine.substring(0, 80) + "..." : statusLine));
    }

    private static byte[] body(InputStream in, Map<String, String> headers, int limit) throws IOException {
        String encoding = headers.get("transfer-encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).endsWith("chunked")) {
            return chunked(in, limit);
        }
        String length = headers.get("content-length");
        if (length != null) {
            return in.readNBytes((int) Math.min(limit, number(length, 10, "a Content-Length")));
        }
        return in.readNBytes(limit);
    }

    private static byte[] chunked(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (body.size() < limit) {
            String sizeLine = line(in);
            if (sizeLine == null) {
                break;
            }
            int extensions = sizeLine.indexOf(';');
            long size = number(extensions < 0 ? sizeLine : sizeLine.substring(0, extensions), 16, "a chunk size");
            if (size == 0) {
                break;
            }
            byte[] chunk = in.readNBytes((int) Math.min(size, limit - body.size()));
            body.write(chunk);
            if (chunk.length < size) {
                break;
            }
            line(in);
        }
        return body.toByteArray();
    }

    /** A length the answer gives: a number of {@code radix} digits, 0 or more. */
    private static long number(String text, int radix, String what) throws ProtocolException {
        try {
            long number = Long.parseLong(text.trim(), radix);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProtocolException("not " + what + ": " + text);
    }

    /** The next line without its CRLF (or bare LF), as ISO-8859-1; {@code null} at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
            if (b == -1) {
                return line.length() == 0 ? null : line.toString();
            }
            if (line.length() == LINE_LIMIT) {
                throw new ProtocolException("an answer line is longer than " + LINE_LIMIT + " bytes");
            }
            line.append((char) b);
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }
}
