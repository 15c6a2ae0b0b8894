package io.github.fakexendit.internal.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Daemon threads named {@code prefix-N} for one executor, remembered so that {@link #stop} can wait until they
 * are gone: an executor reports termination while its last thread is still finishing.
 */
public final class NamedThreads implements ThreadFactory {

    private static final Logger LOG = Logger.getLogger(NamedThreads.class.getName());

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();
    private final List<Thread> started = new CopyOnWriteArrayList<>();

    public NamedThreads(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        started.removeIf(t -> t.getState() == Thread.State.TERMINATED);
        started.add(thread);
        return thread;
    }

    /** Interrupts the executor's tasks and waits up to 5 seconds for every thread it started to end. */
    public void stop(ExecutorService executor) {
        executor.shutdownNow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            for (Thread thread : started) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (started.stream().anyMatch(Thread::isAlive)) {
            LOG.warning(prefix + " threads did not stop within 5 s of closing the server");
        }
    }
}
