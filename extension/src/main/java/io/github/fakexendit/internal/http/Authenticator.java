package io.github.fakexendit.internal.http;

import io.github.fakexendit.internal.platform.ApiError;
import io.github.fakexendit.internal.platform.ApiException;
import io.github.fakexendit.internal.platform.ApiKeys;
import io.github.fakexendit.internal.platform.Business;

/**
 * Who a request acts for. With no configured key any test-mode secret key is accepted; with one, that key
 * alone. A live key is refused with a message that says where it went.
 */
public final class Authenticator {

    static final String LIVE_KEY_MESSAGE = "API key is not authorized for this API. A live key ("
            + ApiKeys.LIVE_PREFIX + "...) was sent to fake-xendit, a test double: use a test-mode key ("
            + ApiKeys.TEST_PREFIX + "...) in tests, and rotate the live key if it may have been exposed";

    private final String configuredKey;

    public Authenticator(String configuredKey) {
        this.configuredKey = configuredKey;
    }

    /** @throws ApiException 401 {@code INVALID_API_KEY} */
    public Business authenticate(String authorization, String forUserId) {
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
