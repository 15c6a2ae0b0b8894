package io.github.fakexendit.examples.checkout;

/** Xendit refused a request: its HTTP status, {@code error_code} and message, passed on to the caller. */
public final class XenditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;

    public XenditException(int status, String errorCode, String message) {
        super(status + " " + errorCode + ": " + message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }
}
