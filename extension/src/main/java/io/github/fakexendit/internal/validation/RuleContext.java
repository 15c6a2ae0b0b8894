package io.github.fakexendit.internal.validation;

import java.time.Instant;

/** What a business rule may know beyond the request body. */
public record RuleContext(Instant now) {
}
