package io.github.fakexendit.internal.http;

import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.ApiKeys;
import io.github.fakexendit.internal.platform.Business;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a request acts for. With no configured key any test-mode secret key is accepted; with one, that key
 * alone. A live key is refused with a message that says where it went.
 */
public final class Authenticator {

    static final String LIVE_KEY_MESSAGE = "API key is not authorized for this API. A live key ("
            + ApiKeys.LIVE_PREFIX + "...) was sent to fake-xendit, a test double: use a test-mode key ("
            + ApiKeys.TEST_PREFIX + "...) in tests, and rotate the live key if it may have been exposed";

    /** How many callers are remembered: far more than a test suite's keys and sub-accounts. */
    private static final int REMEMBERED = 1_000;

    private final String configuredKey;
    /**
     * The business of each {@code Authorization} and {@code for-user-id} seen, so that a request does not decode
     * a key and hash it again, and the sessions of a business share one value. Bounded: a caller past the bound
     * is authenticated each time.
     */
    private final Map<Caller, Business> callers = new ConcurrentHashMap<>();

    private record Caller(String authorization, String forUserId) {
    }

    public Authenticator(String configuredKey) {
        this.configuredKey = configuredKey;
    }

    /** @throws ApiException 401 {@code INVALID_API_KEY} */
    public Business authenticate(String authorization, String forUserId) {
        Caller caller = new Caller(authorization, forUserId);
        Business known = callers.get(caller);
        if (known != null) {
            return known;
        }
        Business business = authenticateAnew(authorization, forUserId);
        if (callers.size() < REMEMBERED) {
            callers.putIfAbsent(caller, business);
        }
        return business;
    }

    private Business authenticateAnew(String authorization, String forUserId) {
        if (ApiKeys.carriesLiveKey(authorization)) {
            throw new ApiException(ApiError.of(401, "INVALID_API_KEY", LIVE_KEY_MESSAGE));
        }
        String key = ApiKeys.fromAuthorization(authorization);
        boolean accepted = configuredKey != null ? configuredKey.equals(key) : ApiKeys.isTestKey(key);
        if (!accepted) {
            throw new ApiException(ApiError.invalidApiKey());
        }
        return new Business(key, forUserId == null || forUserId.isBlank() ? null : forUserId.trim());
    }
}
