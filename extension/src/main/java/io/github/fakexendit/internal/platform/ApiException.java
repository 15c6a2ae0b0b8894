package io.github.fakexendit.internal.platform;

/** Thrown where an API error surfaces deep inside an operation; the HTTP layer answers with {@link #error()}. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ApiError error;

    public ApiException(ApiError error) {
        super(error.errorCode() + ": " + error.message(), null, false, false);
        this.error = error;
    }

    public ApiError error() {
        return error;
    }
}
