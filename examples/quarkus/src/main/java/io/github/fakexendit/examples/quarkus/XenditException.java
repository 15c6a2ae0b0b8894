package io.github.fakexendit.examples.quarkus;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

/** Xendit refused a request: its HTTP status, {@code error_code} and message, passed on to the caller. */
public class XenditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;

    XenditException(int status, String errorCode, String message) {
        super(status + " " + errorCode + ": " + message);
        this.status = status;
        this.errorCode = errorCode;
    }

    static XenditException from(Response response) {
        try {
            ErrorBody error = response.readEntity(ErrorBody.class);
            return new XenditException(response.getStatus(), error.errorCode(), error.message());
        } catch (ProcessingException | IllegalStateException notXenditsEnvelope) {
            return new XenditException(response.getStatus(), "", "no error envelope");
        }
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    /** Xendit's error envelope. */
    record ErrorBody(@JsonProperty("error_code") String errorCode, String message) {
    }
}
