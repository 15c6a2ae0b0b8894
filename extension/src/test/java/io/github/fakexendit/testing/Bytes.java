package io.github.fakexendit.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Bodies built from bytes that are not text, such as broken UTF-8 between two pieces of JSON. */
public final class Bytes {

    private Bytes() {
    }

    /** {@code before} and {@code after} in UTF-8, with {@code middle} as it is between them. */
    public static byte[] between(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
