package io.github.fakexendit.internal.platform;

/**
 * One schema violation in the validator's own words.
 *
 * @param instancePath where the offending value sits, e.g. {@code /body/customer}
 * @param path         what {@code errors[].path} says: the instance path, plus the property name for a
 *                     missing property ({@code /body/customer/individual_detail})
 * @param message      the validator's text without the location, e.g. {@code must be string}
 */
public record Violation(String instancePath, String path, String message) {

    public static Violation at(String instancePath, String message) {
        return new Violation(instancePath, instancePath, message);
    }

    public static Violation missing(String instancePath, String property) {
        return new Violation(instancePath, instancePath + "/" + property,
                "must have required property '" + property + "'");
    }

    /** The top-level message form: {@code request/body/amount must be number}. */
    public String fullMessage() {
        return "request" + instancePath + " " + message;
    }
}
