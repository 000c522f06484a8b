package dev.directsupply.sdk;

import static dev.directsupply.sdk.RelayBench.AUDITOR;
import static dev.directsupply.sdk.RelayBench.subscriber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.OutboxHandler;
import dev.directsupply.persistence.StoreException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Subscribers at their worst: a stack overflow, an out-of-memory error, a call that never returns, a
 * store that fails a round. Each costs the subscriber that caused it an attempt; the relay goes on.
 */
class RelayFaultsTest {
    private final RelayBench bench = new RelayBench();

    /** Recurses until the stack is gone. */
    private static int deeper(int depth) {
        return deeper(depth + 1) + 1;
    }

    @Test
    @Timeout(120)
    @DisplayName("a StackOverflowError in one subscriber costs it an attempt; the background relay lives on for everyone")
    void givenSubscriberOverflowingItsStack_whenRelayedInBackground_thenRelayKeepsRunning() throws Exception {
        Set<String> steady = ConcurrentHashMap.newKeySet();
        CountDownLatch bothDelivered = new CountDownLatch(2);
        CountDownLatch overflowHeard = new CountDownLatch(1);
        List<DeliveryFailure> heard = new CopyOnWriteArrayList<>();
        bench.publish("O-1");
        try (EventRelay relay = bench.relay(bench.store, RelayBench.PARAMETERS, new RelayListener() {
            @Override
            public void failed(DeliveryFailure failure) {
                heard.add(failure);
                overflowHeard.countDown();
            }
        }, subscriber("recursive", event -> deeper(0)), subscriber("steady", event -> {
            steady.add(event.aggregateId());
            bothDelivered.countDown();
        }))) {
            relay.start(Duration.ofMillis(5));
            assertThat(overflowHeard.await(60, TimeUnit.SECONDS)).as("the overflow was counted").isTrue();

            bench.publish("O-2");

            assertThat(bothDelivered.await(60, TimeUnit.SECONDS)).as("the relay still runs after the overflow")
                .isTrue();
            assertThat(steady).containsExactlyInAnyOrder("O-1", "O-2");
            assertThat(heard.get(0).error()).isInstanceOf(StackOverflowError.class);
        }
    }

    @Test
    @DisplayName("a StackOverflowError or OutOfMemoryError from a subscriber is its failure in a drain, not the caller's")
    void givenSubscribersThrowingVirtualMachineErrors_whenDrained_thenFailuresCounted() {
        AtomicInteger steady = new AtomicInteger();
        bench.publish("O-1");
        EventRelay relay = bench.relay(bench.store, subscriber("recursive", event -> deeper(0)),
            subscriber("greedy", event -> {
                throw new OutOfMemoryError("Java heap space");
            }), subscriber("steady", event -> steady.incrementAndGet()));

        EventRelay.Relayed relayed = relay.drain(AUDITOR);

        assertThat(relayed.failures()).hasSize(2).anySatisfy(failure -> assertThat(failure)
            .contains("recursive failed", "StackOverflowError")).anySatisfy(failure -> assertThat(failure)
            .contains("greedy failed", "OutOfMemoryError: Java heap space"));
        assertThat(steady).hasValue(1);
        assertThat(bench.store.pendingEvents(10)).isEmpty();
    }

    @Test
    @Timeout(120)
    @DisplayName("a handler that hangs is abandoned after the timeout, counted as its failure, and the others go on")
    void givenHandlerBlockedOnALatch_whenDrained_thenAbandonedAndOthersDelivered() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicInteger steady = new AtomicInteger();
        List<DeliveryFailure> heard = new CopyOnWriteArrayList<>();
        bench.publish("O-1");
        bench.publish("O-2");
        EventRelay relay = bench.relay(bench.store, new RelayParameters(1, 1, 60, 30), new RelayListener() {
            @Override
            public void failed(DeliveryFailure failure) {
                heard.add(failure);
            }
        }, subscriber("hung", event -> {
            entered.countDown();
            try {
                never.await();
            } catch (InterruptedException abandoned) {
                interrupted.countDown();
                never.await();
            }
        }), subscriber("steady", event -> steady.incrementAndGet()));
        try {
            EventRelay.Relayed relayed = relay.drain(AUDITOR);

            assertThat(entered.await(0, TimeUnit.SECONDS)).as("the hung handler was called").isTrue();
            assertThat(relayed.events()).isEqualTo(2);
            assertThat(steady).hasValue(2);
            assertThat(relayed.failures()).singleElement().asString().contains("hung failed", "TimeoutException");
            assertThat(heard).singleElement().satisfies(failure -> assertThat(failure.error())
                .isInstanceOf(TimeoutException.class));
            assertThat(relay.health()).filteredOn(health -> health.subscriber().equals("hung")).singleElement()
                .satisfies(hung -> {
                    assertThat(hung.pending()).as("O-1 timed out, O-2 held while it rests").isEqualTo(2);
                    assertThat(hung.failuresInARow()).isEqualTo(1);
                });
            assertThat(interrupted.await(60, TimeUnit.SECONDS)).as("the abandoned call was interrupted").isTrue();
        } finally {
            never.countDown();
        }
    }

    @Test
    @Timeout(120)
    @DisplayName("a round the store fails is heard by the listener, and the background relay tries again")
    void givenStoreFailingOneRound_whenRelayedInBackground_thenHeardAndRetried() throws Exception {
        AtomicBoolean storeDown = new AtomicBoolean(true);
        DocumentStore flaky = new ForwardingDocumentStore(bench.store) {
            @Override
            public int relay(int limit, OutboxHandler handler) {
                if (storeDown.getAndSet(false)) {
                    throw new StoreException("the database is restarting", null);
                }
                return super.relay(limit, handler);
            }
        };
        CountDownLatch delivered = new CountDownLatch(1);
        List<Throwable> rounds = new CopyOnWriteArrayList<>();
        bench.publish("O-1");
        try (EventRelay relay = bench.relay(flaky, RelayBench.PARAMETERS, new RelayListener() {
            @Override
            public void roundFailed(Throwable error) {
                rounds.add(error);
            }
        }, subscriber("steady", event -> delivered.countDown()))) {
            relay.start(Duration.ofMillis(5));

            assertThat(delivered.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(rounds).singleElement().satisfies(error -> assertThat(error).hasMessageContaining("restarting"));
        }
    }
}
