package dev.directsupply.kernel.store;

import dev.directsupply.kernel.ConcurrencyConflict;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Repeats a command that lost an optimistic-concurrency race. Each attempt reads the aggregate
 * afresh and decides again, so a retry is as correct as the first try. Between attempts it waits a
 * random time that doubles with each attempt (from up to 0.1 ms to at most 20 ms), so writers racing
 * for one aggregate spread out instead of colliding again. After the last attempt the conflict goes
 * to the caller.
 */
public final class Retry {
    /**
     * Attempts that see a command through a burst on one aggregate (dozens of writers at once): with
     * the doubling waits (capped at 20 ms) the last attempt comes some 0.6 s after the first.
     */
    public static final int ATTEMPTS = 40;
    private static final long FIRST_WAIT_NANOS = TimeUnit.MICROSECONDS.toNanos(100);
    private static final long LONGEST_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private Retry() {
    }

    /** Runs the command up to {@code attempts} times while it ends in a {@link ConcurrencyConflict}. */
    public static <T> T onConflict(int attempts, Supplier<T> command) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be 1 or more but was " + attempts);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return command.get();
            } catch (ConcurrencyConflict conflict) {
                if (attempt >= attempts) {
                    throw conflict;
                }
                long ceiling = Math.min(LONGEST_WAIT_NANOS, FIRST_WAIT_NANOS << Math.min(attempt - 1, 20));
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
            }
        }
    }
}
