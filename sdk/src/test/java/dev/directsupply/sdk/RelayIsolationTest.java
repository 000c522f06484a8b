package dev.directsupply.sdk;

import static dev.directsupply.sdk.RelayBench.AUDITOR;
import static dev.directsupply.sdk.RelayBench.subscriber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.persistence.OutboxEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One subscriber's failures are its own: the others, and its own other aggregates, go on. */
class RelayIsolationTest {
    private static final int AGGREGATES = 200;
    private static final int VERSIONS = 10;

    private final RelayBench bench = new RelayBench();

    @Test
    @DisplayName("with a subscriber failing one call in three over 2,000 events, an unrelated subscriber gets all 2,000 in one drain")
    void givenSubscriberFailingOneCallInThree_whenDrained_thenUnrelatedSubscriberGetsEveryEvent() {
        AtomicInteger calls = new AtomicInteger();
        Map<String, List<Long>> flaky = new LinkedHashMap<>();
        Map<String, List<Long>> unrelated = new LinkedHashMap<>();
        for (int version = 1; version <= VERSIONS; version++) {
            for (int order = 0; order < AGGREGATES; order++) {
                bench.publish("O-" + order, version);
            }
        }
        EventRelay relay = bench.relay(bench.store, subscriber("flaky", event -> {
            if (calls.incrementAndGet() % 3 == 0) {
                throw new IllegalStateException("every third call fails");
            }
            flaky.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event.aggregateVersion());
        }), subscriber("unrelated", event -> unrelated.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>())
            .add(event.aggregateVersion())));

        EventRelay.Relayed first = relay.drain();

        assertThat(first.events()).isEqualTo(AGGREGATES * VERSIONS);
        assertThat(count(unrelated)).isEqualTo(AGGREGATES * VERSIONS);
        assertThat(unrelated.values()).allSatisfy(versions -> assertThat(versions).isEqualTo(inOrder()));
        assertThat(bench.store.pendingEvents(10)).as("the outbox is not stalled").isEmpty();

        for (int round = 0; round < 10 * AGGREGATES * VERSIONS && count(flaky) < AGGREGATES * VERSIONS; round++) {
            bench.drainLater(relay);
        }

        assertThat(count(flaky)).as("the flaky subscriber got everything in the end").isEqualTo(AGGREGATES * VERSIONS);
        assertThat(flaky.values()).as("each event once, each aggregate's in order")
            .allSatisfy(versions -> assertThat(versions).isEqualTo(inOrder()));
        assertThat(relay.parked(AUDITOR)).isEmpty();
        assertThat(relay.health()).allSatisfy(health -> assertThat(health.pending()).isZero());
    }

    @Test
    @DisplayName("a subscriber's failed event holds back its later events of that aggregate only, not its other aggregates")
    void givenEventFailingForOneAggregate_whenOtherAggregatesArrive_thenOnlyThatAggregateWaits() {
        List<String> received = new ArrayList<>();
        OutboxEvent poisoned = bench.publish("O-1", 1);
        EventRelay relay = bench.relay(bench.store, subscriber("erp", event -> {
            if (event.eventId().equals(poisoned.eventId())) {
                throw new IllegalStateException("cannot map O-1");
            }
            received.add(event.aggregateId() + "@" + event.aggregateVersion());
        }));
        relay.drain();

        bench.publish("O-1", 2);
        bench.publish("O-2", 1);
        bench.drainLater(relay);
        bench.publish("O-3", 1);
        bench.drainLater(relay);

        assertThat(received).containsExactly("O-2@1", "O-3@1");
        assertThat(relay.health()).singleElement().satisfies(erp -> assertThat(erp.pending())
            .as("O-1@1 waiting, O-1@2 behind it").isEqualTo(2));
    }

    @Test
    @DisplayName("once the failed event is parked, the events held behind it go on")
    void givenFailedEventParked_whenDrained_thenEventsBehindItDelivered() {
        List<String> received = new ArrayList<>();
        OutboxEvent poisoned = bench.publish("O-1", 1);
        bench.publish("O-1", 2);
        EventRelay relay = bench.relay(bench.store, subscriber("erp", event -> {
            if (event.eventId().equals(poisoned.eventId())) {
                throw new IllegalStateException("cannot map O-1");
            }
            received.add(event.aggregateId() + "@" + event.aggregateVersion());
        }));
        relay.drain();
        for (int round = 1; round < EventRelay.MAX_ATTEMPTS; round++) {
            assertThat(received).isEmpty();
            bench.drainLater(relay);
        }

        bench.drainLater(relay);

        assertThat(received).containsExactly("O-1@2");
        assertThat(relay.parked(AUDITOR)).extracting(parked -> parked.event().eventId())
            .containsExactly(poisoned.eventId());
    }

    private static int count(Map<String, List<Long>> received) {
        return received.values().stream().mapToInt(List::size).sum();
    }

    private static List<Long> inOrder() {
        return LongStream.rangeClosed(1, VERSIONS).boxed().toList();
    }
}
