package io.github.fakexendit.internal.payments;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the test scripted for the next charges of a token: fail with a code, require an action from the customer,
 * or stay waiting. Each charge of the token takes the oldest script left; a charge without one goes as its amount
 * says (a card failure test amount fails, anything else succeeds). Thread-safe.
 *
 * <pre>{@code
 * scripts.scriptNext(tokenId, ChargeScripts.Script.fail("CARD_DECLINED"));
 * }</pre>
 */
public final class ChargeScripts {

    /** What a scripted charge does. */
    public enum Kind {
        /** FAILED with the script's failure code, and {@code payment.failure}. */
        FAIL,
        /** REQUIRES_ACTION with a redirect to the fake's page, where the customer completes it. */
        REQUIRE_ACTION,
        /** REQUIRES_ACTION with no action: waits until the test settles it. */
        STAY_PENDING
    }

    /** One scripted charge; {@code failureCode} is set for {@link Kind#FAIL} alone. */
    public record Script(Kind kind, String failureCode) {

        public Script {
            Objects.requireNonNull(kind, "kind");
            if ((kind == Kind.FAIL) != (failureCode != null)) {
                throw new IllegalArgumentException("a failing script, and only one, names a failure code");
            }
        }

        public static Script fail(String failureCode) {
            if (failureCode == null || failureCode.isBlank()) {
                throw new IllegalArgumentException("a failing charge needs a failure code, e.g. CARD_DECLINED");
            }
            return new Script(Kind.FAIL, failureCode);
        }

        public static Script requireAction() {
            return new Script(Kind.REQUIRE_ACTION, null);
        }

        public static Script stayPending() {
            return new Script(Kind.STAY_PENDING, null);
        }
    }

    private final Map<String, Deque<Script>> byToken = new HashMap<>();

    /** The token's next charge not scripted yet goes as {@code script} says. */
    public synchronized void scriptNext(String tokenId, Script script) {
        byToken.computeIfAbsent(Objects.requireNonNull(tokenId), id -> new ArrayDeque<>())
                .addLast(Objects.requireNonNull(script));
    }

    /** Takes the script for a charge of the token now, if the test left one. */
    public synchronized Optional<Script> take(String tokenId) {
        Deque<Script> scripts = byToken.get(tokenId);
        if (scripts == null) {
            return Optional.empty();
        }
        Script next = scripts.removeFirst();
        if (scripts.isEmpty()) {
            byToken.remove(tokenId);
        }
        return Optional.of(next);
    }

    /** How many charges of the token are still scripted. */
    public synchronized int pending(String tokenId) {
        Deque<Script> scripts = byToken.get(tokenId);
        return scripts == null ? 0 : scripts.size();
    }

    /** Nothing scripted any more. */
    public synchronized void reset() {
        byToken.clear();
    }
}
