package dev.directsupply.testing;

import dev.directsupply.kernel.statemachine.Transition;
import dev.directsupply.kernel.statemachine.TransitionTable;
import dev.directsupply.kernel.store.Changed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds an aggregate in any state of its transition table by living its life: from where it stands,
 * the shortest path of actions the table declares to the wanted state, each action done by the step
 * the module's fixtures give for it. A step may move more than one state (a review that approves);
 * the path is worked out again from wherever it lands. So a fixture for "an order on credit hold" is
 * the real behaviours in the real order, never a record built by hand that no behaviour could reach.
 *
 * <pre>{@code
 * Journey<Order, OrderStatus, OrderAction> orders = Journey.along(OrderLifecycle.TABLE, Order::status)
 *     .step(START_REVIEW, order -> order.review(...))
 *     .step(RELEASE, order -> order.release(...));
 * Order released = orders.to(RELEASED, aReceivedOrder());
 * }</pre>
 *
 * @param <A> the aggregate
 * @param <S> its states
 * @param <T> its actions
 */
public final class Journey<A, S extends Enum<S>, T extends Enum<T>> {
    private final TransitionTable<S, T, ?> table;
    private final Function<A, S> stateOf;
    private final Map<T, Function<A, Changed<A>>> steps;

    private Journey(TransitionTable<S, T, ?> table, Function<A, S> stateOf, Map<T, Function<A, Changed<A>>> steps) {
        this.table = table;
        this.stateOf = stateOf;
        this.steps = steps;
    }

    /** A journey along the table, knowing the state of an aggregate by {@code stateOf}. */
    public static <A, S extends Enum<S>, T extends Enum<T>> Journey<A, S, T> along(TransitionTable<S, T, ?> table,
                                                                                  Function<A, S> stateOf,
                                                                                  Class<T> actions) {
        return new Journey<>(table, stateOf, Collections.unmodifiableMap(new EnumMap<>(actions)));
    }

    /** The same journey, doing the action by the step. */
    public Journey<A, S, T> step(T action, Function<A, Changed<A>> step) {
        Map<T, Function<A, Changed<A>>> more = new java.util.HashMap<>(steps);
        more.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(step, "step"));
        return new Journey<>(table, stateOf, Collections.unmodifiableMap(more));
    }

    /** The aggregate taken from where it stands to the state. */
    public A to(S target, A start) {
        A current = start;
        for (int moves = 0; stateOf.apply(current) != target; moves++) {
            if (moves > 64) {
                throw new IllegalStateException("no way to " + target + " in 64 steps; the steps do not follow the path");
            }
            S from = stateOf.apply(current);
            List<T> path = path(from, target);
            Function<A, Changed<A>> step = steps.get(path.get(0));
            if (step == null) {
                throw new IllegalStateException("the journey from " + from + " to " + target + " goes by " + path
                    + ", and no step does " + path.get(0));
            }
            current = step.apply(current).aggregate();
        }
        return current;
    }

    /** The shortest list of actions the table declares from one state to another, guards aside. */
    public List<T> path(S from, S to) {
        Map<S, Transition<S, T, ?>> cameBy = new java.util.HashMap<>();
        Deque<S> frontier = new ArrayDeque<>(List.of(from));
        while (!frontier.isEmpty() && !cameBy.containsKey(to)) {
            S state = frontier.removeFirst();
            for (Transition<S, T, ?> row : table.transitions()) {
                if (row.from() == state && row.to() != from && !cameBy.containsKey(row.to())) {
                    cameBy.put(row.to(), row);
                    frontier.addLast(row.to());
                }
            }
        }
        if (!cameBy.containsKey(to)) {
            throw new IllegalStateException(table.name() + " has no way from " + from + " to " + to);
        }
        List<T> path = new ArrayList<>();
        for (S state = to; state != from; state = cameBy.get(state).from()) {
            path.add(0, cameBy.get(state).action());
        }
        return path;
    }
}
