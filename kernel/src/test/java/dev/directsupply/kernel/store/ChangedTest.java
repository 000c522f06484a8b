package dev.directsupply.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.DomainEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a behaviour decided: the aggregate's new state and the events it caused, or nothing. */
class ChangedTest {
    record Tally(String id, int count) {
        Changed<Tally> add(int more, Instant at) {
            return Changed.to(new Tally(id, count + more), new Added(id, more, at));
        }
    }

    record Added(String tallyId, int amount, Instant occurredAt) implements DomainEvent {
    }

    private static final Instant AT = Instant.parse("2026-03-15T01:00:00Z");
    private final Tally tally = new Tally("t-1", 0);

    @Test
    @DisplayName("a change carries the new aggregate and its events, given one by one or as a list")
    void givenEvents_whenChanged_thenAggregateAndEventsInOrder() {
        Added first = new Added("t-1", 1, AT);
        Added second = new Added("t-1", 2, AT);

        Changed<Tally> oneByOne = Changed.to(new Tally("t-1", 3), first, second);
        Changed<Tally> asList = Changed.to(new Tally("t-1", 3), List.of(first, second));

        assertThat(oneByOne.aggregate()).isEqualTo(new Tally("t-1", 3));
        assertThat(oneByOne.events()).containsExactly(first, second);
        assertThat(oneByOne.isNothing()).isFalse();
        assertThat(asList).isEqualTo(oneByOne);
    }

    @Test
    @DisplayName("nothing changed keeps the aggregate and raises no events; an unchanged aggregate cannot raise any")
    void givenNothing_whenDecided_thenNoEventsAndNoneAllowed() {
        Changed<Tally> nothing = Changed.nothing(tally);

        assertThat(nothing.isNothing()).isTrue();
        assertThat(nothing.aggregate()).isSameAs(tally);
        assertThat(nothing.events()).isEmpty();
        assertThatThrownBy(() -> new Changed<>(tally, List.of(new Added("t-1", 1, AT)), false))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("two decisions saved as one: the last aggregate, and every event of both in order")
    void givenTwoChanges_whenChained_thenLastAggregateAndAllEvents() {
        Changed<Tally> both = tally.add(2, AT).andThen(after -> after.add(3, AT));

        assertThat(both.aggregate()).isEqualTo(new Tally("t-1", 5));
        assertThat(both.events()).containsExactly(new Added("t-1", 2, AT), new Added("t-1", 3, AT));
        assertThat(both.isNothing()).isFalse();
    }

    @Test
    @DisplayName("nothing followed by a change is that change, decided on the unchanged aggregate")
    void givenNothingThenChange_whenChained_thenTheSecondChange() {
        Changed<Tally> second = tally.add(4, AT);

        Changed<Tally> chained = Changed.nothing(tally).andThen(same -> {
            assertThat(same).isSameAs(tally);
            return second;
        });

        assertThat(chained).isSameAs(second);
    }

    @Test
    @DisplayName("a change followed by nothing is the first change")
    void givenChangeThenNothing_whenChained_thenTheFirstChange() {
        Changed<Tally> first = tally.add(4, AT);

        assertThat(first.andThen(Changed::nothing)).isSameAs(first);
    }
}
