package dev.directsupply.persistence.tck;

import static dev.directsupply.persistence.tck.StoreUnderTest.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.RunHandler;
import dev.directsupply.persistence.RunNotes;
import dev.directsupply.persistence.StoreConflict;
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

    /**
     * Relays every pending event of every collection away (other tests may share the database), so
     * that a test's own events are the only ones pending; never loops forever.
     */
    private void drainEverything() {
        for (int round = 0; round < 1_000 && store().relay(1_000, events -> { }) > 0; round++) {
            // drained
        }
        assertThat(store().pendingEvents(1)).as("events still pending after draining").isEmpty();
    }

    @Test
    @DisplayName("dispatched events stay dispatched whatever is written after them")
    default void givenDispatchedEvents_whenMoreWritten_thenTheyStayDispatched() {
        writeWithEvents("c-1", 0, event("c-1", 1, "Registered"));
        store().markDispatched(pendingOfThisTest().stream().map(PendingEvent::sequence).toList());
        writeWithEvents("c-1", 1, event("c-1", 2, "Classified"));
        writeWithEvents("c-2", 0, event("c-2", 1, "Registered"));
        writeWithEvents("c-1", 2);

        assertThat(pendingOfThisTest()).extracting(e -> e.event().aggregateId() + " " + e.event().type())
            .containsExactly("c-1 Classified", "c-2 Registered");
    }

    @Test
    @DisplayName("one aggregate's events come in the order its versions were written, whatever the writers' clocks said")
    default void givenEventsWithClocksRunningBackwards_whenPendingRead_thenVersionOrder() {
        java.time.Instant late = T0.plusSeconds(3_600);
        OutboxEvent first = new OutboxEvent(java.util.UUID.randomUUID(), "First", collection(), "c-1", 1, late, "{}");
        OutboxEvent second = new OutboxEvent(java.util.UUID.randomUUID(), "Second", collection(), "c-1", 1,
            T0.plusSeconds(60), "{}");
        OutboxEvent third = new OutboxEvent(java.util.UUID.randomUUID(), "Third", collection(), "c-1", 2, T0, "{}");
        writeWithEvents("c-1", 0, first, second);
        writeWithEvents("c-1", 1, third);

        assertThat(pendingOfThisTest()).extracting(e -> e.event().type()).containsExactly("First", "Second", "Third");
        List<PendingEvent> relayed = new ArrayList<>();
        for (int round = 0; round < 1_000 && store().relay(1, relayed::addAll) > 0; round++) {
            // one at a time
        }
        assertThat(relayed).filteredOn(e -> e.event().collection().equals(collection()))
            .extracting(e -> e.event().type()).containsExactly("First", "Second", "Third");
    }

    @Test
    @DisplayName("pendingEvents(limit) hands out exactly the first limit pending events, no more and no fewer")
    default void givenPendingEvents_whenReadWithLimits_thenExactlyThePrefix() {
        for (int i = 0; i < 4; i++) {
            writeWithEvents("c-" + i, 0, event("c-" + i, 1, "E" + i));
        }
        List<PendingEvent> all = store().pendingEvents(100_000);

        for (int limit = 1; limit <= 4; limit++) {
            assertThat(store().pendingEvents(limit)).as("limit %d", limit).isEqualTo(all.subList(0, limit));
        }
        assertThat(store().pendingEvents(all.size() + 5)).isEqualTo(all);
    }

    @Test
    @DisplayName("relay(limit) hands exactly the first limit pending events to its handler, and the rest stay pending")
    default void givenFivePendingEvents_whenRelayedByTwo_thenTwoAtATime() {
        drainEverything();
        for (int i = 0; i < 5; i++) {
            writeWithEvents("c-" + i, 0, event("c-" + i, 1, "E" + i));
        }
        List<String> handled = new ArrayList<>();
        List<Integer> runs = new ArrayList<>();

        int first = store().relay(2, events -> {
            runs.add(events.size());
            events.forEach(e -> handled.add(e.event().type()));
        });

        assertThat(first).isEqualTo(2);
        assertThat(handled).containsExactly("E0", "E1");
        assertThat(pendingOfThisTest()).extracting(e -> e.event().type()).containsExactly("E2", "E3", "E4");
        assertThat(store().relay(10, events -> {
            runs.add(events.size());
            events.forEach(e -> handled.add(e.event().type()));
        })).isEqualTo(3);
        assertThat(store().relay(10, events -> runs.add(events.size()))).isZero();
        assertThat(runs).as("events per handler call").containsExactly(2, 3);
        assertThat(handled).containsExactly("E0", "E1", "E2", "E3", "E4");
    }

    @Test
    @DisplayName("a limit below 1 is refused by pendingEvents and relay, and the handler is not called")
    default void givenLimitZero_whenReadOrRelayed_thenRefused() {
        writeWithEvents("c-1", 0, event("c-1", 1, "E"));
        List<PendingEvent> handled = new ArrayList<>();

        assertThatThrownBy(() -> store().pendingEvents(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().relay(0, handled::addAll)).isInstanceOf(IllegalArgumentException.class);
        assertThat(handled).isEmpty();
        assertThat(pendingOfThisTest()).hasSize(1);
    }

    @Test
    @DisplayName("relayAll hands out run after run until nothing is pending, events written by a handler included")
    default void givenHandlerWritingMore_whenRelayedAll_thenEveryRunHandledInOrderAndNothingPending() {
        drainEverything();
        for (int i = 0; i < 5; i++) {
            writeWithEvents("c-" + i, 0, event("c-" + i, 1, "E" + i));
        }
        List<String> handled = new ArrayList<>();
        List<Integer> runs = new ArrayList<>();

        int relayed = store().relayAll(2, 100, events -> {
            runs.add(events.size());
            for (PendingEvent pending : events) {
                handled.add(pending.event().type());
                if (pending.event().type().equals("E4")) {
                    writeWithEvents("reaction", 0, event("reaction", 1, "Reaction"));
                }
            }
        });

        assertThat(relayed).isEqualTo(6);
        assertThat(runs).as("events per handler call").containsExactly(2, 2, 1, 1);
        assertThat(handled).containsExactly("E0", "E1", "E2", "E3", "E4", "Reaction");
        assertThat(store().pendingEvents(1)).isEmpty();
    }

    @Test
    @DisplayName("relayAll stops after maxRuns runs, and what it did not reach stays pending")
    default void givenFivePendingEvents_whenRelayedAllInTwoRunsOfTwo_thenOneStaysPending() {
        drainEverything();
        for (int i = 0; i < 5; i++) {
            writeWithEvents("c-" + i, 0, event("c-" + i, 1, "E" + i));
        }
        List<String> handled = new ArrayList<>();

        int relayed = store().relayAll(2, 2, events -> events.forEach(e -> handled.add(e.event().type())));

        assertThat(relayed).isEqualTo(4);
        assertThat(handled).containsExactly("E0", "E1", "E2", "E3");
        assertThat(pendingOfThisTest()).extracting(e -> e.event().type()).containsExactly("E4");
    }

    @Test
    @DisplayName("relayAll whose handler fails on a later run keeps the runs before dispatched and that run pending")
    default void givenHandlerFailingOnSecondRun_whenRelayedAll_thenFirstRunDispatchedAndSecondPending() {
        drainEverything();
        for (int i = 0; i < 4; i++) {
            writeWithEvents("c-" + i, 0, event("c-" + i, 1, "E" + i));
        }
        List<Integer> runs = new ArrayList<>();

        assertThatThrownBy(() -> store().relayAll(2, 100, events -> {
            runs.add(events.size());
            if (runs.size() == 2) {
                throw new IllegalStateException("broker down");
            }
        })).isInstanceOfAny(IllegalStateException.class, StoreException.class);

        assertThat(pendingOfThisTest()).extracting(e -> e.event().type()).containsExactly("E2", "E3");
        assertThat(store().relayAll(10, 10, events -> { })).isEqualTo(2);
    }

    @Test
    @DisplayName("relayAll refuses a limit or a number of runs below 1, and calls no handler")
    default void givenZeroRuns_whenRelayedAll_thenRefused() {
        writeWithEvents("c-1", 0, event("c-1", 1, "E"));
        List<PendingEvent> handled = new ArrayList<>();

        assertThatThrownBy(() -> store().relayAll(0, 1, handled::addAll)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().relayAll(1, 0, handled::addAll)).isInstanceOf(IllegalArgumentException.class);
        assertThat(handled).isEmpty();
        assertThat(pendingOfThisTest()).hasSize(1);
    }

    /** Notes writing the batch, recording what the store told them. */
    private static RunNotes notes(WriteBatch batch, List<String> told, Runnable whenNotStored) {
        return new RunNotes() {
            @Override
            public WriteBatch batch() {
                return batch;
            }

            @Override
            public void stored() {
                told.add("stored");
            }

            @Override
            public void notStored(StoreConflict conflict) {
                told.add("not stored: " + conflict.getClass().getSimpleName());
                whenNotStored.run();
            }
        };
    }

    @Test
    @DisplayName("relayWithNotes stores each run's notes with its mark: the notes are there, the run dispatched, the handler told once")
    default void givenRunWithNotes_whenRelayed_thenNotesStoredAndRunDispatched() {
        drainEverything();
        writeWithEvents("c-1", 0, event("c-1", 1, "E1"));
        List<String> told = new ArrayList<>();

        int relayed = store().relayWithNotes(10, 100, events -> events.stream().anyMatch(pending -> pending.event()
            .type().equals("E1")) ? notes(WriteBatch.of(DocumentWrite.create(collection(), "note-1", body(1), Map.of())),
            told, () -> { }) : null);

        assertThat(relayed).isEqualTo(1);
        assertThat(told).containsExactly("stored");
        assertThat(store().read(collection(), "note-1")).isPresent();
        assertThat(pendingOfThisTest()).isEmpty();
    }

    @Test
    @DisplayName("relayWithNotes whose notes lose a race stores nothing of them, tells the handler, lets it record on its own, and marks the run")
    default void givenNotesLosingARace_whenRelayed_thenNothingOfThemStoredHandlerToldAndRunDispatched() {
        drainEverything();
        create("c-1", 1, Map.of());
        update("c-1", 1, 2, Map.of());
        writeWithEvents("c-2", 0, event("c-2", 1, "E2"));
        List<String> told = new ArrayList<>();
        WriteBatch stale = WriteBatch.builder()
            .write(DocumentWrite.create(collection(), "note-2", body(1), Map.of()))
            .write(DocumentWrite.update(collection(), "c-1", 1, body(9), Map.of()))
            .build();

        int relayed = store().relayWithNotes(10, 100, events -> events.stream().anyMatch(pending -> pending.event()
            .type().equals("E2")) ? notes(stale, told, () -> create("fallback", 1, Map.of())) : null);

        assertThat(relayed).isEqualTo(1);
        assertThat(told).containsExactly("not stored: VersionConflict");
        assertThat(store().read(collection(), "note-2")).as("nothing of the notes").isEmpty();
        assertThat(StoreUnderTest.counter(store().read(collection(), "c-1").orElseThrow().body())).isEqualTo(2);
        assertThat(store().read(collection(), "fallback")).as("what the handler recorded on its own").isPresent();
        assertThat(pendingOfThisTest()).isEmpty();
    }

    @Test
    @DisplayName("relayWithNotes hands over only the types its handler takes, in order; the others are marked dispatched and counted relayed")
    default void givenTypesTheHandlerDoesNotTake_whenRelayedWithNotes_thenMarkedWithoutBeingHandedOver() {
        drainEverything();
        writeWithEvents("c-1", 0, event("c-1", 1, "Untaken"), event("c-1", 1, "Taken"));
        writeWithEvents("c-2", 0, event("c-2", 1, "Untaken"));
        writeWithEvents("c-3", 0, event("c-3", 1, "Taken"));
        List<String> handed = new ArrayList<>();

        int relayed = store().relayWithNotes(10, 100, takingOnly("Taken", handed));

        assertThat(handed).containsExactly("c-1:Taken", "c-3:Taken");
        assertThat(relayed).isEqualTo(4);
        assertThat(pendingOfThisTest()).isEmpty();
    }

    @Test
    @DisplayName("relayWithNotes whose handler takes none of the pending events hands over nothing and leaves none pending")
    default void givenNoEventTheHandlerTakes_whenRelayedWithNotes_thenNothingHandedOverAndNothingPending() {
        drainEverything();
        writeWithEvents("c-1", 0, event("c-1", 1, "Untaken"));
        writeWithEvents("c-2", 0, event("c-2", 1, "Untaken"), event("c-2", 1, "Untaken"));
        List<String> handed = new ArrayList<>();

        int relayed = store().relayWithNotes(1, 100, takingOnly("Taken", handed));

        assertThat(handed).isEmpty();
        assertThat(relayed).isEqualTo(3);
        assertThat(pendingOfThisTest()).isEmpty();
    }

    @Test
    @DisplayName("relayWithNotes tells each run a lowest pending sequence no higher than the run's first event")
    default void givenPendingEvents_whenRelayedWithNotes_thenLowestPendingToldIsAtMostTheRunsFirst() {
        drainEverything();
        writeWithEvents("c-1", 0, event("c-1", 1, "E1"), event("c-1", 1, "E2"));
        writeWithEvents("c-2", 0, event("c-2", 1, "E3"));
        List<long[]> told = new ArrayList<>();

        int relayed = store().relayWithNotes(10, 100, new RunHandler() {
            @Override
            public RunNotes handle(List<PendingEvent> events) {
                return null;
            }

            @Override
            public RunNotes handle(List<PendingEvent> events, long lowestPending) {
                told.add(new long[] {events.get(0).sequence(), lowestPending});
                return null;
            }
        });

        assertThat(relayed).isEqualTo(3);
        assertThat(told).as("runs told").isNotEmpty();
        assertThat(told).allSatisfy(run -> assertThat(run[1]).as("lowest pending told").isLessThanOrEqualTo(run[0]));
        assertThat(pendingOfThisTest()).isEmpty();
    }

    private static RunHandler takingOnly(String type, List<String> handed) {
        return new RunHandler() {
            @Override
            public RunNotes handle(List<PendingEvent> events) {
                events.forEach(pending -> handed.add(pending.event().aggregateId() + ":" + pending.event().type()));
                return null;
            }

            @Override
            public boolean takes(String eventType) {
                return eventType.equals(type);
            }
        };
    }
}
