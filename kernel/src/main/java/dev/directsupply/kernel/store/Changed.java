package dev.directsupply.kernel.store;

import dev.directsupply.kernel.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a behaviour decided: the aggregate's new state and the events it caused. A command that
 * changed nothing returns {@link #nothing}, and the repository writes nothing; a change may also
 * carry no events (a recomputed figure that crossed no threshold).
 *
 * @param changed whether there is anything to save
 */
public record Changed<A>(A aggregate, List<DomainEvent> events, boolean changed) {

    public Changed {
        Objects.requireNonNull(aggregate, "aggregate");
        events = List.copyOf(events);
        if (!changed && !events.isEmpty()) {
            throw new IllegalArgumentException("an unchanged aggregate raises no events");
        }
    }

    /** The aggregate changed and raised these events. */
    public static <A> Changed<A> to(A aggregate, DomainEvent... events) {
        return new Changed<>(aggregate, List.of(events), true);
    }

    /** The aggregate changed and raised these events. */
    public static <A> Changed<A> to(A aggregate, List<? extends DomainEvent> events) {
        return new Changed<>(aggregate, List.copyOf(events), true);
    }

    /** Nothing happened: the aggregate stays as it was. */
    public static <A> Changed<A> nothing(A aggregate) {
        return new Changed<>(aggregate, List.of(), false);
    }

    public boolean isNothing() {
        return !changed;
    }

    /**
     * This change followed by the next, decided on this one's result: the last aggregate, and every
     * event of both in order — two decisions saved as one.
     */
    public Changed<A> andThen(Function<A, Changed<A>> next) {
        Changed<A> second = next.apply(aggregate);
        if (isNothing()) {
            return second;
        }
        if (second.isNothing()) {
            return this;
        }
        List<DomainEvent> all = new ArrayList<>(events.size() + second.events.size());
        all.addAll(events);
        all.addAll(second.events);
        return new Changed<>(second.aggregate, all, true);
    }
}
