package dev.directsupply.persistence.tck;

import dev.directsupply.persistence.StoreConflict;
import dev.directsupply.persistence.TransientConflict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Many writers at once: {@code threads} threads released together, each making
 * {@code attemptsPerThread} attempts, every attempt counted as a success, a lost race
 * ({@link StoreConflict}, of which {@link TransientConflict}s are also counted apart) or — the first
 * of them kept — an unexpected failure. For the TCK's contention contracts and an adapter's own.
 *
 * @param successes          attempts that succeeded
 * @param conflicts          attempts that lost a race
 * @param transientConflicts of the conflicts, those the database aborted (serialization failure, deadlock)
 * @param unexpected         the first failure that was not a lost race, or null
 */
public record Race(int successes, int conflicts, int transientConflicts, Throwable unexpected) {

    /** One attempt of one thread; it returns normally on success and throws to fail. */
    @FunctionalInterface
    public interface Attempt {
        void run() throws Exception;
    }

    /** Runs the race; {@code attempt} gives each thread (by index) its attempt. */
    public static Race run(int threads, int attemptsPerThread, IntFunction<Attempt> attempt) throws Exception {
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger transients = new AtomicInteger();
        AtomicReference<Throwable> unexpected = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>(threads);
            for (int t = 0; t < threads; t++) {
                Attempt mine = attempt.apply(t);
                running.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < attemptsPerThread; i++) {
                        try {
                            mine.run();
                            successes.incrementAndGet();
                        } catch (StoreConflict conflict) {
                            conflicts.incrementAndGet();
                            if (conflict instanceof TransientConflict) {
                                transients.incrementAndGet();
                            }
                        } catch (Throwable other) {
                            unexpected.compareAndSet(null, other);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : running) {
                future.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Race(successes.get(), conflicts.get(), transients.get(), unexpected.get());
    }

    /** The attempts that succeeded or lost a race; with no unexpected failure, all of them. */
    public int attempts() {
        return successes + conflicts;
    }
}
