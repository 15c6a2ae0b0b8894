package io.github.fakexendit.internal.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The account a request acts for: its secret key, and the XenPlatform sub-account named by
 * {@code for-user-id} if any. Each one is a business of its own, with its own sessions and customers.
 */
public final class Business {

    private static final Pattern XENDIT_USER_ID = Pattern.compile("[0-9a-f]{24}");

    private final String apiKey;
    private final String forUserId;
    private final String businessId;

    public Business(String apiKey, String forUserId) {
        this.apiKey = Objects.requireNonNull(apiKey);
        this.forUserId = forUserId;
        this.businessId = businessIdOf(apiKey, forUserId);
    }

    /**
     * A sub-account's id is its business id at Xendit, so a well-formed {@code for-user-id} is used as it is;
     * otherwise the id is derived from the key, stable across runs so that tests can rely on it.
     */
    private static String businessIdOf(String apiKey, String forUserId) {
        if (forUserId != null && XENDIT_USER_ID.matcher(forUserId).matches()) {
            return forUserId;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(apiKey.getBytes(StandardCharsets.UTF_8));
            if (forUserId != null) {
                sha.update((byte) 0);
                sha.update(forUserId.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String businessId() {
        return businessId;
    }

    public String forUserId() {
        return forUserId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Business b && apiKey.equals(b.apiKey) && Objects.equals(forUserId, b.forUserId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiKey, forUserId);
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "Business[" + businessId + (forUserId == null ? "" : ", for-user-id " + forUserId) + "]";
    }
}
