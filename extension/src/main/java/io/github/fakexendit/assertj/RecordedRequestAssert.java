package io.github.fakexendit.assertj;

import io.github.fakexendit.RecordedRequest;

/**
 * Assertions on one recorded request. Every failure shows the whole request, pretty-printed, keys masked.
 *
 * <pre>{@code
 * assertThat(xendit).hasReceivedRequest("GET", "/sessions/*")
 *         .hasForUserId("5f9a3c1e8b7d6a4c2e1f0a9b")
 *         .hasApiKey(merchantKey)
 *         .hasStatus(200);
 * }</pre>
 */
public final class RecordedRequestAssert extends AbstractRecordedRequestAssert<RecordedRequestAssert> {

    RecordedRequestAssert(RecordedRequest request) {
        super(request, RecordedRequestAssert.class);
    }

    @Override
    protected String subject() {
        return "the request";
    }
}
