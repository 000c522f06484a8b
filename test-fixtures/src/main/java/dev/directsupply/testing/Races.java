package dev.directsupply.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.DirectSupplyException;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.VersionConflict;
import dev.directsupply.persistence.WriteBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a race test on a small machine needs to race at all: a store whose writes take a while and count the
 * version conflicts they meet (so a test can check that conflicts did happen), and calls let go at once.
 */
public final class Races {
    private Races() {
    }

    /** An in-memory store whose every write waits 15 ms first, counting the version conflicts writes meet. */
    public static final class SlowStore extends ForwardingDocumentStore {
        private final AtomicInteger conflicts = new AtomicInteger();

        public SlowStore() {
            super(new InMemoryDocumentStore());
        }

        @Override
        public void write(WriteBatch batch) {
            try {
                Thread.sleep(15);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            try {
                super.write(batch);
            } catch (VersionConflict conflict) {
                conflicts.incrementAndGet();
                throw conflict;
            }
        }

        /** How many writes lost to another so far. */
        public int conflicts() {
            return conflicts.get();
        }
    }

    /**
     * Runs the calls on threads of their own, let go together; returns each one's result or its refusal, in the
     * calls' order. A failure outside the SDK's typed errors fails the test.
     */
    public static <T> List<Object> race(List<Callable<T>> calls) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : calls) {
            futures.add(threads.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        try {
            for (Future<T> future : futures) {
                try {
                    outcomes.add(future.get(1, TimeUnit.MINUTES));
                } catch (ExecutionException failed) {
                    assertThat(failed.getCause()).as("a refusal, typed").isInstanceOf(DirectSupplyException.class);
                    outcomes.add(failed.getCause());
                } catch (java.util.concurrent.TimeoutException stuck) {
                    throw new AssertionError("a racing call did not finish within a minute", stuck);
                }
            }
        } finally {
            threads.shutdownNow();
        }
        return outcomes;
    }
}
