package io.github.fakexendit.internal.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.FakeClock;
import io.github.fakexendit.internal.webhooks.WebhookSender.Answer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * Sends a server's webhooks as Xendit does: each {@link Event} a product publishes is POSTed to the merchant's URL
 * for its event with the {@code x-callback-token} header and the envelope {@code {event, business_id, created,
 * data}} (with {@code api_version} before {@code data} where the event's type has one), where {@code data} is the
 * object as the API shows it. Any 2xx answer is a success; anything else,
 * or no answer within the timeout, is retried 15 minutes, 1, 3, 6, 12 and 24 hours after the first attempt, on
 * the server's clock. Every attempt is logged.
 *
 * <p>It knows no product: the events there are come from the {@link EventCatalog} the products declared.
 *
 * <p>The webhooks of one business are first attempted in the order they were published, each once the one
 * before was answered (or failed), so that a payment's webhook arrives before its session's. Attempts run on the
 * sender's threads, never on the thread that published the event (it may be an HTTP I/O thread);
 * {@link #awaitIdle()} lets a synchronous caller wait for them. A reset clears the log, the pending retries and
 * the held webhooks; attempts still in flight from before it are not logged.
 */
public final class WebhookDispatcher implements AutoCloseable {

    /** When Xendit retries a webhook that failed, counted from the first attempt. */
    static final List<Duration> RETRY_AFTER = List.of(Duration.ofMinutes(15), Duration.ofHours(1),
            Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24));
    /** The log keeps the newest attempts up to this many. */
    static final int LOG_CAPACITY = 10_000;
    private static final Comparator<Retry> BY_DUE = Comparator.comparing(Retry::due)
            .thenComparingLong(retry -> retry.delivery().number()).thenComparingInt(Retry::attempt);

    /** One webhook: an event, its object as it was when the event happened. */
    private record Delivery(long number, Event event, EventType type) {
    }

    private record Retry(Instant due, Delivery delivery, int attempt, Instant firstAttempt) {
    }

    private final FakeClock clock;
    private final String callbackToken;
    private final Duration timeout;
    private final EventCatalog catalog;
    private final Map<String, URI> urls;
    private final WebhookSender sender;
    private final WebhookLog log = new WebhookLog(LOG_CAPACITY);
    private final AtomicLong deliveries = new AtomicLong();
    private final ConcurrentSkipListMap<Retry, Boolean> retries = new ConcurrentSkipListMap<>(BY_DUE);
    /** Guards the fields below it, and orders logging against reset. */
    private final Object state = new Object();
    private final List<Delivery> held = new ArrayList<>();
    /**
     * The first attempt of the newest webhook of each business: the next one starts once it was answered, so that
     * webhooks published together (a payment's, then its session's) arrive in that order.
     */
    private final Map<String, CompletableFuture<Void>> lastOfBusiness = new HashMap<>();
    private boolean holding;
    private int inFlight;
    private long generation;
    private volatile Runnable retriesChanged = () -> { };

    /** @throws IllegalArgumentException if the settings name an event that {@code catalog} does not know */
    public WebhookDispatcher(FakeClock clock, String callbackToken, WebhookSettings settings, EventCatalog catalog) {
        this.clock = clock;
        this.callbackToken = callbackToken;
        this.timeout = settings.timeout();
        this.catalog = catalog;
        this.urls = new ConcurrentHashMap<>(settings.urls(catalog));
        this.sender = new WebhookSender(settings.timeout());
    }

    /** {@code hook} runs whenever a retry is scheduled, so that whoever keeps time can wake up for it. */
    public void whenRetriesChange(Runnable hook) {
        this.retriesChanged = hook;
    }

    /** The events there are. */
    public EventCatalog catalog() {
        return catalog;
    }

    /**
     * Sends {@code event} to {@code url} from now on; {@code null}: record the event's webhooks without sending.
     *
     * @throws IllegalArgumentException naming the events there are if there is no {@code event}
     */
    public void sendTo(String event, URI url) {
        String name = catalog.named(event).name();
        if (url == null) {
            urls.remove(name);
        } else {
            urls.put(name, url);
        }
    }

    /** Where {@code event} goes now, or {@code null} if its webhooks are recorded without being sent. */
    public URI urlOf(String event) {
        return urls.get(event);
    }

    /**
     * Sends the webhook of {@code event} (a redelivery too is a new webhook, with retries of its own).
     *
     * @throws IllegalArgumentException if the catalog has no such event
     */
    public void publish(Event event) {
        Delivery delivery = new Delivery(deliveries.incrementAndGet(), event, catalog.named(event.name()));
        String business = event.businessId();
        CompletableFuture<Void> previous;
        CompletableFuture<Void> sent = new CompletableFuture<>();
        long generationNow;
        synchronized (state) {
            if (holding) {
                held.add(delivery);
                return;
            }
            previous = lastOfBusiness.put(business, sent);
            generationNow = generation;
            inFlight++; // counted from now, so that a synchronous caller also waits for a webhook still queued
        }
        Runnable first = () -> {
            boolean current;
            synchronized (state) {
                current = generationNow == generation; // else reset meanwhile: it belongs to a test that has ended
            }
            CompletableFuture<Void> logged = current ? attempt(delivery, 1, null)
                    : CompletableFuture.completedFuture(null);
            ended();
            logged.whenComplete((done, error) -> {
                synchronized (state) {
                    lastOfBusiness.remove(business, sent);
                }
                sent.complete(null);
            });
        };
        (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                .whenComplete((done, error) -> first.run());
    }

    /** Holds new webhooks back until {@link #release}, so that a test can choose the order they arrive in. */
    public void hold() {
        synchronized (state) {
            holding = true;
        }
    }

    /**
     * Stops holding and sends the held webhooks one at a time, each once the previous one was answered: first
     * those about the objects {@code resourceIds} in that order, then the others in the order they were raised.
     * Returns once the last was answered.
     *
     * @throws IllegalArgumentException if no webhook of one of {@code resourceIds} is held; nothing is sent then
     */
    public void release(List<String> resourceIds) {
        send(take(resourceIds));
    }

    /**
     * As {@link #release}, but returns at once, for a caller that must not block (an HTTP I/O thread): the
     * webhooks go out in that order on a delivery thread, unless a reset comes first.
     *
     * @return how many webhooks are released
     * @throws IllegalArgumentException if no webhook of one of {@code resourceIds} is held; nothing is sent then
     */
    public int releaseInBackground(List<String> resourceIds) {
        Release release = take(resourceIds);
        if (!release.order().isEmpty()) {
            sender.execute(() -> send(release));
        }
        return release.order().size();
    }

    /** Held webhooks taken out of the hold, in the order to send them, and the reset generation they belong to. */
    private record Release(List<Delivery> order, long generation) {
    }

    private Release take(List<String> resourceIds) {
        synchronized (state) {
            LinkedHashSet<Delivery> chosen = new LinkedHashSet<>();
            for (String id : resourceIds) {
                List<Delivery> ofResource = held.stream().filter(d -> d.event().resourceId().equals(id)).toList();
                if (ofResource.isEmpty()) {
                    throw new IllegalArgumentException("No webhook of " + catalog.noun() + " " + id
                            + " is held; held are those of "
                            + held.stream().map(d -> d.event().resourceId()).distinct().toList());
                }
                chosen.addAll(ofResource);
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
        // never before the change it reports: an object's updated is a millisecond ahead of the clock when two
        // changes fell within one millisecond, and merchants' staleness guards compare the two
        Instant now = clock.instant();
        Instant happened = delivery.event().happened();
        Instant at = happened != null && now.isBefore(happened) ? happened : now;
        Instant first = firstAttempt == null ? at : firstAttempt;
        URI url = urls.get(delivery.event().name());
        byte[] body = Json.bytes(envelope(delivery, at));
        Map<String, String> headers = Map.of("Content-Type", "application/json", "x-callback-token", callbackToken);
        long generationNow;
        synchronized (state) {
            generationNow = generation;
            if (url == null) {
                log.add(logEntry(delivery, attempt, null, headers, body,
                        new Answer(0, "not sent: no webhook URL is set for " + delivery.event().name(), null), at));
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
        return new DeliveryAttempt(delivery.number(), attempt, delivery.event().name(), delivery.type().idField(),
                delivery.event().resourceId(), url == null ? null : url.toString(), headers, new String(body, StandardCharsets.UTF_8),
                answer.status(), answer.error(), answer.response(), at);
    }

    private ObjectNode envelope(Delivery delivery, Instant at) {
        ObjectNode envelope = Json.object();
        envelope.put("event", delivery.event().name());
        envelope.put("business_id", delivery.event().businessId());
        envelope.put("created", Json.timestamp(at));
        if (delivery.type().apiVersion() != null) {
            envelope.put("api_version", delivery.type().apiVersion());
        }
        envelope.set("data", delivery.event().data());
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
            lastOfBusiness.clear();
        }
    }

    /** Stops every delivery and waits for the sender's threads to end. */
    @Override
    public void close() {
        sender.close();
    }
}
