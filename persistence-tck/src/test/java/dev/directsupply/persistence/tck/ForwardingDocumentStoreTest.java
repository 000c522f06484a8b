package dev.directsupply.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.OutboxHandler;
import dev.directsupply.persistence.WriteBatch;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A decorator passes {@code relayAll} on to the store it wraps, unless it changes what a relay does. */
class ForwardingDocumentStoreTest {
    private final AtomicInteger wrappedRelayAll = new AtomicInteger();
    private final DocumentStore wrapped = new ForwardingDocumentStore(new InMemoryDocumentStore()) {
        @Override
        public int relayAll(int limit, int maxRuns, OutboxHandler handler) {
            wrappedRelayAll.incrementAndGet();
            return super.relayAll(limit, maxRuns, handler);
        }
    };

    @BeforeEach
    void threeEventsPending() {
        for (int i = 0; i < 3; i++) {
            wrapped.write(WriteBatch.builder().write(DocumentWrite.create("orders", "o-" + i, "{}", Map.of()))
                .event(new OutboxEvent(UUID.randomUUID(), "Received", "orders", "o-" + i, 1,
                    Instant.parse("2026-03-15T01:00:00Z"), "{}")).build());
        }
    }

    @Test
    @DisplayName("a decorator that leaves relay alone hands relayAll to the wrapped store's own")
    void givenPlainDecorator_whenRelayedAll_thenTheWrappedStoresRelayAllRuns() {
        DocumentStore metrics = new ForwardingDocumentStore(wrapped) {
        };

        int relayed = metrics.relayAll(2, 10, events -> { });

        assertThat(relayed).isEqualTo(3);
        assertThat(wrappedRelayAll).hasValue(1);
    }

    @Test
    @DisplayName("a decorator that changes relay has it called once per run, and the wrapped relayAll is not used")
    void givenDecoratorOverridingRelay_whenRelayedAll_thenItsRelayRunsPerRun() {
        AtomicInteger runs = new AtomicInteger();
        DocumentStore faulty = new ForwardingDocumentStore(wrapped) {
            @Override
            public int relay(int limit, OutboxHandler handler) {
                runs.incrementAndGet();
                return super.relay(limit, handler);
            }
        };

        int relayed = faulty.relayAll(2, 10, events -> { });

        assertThat(relayed).isEqualTo(3);
        assertThat(runs).as("two runs and the one that found nothing").hasValue(3);
        assertThat(wrappedRelayAll).hasValue(0);
    }
}
