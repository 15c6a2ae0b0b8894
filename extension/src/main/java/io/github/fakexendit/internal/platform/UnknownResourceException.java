package io.github.fakexendit.internal.platform;

/**
 * A step named an object the server does not hold (never created, reset since, or forgotten past the capacity).
 * An {@link IllegalArgumentException}, as the public handles document it, told apart from the other refusals of
 * a step so that the admin API answers it 404 {@code NOT_FOUND} with {@link #adminMessage()}.
 */
public class UnknownResourceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String noun;
    private final String id;

    /** @param noun what the object is, as a message names it: {@code session}, {@code payment request} */
    public UnknownResourceException(String noun, String id) {
        super("No " + noun + " " + id + " in this fake (was it reset?)");
        this.noun = noun;
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** {@code No session ps-... in this fake}: the admin API's 404 message. */
    public String adminMessage() {
        return "No " + noun + " " + id + " in this fake";
    }
}
