package io.github.fakexendit.examples.springboot;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.web.client.RestClientResponseException;

/** Xendit refused a request: its HTTP status, {@code error_code} and message, passed on to the caller. */
public class XenditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;

    XenditException(int status, String errorCode, String message, Throwable cause) {
        super(status + " " + errorCode + ": " + message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    static XenditException from(RestClientResponseException e) {
        ErrorBody error = e.getResponseBodyAs(ErrorBody.class);
        return error == null
                ? new XenditException(e.getStatusCode().value(), "", e.getResponseBodyAsString(), e)
                : new XenditException(e.getStatusCode().value(), error.errorCode(), error.message(), e);
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
