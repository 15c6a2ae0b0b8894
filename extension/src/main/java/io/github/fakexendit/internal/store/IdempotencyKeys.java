package io.github.fakexendit.internal.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The answers of creating requests, remembered by {@code idempotency-key} so that a retried request is answered
 * again instead of acting twice. Generic over the answer, so any product's creating endpoint can use it:
 *
 * <pre>{@code
 * IdempotencyKeys<Response> keys = new IdempotencyKeys<>(clock, 10_000);
 * Response answer = keys.answer(business, key, Fingerprint.of("POST /refunds", body),
 *         () -> createRefund(body), response -> response.status() < 300);
 * }</pre>
 *
 * <p>Within {@link #WINDOW} of the server clock, a key names one request of its scope (one business): the same
 * key with the same request gets the first answer again, and the work does not run a second time; the same key
 * with another request throws {@link KeyReusedException}. Requests that arrive together with one key run the work
 * once: the others wait for its answer (the work is in-memory and short). Only answers {@code remember} accepts
 * are kept; a refused request leaves its key free, so a corrected retry may use it.
 *
 * <p>At most {@code capacity} keys are held; one more forgets the oldest. Thread-safe.
 */
public final class IdempotencyKeys<A> {

    /** How long a key is remembered, on the server clock. */
    public static final Duration WINDOW = Duration.ofHours(24);

    /** How long a request waits for another one with its key to be answered before it is refused. */
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(30);

    private record Key(Object scope, String key) {
    }

    /** One key's request and, once the work finished, its answer. */
    private static final class Entry<A> {
        final Object request;
        final Instant at;
        final CountDownLatch done = new CountDownLatch(1);
        volatile A answer;

        Entry(Object request, Instant at) {
            this.request = request;
            this.at = at;
        }
    }

    private final Clock clock;
    private final int capacity;
    /** Oldest first (the clock only moves forward between resets); guarded by {@code this}. */
    private final LinkedHashMap<Key, Entry<A>> entries = new LinkedHashMap<>();

    public IdempotencyKeys(Clock clock, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("idempotency key capacity must be >= 1, got " + capacity);
        }
        this.clock = Objects.requireNonNull(clock);
        this.capacity = capacity;
    }

    /**
     * The answer to a request sent with {@code key}: the remembered one if {@code key} was used with an equal
     * {@code request} within the window, else the answer of {@code work}, run once.
     *
     * @param scope    whose keys these are (a business); keys of two scopes never meet
     * @param request  what identifies the request (endpoint and body); compared with {@code equals}
     * @param remember whether an answer is kept for retries
     * @throws KeyReusedException if {@code key} was used with another request within the window
     */
    public A answer(Object scope, String key, Object request, Supplier<A> work, Predicate<A> remember) {
        Key k = new Key(Objects.requireNonNull(scope), Objects.requireNonNull(key));
        Objects.requireNonNull(request);
        while (true) {
            Entry<A> entry;
            boolean mine = false;
            synchronized (this) {
                forgetExpired(clock.instant());
                entry = entries.get(k);
                if (entry == null) {
                    entry = new Entry<>(request, clock.instant());
                    entries.put(k, entry);
                    forgetBeyondCapacity();
                    mine = true;
                }
            }
            if (mine) {
                return run(k, entry, work, remember);
            }
            if (!entry.request.equals(request)) {
                throw new KeyReusedException();
            }
            A first = awaitAnswer(entry);
            if (first != null) {
                return first;
            }
            // the first request was refused or failed, so its key is free again: try to be the first now
        }
    }

    private A run(Key k, Entry<A> entry, Supplier<A> work, Predicate<A> remember) {
        A answer = null;
        try {
            answer = work.get();
            if (remember.test(answer)) {
                entry.answer = answer;
            }
            return answer;
        } finally {
            if (entry.answer == null) {
                synchronized (this) {
                    entries.remove(k, entry);
                }
            }
            entry.done.countDown();
        }
    }

    private A awaitAnswer(Entry<A> entry) {
        try {
            if (!entry.done.await(WAIT_FOR_FIRST.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new KeyReusedException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyReusedException();
        }
        return entry.answer;
    }

    private void forgetExpired(Instant now) {
        Iterator<Entry<A>> oldestFirst = entries.values().iterator();
        while (oldestFirst.hasNext()) {
            Entry<A> entry = oldestFirst.next();
            if (now.isBefore(entry.at.plus(WINDOW))) {
                return;
            }
            oldestFirst.remove();
        }
    }

    private void forgetBeyondCapacity() {
        Iterator<Map.Entry<Key, Entry<A>>> oldestFirst = entries.entrySet().iterator();
        while (entries.size() > capacity && oldestFirst.hasNext()) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }

    /** How many keys are held now (in flight or answered). */
    public synchronized int size() {
        return entries.size();
    }

    /** Forgets every key. */
    public synchronized void clear() {
        entries.clear();
    }

    /** A key sent again with another request than the one it was first used with. */
    public static final class KeyReusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyReusedException() {
            super("Idempotency key has been used before.", null, false, false);
        }
    }
}
