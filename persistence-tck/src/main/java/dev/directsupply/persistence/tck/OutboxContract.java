package dev.directsupply.persistence.tck;

import static dev.directsupply.persistence.tck.StoreUnderTest.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.StoreException;
import dev.directsupply.persistence.WriteBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Events written with a batch wait in commit order until marked dispatched. */
public interface OutboxContract extends StoreUnderTest {

    private void writeWithEvents(String id, long expectedVersion, OutboxEvent... events) {
        WriteBatch.Builder batch = WriteBatch.builder()
            .write(new DocumentWrite(collection(), id, expectedVersion, body(1), Map.of(), ""));
        for (OutboxEvent event : events) {
            batch.event(event);
        }
        store().write(batch.build());
    }

    @Test
    @DisplayName("the events of a committed batch are pending in the order they were written, exactly once each")
    default void givenCommittedBatch_whenPendingRead_thenEventsInWrittenOrder() {
        OutboxEvent first = event("c-1", 1, "Registered");
        OutboxEvent second = event("c-1", 1, "Classified");

        writeWithEvents("c-1", 0, first, second);

        assertThat(pendingOfThisTest()).extracting(PendingEvent::event).containsExactly(first, second);
    }

    @Test
    @DisplayName("sequence numbers grow with each batch written after another")
    default void givenSeveralBatches_whenPendingRead_thenCommitOrder() {
        List<OutboxEvent> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            OutboxEvent event = event("c-" + i, 1, "E" + i);
            written.add(event);
            writeWithEvents("c-" + i, 0, event);
        }

        List<PendingEvent> pending = pendingOfThisTest();

        assertThat(pending).extracting(PendingEvent::event).containsExactlyElementsOf(written);
        assertThat(pending).extracting(PendingEvent::sequence).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("an event is stored with every field as written")
    default void givenEvent_whenRead_thenFieldsIntact() {
        OutboxEvent written = event("c-1", 1, "Registered");
        writeWithEvents("c-1", 0, written);

        OutboxEvent read = pendingOfThisTest().get(0).event();

        assertThat(read.eventId()).isEqualTo(written.eventId());
        assertThat(read.type()).isEqualTo(written.type());
        assertThat(read.aggregateId()).isEqualTo("c-1");
        assertThat(read.aggregateVersion()).isEqualTo(1);
        assertThat(read.occurredAt()).isEqualTo(written.occurredAt());
        assertThat(StoreUnderTest.normalized(read.payload())).isEqualTo(StoreUnderTest.normalized(written.payload()));
    }

    @Test
    @DisplayName("an event's instant keeps its microseconds")
    default void givenInstantWithMicroseconds_whenStored_thenKept() {
        java.time.Instant precise = java.time.Instant.parse("2026-02-28T23:59:59.123456Z");
        OutboxEvent written = new OutboxEvent(java.util.UUID.randomUUID(), "Precise", collection(), "c-1", 1,
            precise, "{}");
        writeWithEvents("c-1", 0, written);

        assertThat(pendingOfThisTest().get(0).event().occurredAt()).isEqualTo(precise);
    }

    @Test
    @DisplayName("dispatched events are no longer pending and the rest keep their order")
    default void givenDispatchedEvents_whenPendingRead_thenOnlyTheRestInOrder() {
        for (int i = 0; i < 4; i++) {
            writeWithEvents("c-" + i, 0, event("c-" + i, 1, "E" + i));
        }
        List<PendingEvent> before = pendingOfThisTest();

        store().markDispatched(List.of(before.get(0).sequence(), before.get(2).sequence()));

        assertThat(pendingOfThisTest()).containsExactly(before.get(1), before.get(3));
    }

    @Test
    @DisplayName("marking an unknown or already dispatched sequence changes nothing")
    default void givenUnknownSequence_whenMarkedDispatched_thenNothingChanges() {
        writeWithEvents("c-1", 0, event("c-1", 1, "E"));
        List<PendingEvent> before = pendingOfThisTest();

        store().markDispatched(List.of(Long.MAX_VALUE - 7));

        assertThat(pendingOfThisTest()).isEqualTo(before);
    }

    @Test
    @DisplayName("a relay hands pending events to its handler and marks them dispatched")
    default void givenPendingEvents_whenRelayed_thenHandledAndDispatched() {
        writeWithEvents("c-1", 0, event("c-1", 1, "A"), event("c-1", 1, "B"));
        List<PendingEvent> handled = new ArrayList<>();

        // Drain whatever is pending (other tests may share the database), but never loop forever:
        // a store that fails to mark events dispatched must fail this test, not hang it.
        for (int round = 0; round < 1_000 && store().relay(100, handled::addAll) > 0; round++) {
            assertThat(handled).as("events handed out while draining").hasSizeLessThan(100_000);
        }

        assertThat(handled).filteredOn(e -> e.event().collection().equals(collection()))
            .extracting(e -> e.event().type()).containsExactly("A", "B");
        assertThat(pendingOfThisTest()).isEmpty();
    }

    @Test
    @DisplayName("a relay whose handler fails leaves the events pending")
    default void givenFailingHandler_whenRelayed_thenEventsStayPending() {
        writeWithEvents("c-1", 0, event("c-1", 1, "A"));
        List<PendingEvent> before = pendingOfThisTest();

        assertThatThrownBy(() -> store().relay(100_000, events -> {
            throw new IllegalStateException("broker down");
        })).isInstanceOfAny(IllegalStateException.class, StoreException.class);

        assertThat(pendingOfThisTest()).isEqualTo(before);
    }
}
