package dev.directsupply.sdk.internal.relay;

import dev.directsupply.kernel.module.EventHandler;
import dev.directsupply.persistence.OutboxEvent;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls subscribers on threads of their own, so that whatever a handler throws — an exception, a
 * {@code StackOverflowError}, an {@code OutOfMemoryError} — or however long it hangs, the relay's own
 * thread goes on. A call that does not return within the timeout is interrupted and abandoned: its
 * thread is left to the handler, and the call counts as failed. At most {@link #MOST_THREADS} handler
 * threads exist; with that many hung, a call fails at once rather than start another.
 */
public final class HandlerCalls {
    /** Handler threads at most, hung ones included. */
    public static final int MOST_THREADS = 64;

    private final AtomicInteger numbers = new AtomicInteger();
    private final ThreadPoolExecutor threads = new ThreadPoolExecutor(0, MOST_THREADS, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "directsupply-relay-handler-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });

    /**
     * Hands the event to the handler and waits for it at most {@code timeout}; returns what it threw,
     * or {@code null} when it took the event.
     *
     * @throws RelayInterrupted when the calling thread is interrupted while it waits
     */
    public Throwable call(EventHandler handler, OutboxEvent event, Duration timeout) {
        Future<?> call;
        try {
            call = threads.submit(() -> {
                handler.handle(event);
                return null;
            });
        } catch (RejectedExecutionException allHung) {
            return new IllegalStateException("no handler thread is free: " + MOST_THREADS + " calls are hung");
        }
        try {
            call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException failed) {
            return failed.getCause();
        } catch (TimeoutException hung) {
            call.cancel(true);
            return new TimeoutException("no answer within " + timeout.toSeconds() + " s; the call was abandoned");
        } catch (InterruptedException stopped) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new RelayInterrupted();
        }
    }

    /** The relay's thread was interrupted (the relay is closing): the round stops, its events stay pending. */
    public static final class RelayInterrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RelayInterrupted() {
            super("the relay was interrupted; the events in hand stay pending");
        }
    }
}
