package dev.directsupply.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.store.Changed;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Given / when / then on an aggregate alone, with no store: given an aggregate in some state, when a
 * behaviour runs, then these events — or this refusal, or nothing.
 *
 * <pre>{@code
 * given(anOrder(APPROVED)).when(order -> order.release(plan, share, PRODUCTION, clock))
 *     .then(OrderMoved.class, OrderReleased.class)
 *     .and(order -> assertThat(order.status()).isEqualTo(RELEASED));
 * }</pre>
 *
 * @param <A> the aggregate
 */
public final class AggregateScenario<A> {
    private final A given;

    private AggregateScenario(A given) {
        this.given = Objects.requireNonNull(given, "given");
    }

    /** The aggregate as it stands before the behaviour. */
    public static <A> AggregateScenario<A> given(A aggregate) {
        return new AggregateScenario<>(aggregate);
    }

    /** Runs the behaviour; a refusal is kept for {@link Outcome#thenRefused}. */
    public Outcome<A> when(Function<? super A, Changed<A>> behaviour) {
        try {
            return new Outcome<>(given, behaviour.apply(given), null);
        } catch (RuntimeException refused) {
            return new Outcome<>(given, null, refused);
        }
    }

    /**
     * What the behaviour did.
     *
     * @param <A> the aggregate
     */
    public static final class Outcome<A> {
        private final A given;
        private final Changed<A> changed;
        private final RuntimeException refused;

        private Outcome(A given, Changed<A> changed, RuntimeException refused) {
            this.given = given;
            this.changed = changed;
            this.refused = refused;
        }

        private Changed<A> changed() {
            if (refused != null) {
                throw new AssertionError("the behaviour was refused: " + refused.getMessage(), refused);
            }
            return changed;
        }

        /** The behaviour raised exactly these events, in this order. */
        @SafeVarargs
        public final Outcome<A> then(Class<? extends DomainEvent>... events) {
            List<Class<?>> raised = changed().events().stream().<Class<?>>map(Object::getClass).toList();
            assertThat(raised).as("the events raised").containsExactly(events);
            return this;
        }

        /** The behaviour raised an event of the type, and it passes the check. */
        public <E extends DomainEvent> Outcome<A> thenEvent(Class<E> type, Consumer<? super E> check) {
            List<DomainEvent> raised = changed().events();
            E found = raised.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " among " + raised));
            check.accept(found);
            return this;
        }

        /** The behaviour changed nothing and raised nothing: a repeat, say. */
        public Outcome<A> thenNothingHappened() {
            assertThat(changed().isNothing()).as("nothing happened").isTrue();
            assertThat(changed().aggregate()).isEqualTo(given);
            return this;
        }

        /** The behaviour was refused with the error type; returns it for more checks. */
        public <X extends RuntimeException> X thenRefused(Class<X> type) {
            assertThat(refused).as("the behaviour's refusal").isInstanceOf(type);
            return type.cast(refused);
        }

        /** The aggregate after the behaviour passes the check. */
        public Outcome<A> and(Consumer<? super A> check) {
            check.accept(changed().aggregate());
            return this;
        }

        /** The aggregate after the behaviour. */
        public A aggregate() {
            return changed().aggregate();
        }

        /** The events raised, in order. */
        public List<DomainEvent> events() {
            return changed().events();
        }
    }
}
