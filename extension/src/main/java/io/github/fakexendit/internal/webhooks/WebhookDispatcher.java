package io.github.fakexendit.internal.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.sessions.FakeClock;
import io.github.fakexendit.internal.sessions.Session;
import io.github.fakexendit.internal.sessions.SessionJson;
import io.github.fakexendit.internal.sessions.TransitionListener;
import io.github.fakexendit.internal.webhooks.WebhookSender.Answer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a server's webhooks as Xendit does: a session that completes or expires is POSTed to the merchant's URL
 * for its event with the {@code x-callback-token} header and the envelope {@code {event, business_id, created,
 * data}}, where {@code data} is the session as {@code GET} returns it. Any 2xx answer is a success; anything else,
 * or no answer within the timeout, is retried 15 minutes, 1, 3, 6, 12 and 24 hours after the first attempt, on
 * the server's clock. Every attempt is logged.
 *
 * <p>Attempts run on the sender's threads, never on the thread that moved the session (it may be an HTTP I/O
 * thread); {@link #awaitIdle()} lets a synchronous caller wait for them. A reset clears the log, the pending
 * retries and the held webhooks; attempts still in flight from before it are not logged.
 */
public final class WebhookDispatcher implements TransitionListener, AutoCloseable {

    /** When Xendit retries a webhook that failed, counted from the first attempt. */
    static final List<Duration> RETRY_AFTER = List.of(Duration.ofMinutes(15), Duration.ofHours(1),
            Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24));
    /** The log keeps the newest attempts up to this many. */
    static final int LOG_CAPACITY = 10_000;
    private static final Comparator<Retry> BY_DUE = Comparator.comparing(Retry::due)
            .thenComparingLong(retry -> retry.delivery().number()).thenComparingInt(Retry::attempt);

    /** One webhook: an event and the session as it was when the event happened. */
    /** One event to deliver; {@code updated} is when its session last changed, which no envelope precedes. */
    private record Delivery(long number, WebhookEvent event, String sessionId, String businessId, ObjectNode data,
                            Instant updated) {
    }

    private record Retry(Instant due, Delivery delivery, int attempt, Instant firstAttempt) {
    }

    private final FakeClock clock;
    private final String callbackToken;
    private final Duration timeout;
    private final Map<WebhookEvent, URI> urls;
    private final WebhookSender sender;
    private final WebhookLog log = new WebhookLog(LOG_CAPACITY);
    private final AtomicLong deliveries = new AtomicLong();
    private final ConcurrentSkipListMap<Retry, Boolean> retries = new ConcurrentSkipListMap<>(BY_DUE);
    /** Guards the fields below it, and orders logging against reset. */
    private final Object state = new Object();
    private final List<Delivery> held = new ArrayList<>();
    private boolean holding;
    private int inFlight;
    private long generation;
    private volatile Runnable retriesChanged = () -> { };

    public WebhookDispatcher(FakeClock clock, String callbackToken, WebhookSettings settings) {
        this.clock = clock;
        this.callbackToken = callbackToken;
        this.timeout = settings.timeout();
        this.urls = new ConcurrentHashMap<>(settings.urls());
        this.sender = new WebhookSender(settings.timeout());
    }

    /** {@code hook} runs whenever a retry is scheduled, so that whoever keeps time can wake up for it. */
    public void whenRetriesChange(Runnable hook) {
        this.retriesChanged = hook;
    }

    /** Sends {@code event} to {@code url} from now on; {@code null}: record the event's webhooks without sending. */
    public void sendTo(WebhookEvent event, URI url) {
        if (url == null) {
            urls.remove(event);
        } else {
            urls.put(event, url);
        }
    }

    /** Where {@code event} goes now, or {@code null} if its webhooks are recorded without being sent. */
    public URI urlOf(WebhookEvent event) {
        return urls.get(event);
    }

    @Override
    public void onTransition(Session session) {
        WebhookEvent event = WebhookEvent.of(session.status());
        if (event != null) {
            raise(event, session);
        }
    }

    /**
     * Sends the webhook of a COMPLETED or EXPIRED session again, as a new delivery with retries of its own.
     *
     * @return the event sent
     * @throws IllegalStateException if the session's status sends no webhook
     */
    public WebhookEvent redeliver(Session session) {
        WebhookEvent event = WebhookEvent.of(session.status());
        if (event == null) {
            throw new IllegalStateException("Session " + session.id() + " is " + session.status()
                    + ": only COMPLETED and EXPIRED sessions have a webhook to send");
        }
        raise(event, session);
        return event;
    }

    private void raise(WebhookEvent event, Session session) {
        Delivery delivery = new Delivery(deliveries.incrementAndGet(), event, session.id(),
                session.business().businessId(), SessionJson.render(session), session.updated());
        synchronized (state) {
            if (holding) {
                held.add(delivery);
                return;
            }
        }
        attempt(delivery, 1, null);
    }

    /** Holds new webhooks back until {@link #release}, so that a test can choose the order they arrive in. */
    public void hold() {
        synchronized (state) {
            holding = true;
        }
    }

    /**
     * Stops holding and sends the held webhooks one at a time, each once the previous one was answered: first
     * those of {@code sessionIds} in that order, then the others in the order they were raised. Returns once the
     * last was answered.
     *
     * @throws IllegalArgumentException if no webhook of one of {@code sessionIds} is held; nothing is sent then
     */
    public void release(List<String> sessionIds) {
        send(take(sessionIds));
    }

    /**
     * As {@link #release}, but returns at once, for a caller that must not block (an HTTP I/O thread): the
     * webhooks go out in that order on a delivery thread, unless a reset comes first.
     *
     * @return how many webhooks are released
     * @throws IllegalArgumentException if no webhook of one of {@code sessionIds} is held; nothing is sent then
     */
    public int releaseInBackground(List<String> sessionIds) {
        Release release = take(sessionIds);
        if (!release.order().isEmpty()) {
            sender.execute(() -> send(release));
        }
        return release.order().size();
    }

    /** Held webhooks taken out of the hold, in the order to send them, and the reset generation they belong to. */
    private record Release(List<Delivery> order, long generation) {
    }

    private Release take(List<String> sessionIds) {
        synchronized (state) {
            LinkedHashSet<Delivery> chosen = new LinkedHashSet<>();
            for (String id : sessionIds) {
                List<Delivery> ofSession = held.stream().filter(d -> d.sessionId().equals(id)).toList();
                if (ofSession.isEmpty()) {
                    throw new IllegalArgumentException("No webhook of session " + id + " is held; held are those of "
                            + held.stream().map(Delivery::sessionId).distinct().toList());
                }
                chosen.addAll(ofSession);
            }
            chosen.addAll(held);
            held.clear();
            holding = false;
            return new Release(List.copyOf(chosen), generation);
        }
    }

    private void send(Release release) {
        for (Delivery delivery : release.order()) {
            synchronized (state) {
                if (generation != release.generation()) {
                    return; // reset meanwhile: the rest belongs to a test that has ended
                }
            }
            waitFor(attempt(delivery, 1, null));
        }
    }

    /** How many webhooks are held back now. */
    public int heldCount() {
        synchronized (state) {
            return held.size();
        }
    }

    /** Makes attempt number {@code attempt} of {@code delivery} now; the future completes once it is logged. */
    private CompletableFuture<Void> attempt(Delivery delivery, int attempt, Instant firstAttempt) {
        // never before the change it reports: the session's updated is a millisecond ahead of the clock when two
        // changes fell within one millisecond, and merchants' staleness guards compare the two
        Instant now = clock.instant();
        Instant at = now.isBefore(delivery.updated()) ? delivery.updated() : now;
        Instant first = firstAttempt == null ? at : firstAttempt;
        URI url = urls.get(delivery.event());
        byte[] body = Json.bytes(envelope(delivery, at));
        Map<String, String> headers = Map.of("Content-Type", "application/json", "x-callback-token", callbackToken);
        long generationNow;
        synchronized (state) {
            generationNow = generation;
            if (url == null) {
                log.add(logEntry(delivery, attempt, null, headers, body,
                        new Answer(0, "not sent: no webhook URL is set for " + delivery.event().wireName(), null), at));
                return CompletableFuture.completedFuture(null);
            }
            inFlight++;
        }
        CompletableFuture<Void> logged = new CompletableFuture<>();
        boolean started = sender.execute(() -> {
            try {
                Answer answer = sender.post(url, headers, body);
                if (answer != null) {
                    finish(generationNow, delivery, logEntry(delivery, attempt, url, headers, body, answer, at), first);
                }
            } finally {
                ended();
                logged.complete(null);
            }
        });
        if (!started) {
            ended();
            logged.complete(null);
        }
        return logged;
    }

    /** Logs the attempt and schedules the next one if it failed, unless a reset came in between. */
    private void finish(long generationThen, Delivery delivery, DeliveryAttempt done, Instant firstAttempt) {
        boolean retry = !done.delivered() && done.attempt() <= RETRY_AFTER.size();
        synchronized (state) {
            if (generationThen != generation) {
                return;
            }
            log.add(done);
            if (retry) {
                retries.put(new Retry(firstAttempt.plus(RETRY_AFTER.get(done.attempt() - 1)), delivery,
                        done.attempt() + 1, firstAttempt), Boolean.TRUE);
            }
        }
        if (retry) {
            retriesChanged.run();
        }
    }

    private DeliveryAttempt logEntry(Delivery delivery, int attempt, URI url, Map<String, String> headers,
                                     byte[] body, Answer answer, Instant at) {
        return new DeliveryAttempt(delivery.number(), attempt, delivery.event().wireName(), delivery.sessionId(),
                url == null ? null : url.toString(), headers, new String(body, StandardCharsets.UTF_8),
                answer.status(), answer.error(), answer.response(), at);
    }

    private ObjectNode envelope(Delivery delivery, Instant at) {
        ObjectNode envelope = Json.object();
        envelope.put("event", delivery.event().wireName());
        envelope.put("business_id", delivery.businessId());
        envelope.put("created", Json.timestamp(at));
        envelope.set("data", delivery.data());
        return envelope;
    }

    private void ended() {
        synchronized (state) {
            inFlight--;
            state.notifyAll();
        }
    }

    /** Makes the retries that are due on the clock now. */
    public void runDue() {
        Instant now = clock.instant();
        Map.Entry<Retry, Boolean> first;
        while ((first = retries.firstEntry()) != null && !first.getKey().due().isAfter(now)) {
            Retry retry = first.getKey();
            if (retries.remove(retry) != null) {
                attempt(retry.delivery(), retry.attempt(), retry.firstAttempt());
            }
        }
    }

    /** When the next retry is due, if one is pending. */
    public Optional<Instant> nextDue() {
        Map.Entry<Retry, Boolean> first = retries.firstEntry();
        return first == null ? Optional.empty() : Optional.of(first.getKey().due());
    }

    /**
     * Blocks until no attempt is in flight, or for at most twice the timeout (connecting, then answering) and a
     * margin: an attempt ends within that time whatever the merchant does.
     */
    public void awaitIdle() {
        long deadline = System.nanoTime() + longestAttempt().toNanos();
        synchronized (state) {
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    state.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void waitFor(CompletableFuture<Void> logged) {
        try {
            logged.get(longestAttempt().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the attempt is logged as failed, or the server is closing: either way, on to the next
        }
    }

    private Duration longestAttempt() {
        return timeout.multipliedBy(2).plusSeconds(5);
    }

    /** Every attempt since the last reset, oldest first. */
    public List<DeliveryAttempt> attempts() {
        return log.snapshot();
    }

    /** Blocks until {@code count} attempts were logged since the last reset; {@code false} if the timeout passed. */
    public boolean await(int count, Duration timeout) throws InterruptedException {
        return log.await(count, timeout);
    }

    /** Forgets the log, pending retries and held webhooks, and stops holding; the URLs stay. */
    public void reset() {
        synchronized (state) {
            generation++;
            deliveries.set(0);
            retries.clear();
            held.clear();
            holding = false;
            log.clear();
        }
    }

    /** Stops every delivery and waits for the sender's threads to end. */
    @Override
    public void close() {
        sender.close();
    }
}
