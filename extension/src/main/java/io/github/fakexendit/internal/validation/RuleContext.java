package io.github.fakexendit.internal.validation;

import io.github.fakexendit.internal.platform.PaymentChannels;
import java.time.Instant;

/**
 * What a business rule may know beyond the request body.
 *
 * @param now      the server's clock at the request
 * @param channels the channel catalog and which channels the account has activated
 */
public record RuleContext(Instant now, PaymentChannels channels) {
}
