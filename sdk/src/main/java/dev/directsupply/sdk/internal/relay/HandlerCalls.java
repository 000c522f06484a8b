package dev.directsupply.sdk.internal.relay;

import dev.directsupply.kernel.module.EventHandler;
import dev.directsupply.persistence.OutboxEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls subscribers on threads of their own, so that whatever a handler throws — an exception, a
 * {@code StackOverflowError}, an {@code OutOfMemoryError} — or however long it hangs, the relay's own
 * thread goes on. One subscriber's events of a run go to one handler thread in one hand-off, and are
 * handled there one after another, in order, until one fails; the relay waits for each at most the
 * timeout. A call that does not return within it is interrupted and abandoned: its thread is left to
 * the handler, and the call counts as failed. At most {@link #MOST_THREADS} handler threads exist; with
 * that many hung, a call fails at once rather than start another.
 */
public final class HandlerCalls {
    /** Handler threads at most, hung ones included. */
    public static final int MOST_THREADS = 64;
    /** What a handler thread reports for a call that went through. */
    private static final Object TAKEN = new Object();

    private final AtomicInteger numbers = new AtomicInteger();
    private final ThreadPoolExecutor threads = new ThreadPoolExecutor(0, MOST_THREADS, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "directsupply-relay-handler-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });

    /** One event for one handler. */
    public record Call(EventHandler handler, OutboxEvent event) {
    }

    /**
     * How a run of calls went: the first {@code taken} went through; the next one failed with
     * {@code failure} (null when all went through), and the rest were not made.
     */
    public record Outcome(int taken, Throwable failure) {
    }

    /**
     * Hands the event to the handler and waits for it at most {@code timeout}; returns what it threw,
     * or {@code null} when it took the event.
     *
     * @throws RelayInterrupted when the calling thread is interrupted while it waits
     */
    public Throwable call(EventHandler handler, OutboxEvent event, Duration timeout) {
        return inOrder(List.of(new Call(handler, event)), timeout).failure();
    }

    /**
     * Makes the calls one after another on one handler thread, stopping at the first that fails, and
     * waits for each at most {@code timeout}.
     *
     * @throws RelayInterrupted when the calling thread is interrupted while it waits
     */
    public Outcome inOrder(List<Call> calls, Duration timeout) {
        if (calls.isEmpty()) {
            return new Outcome(0, null);
        }
        BlockingQueue<Object> results = new LinkedBlockingQueue<>();
        Future<?> worker;
        try {
            worker = threads.submit(() -> {
                for (Call call : calls) {
                    try {
                        call.handler().handle(call.event());
                    } catch (Throwable failed) {
                        results.add(failed);
                        return;
                    }
                    results.add(TAKEN);
                }
            });
        } catch (RejectedExecutionException allHung) {
            return new Outcome(0, new IllegalStateException("no handler thread is free: " + MOST_THREADS
                + " calls are hung"));
        }
        for (int taken = 0; taken < calls.size(); taken++) {
            Object result;
            try {
                result = results.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException stopped) {
                worker.cancel(true);
                Thread.currentThread().interrupt();
                throw new RelayInterrupted();
            }
            if (result == null) {
                worker.cancel(true);
                return new Outcome(taken, new TimeoutException("no answer within " + timeout.toSeconds()
                    + " s; the call was abandoned"));
            }
            if (result != TAKEN) {
                return new Outcome(taken, (Throwable) result);
            }
        }
        return new Outcome(calls.size(), null);
    }

    /** The relay's thread was interrupted (the relay is closing): the round stops, its events stay pending. */
    public static final class RelayInterrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RelayInterrupted() {
            super("the relay was interrupted; the events in hand stay pending");
        }
    }
}
