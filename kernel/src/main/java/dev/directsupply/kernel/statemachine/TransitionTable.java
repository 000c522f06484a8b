package dev.directsupply.kernel.statemachine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A state machine declared as data: rows of (state, action) → state, each with optional guards.
 * Its name (and its guards' descriptions) may be catalogue keys, so refusals read in each language.
 *
 * <pre>{@code
 * TransitionTable<Status, Action, Customer> table = TransitionTable
 *     .builder("Customer status", Status.class, Action.class, Customer.class)
 *     .initial(ACTIVE)
 *     .from(ACTIVE).on(SUSPEND).to(SUSPENDED)
 *     .from(SUSPENDED).on(REINSTATE).to(ACTIVE).when(Guard.of("credit stop lifted", "DS-6.2.1", c -> ...))
 *     .build();
 * Status next = table.next(current, REINSTATE, customer);
 * }</pre>
 *
 * <p>Several rows may share a (state, action) pair with different guards; the first row whose guards
 * all hold decides. An action that may happen without moving the state (a payment on an open invoice)
 * has a self-loop row, so the table alone answers what may happen now ({@link #require},
 * {@link #statesAllowing}). An action with no row in the state raises {@link IllegalTransition}; a row whose
 * guard fails raises {@link TransitionRejected} naming the guard and its rule. Look-ups index an
 * array by the enums' ordinals, so firing a transition allocates nothing. Immutable and thread-safe.
 *
 * @param <S> the states
 * @param <A> the actions
 * @param <C> the context the guards test
 */
public final class TransitionTable<S extends Enum<S>, A extends Enum<A>, C> {
    private final String name;
    private final Class<S> stateType;
    private final S initial;
    private final List<Transition<S, A, C>> transitions;
    /** [state ordinal][action ordinal] → rows in declaration order, or null. */
    private final Transition<S, A, C>[][][] index;
    /** [action ordinal] → the error for the action where the table has no row for it, or null. */
    private final Function<? super C, ? extends RuntimeException>[] refusals;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private TransitionTable(String name, Class<S> stateType, Class<A> actionType, S initial,
                            List<Transition<S, A, C>> transitions,
                            Map<A, Function<? super C, ? extends RuntimeException>> refusals) {
        this.name = name;
        this.stateType = stateType;
        this.initial = initial;
        this.transitions = List.copyOf(transitions);
        this.refusals = new Function[actionType.getEnumConstants().length];
        refusals.forEach((action, refusal) -> this.refusals[action.ordinal()] = refusal);
        int states = stateType.getEnumConstants().length;
        int actions = actionType.getEnumConstants().length;
        this.index = new Transition[states][actions][];
        for (Transition<S, A, C> row : transitions) {
            Transition<S, A, C>[] rows = index[row.from().ordinal()][row.action().ordinal()];
            Transition<S, A, C>[] grown = rows == null ? new Transition[1] : java.util.Arrays.copyOf(rows, rows.length + 1);
            grown[grown.length - 1] = row;
            index[row.from().ordinal()][row.action().ordinal()] = grown;
        }
    }

    public static <S extends Enum<S>, A extends Enum<A>, C> Builder<S, A, C> builder(
        String name, Class<S> stateType, Class<A> actionType, Class<C> contextType) {
        return new Builder<>(name, stateType, actionType);
    }

    /** The state the action leads to from {@code state}, for this context. */
    public S next(S state, A action, C context) {
        Transition<S, A, C>[] rows = index[state.ordinal()][action.ordinal()];
        if (rows == null) {
            throw refusal(state, action, context);
        }
        Guard<C> failed = null;
        for (Transition<S, A, C> row : rows) {
            Guard<C> failing = row.failingGuard(context);
            if (failing == null) {
                return row.to();
            }
            if (failed == null) {
                failed = failing;
            }
        }
        throw new TransitionRejected(name, state, action, failed);
    }

    /** Whether the table has a row for the action in the state (guards aside). */
    public boolean declares(S state, A action) {
        return index[state.ordinal()][action.ordinal()] != null;
    }

    /**
     * Throws {@link IllegalTransition} unless the table has a row for the action in the state: the
     * question "may this happen now?" for an action whose guards the caller tests with {@link #next}
     * once it has built the changed aggregate, or for a self-loop that changes no state.
     */
    public void require(S state, A action) {
        if (index[state.ordinal()][action.ordinal()] == null) {
            throw new IllegalTransition(name, state, action);
        }
    }

    /**
     * As {@link #require(Enum, Enum)}, refusing with the error the table declares for the action
     * ({@link Builder#refusing}) where it has one: {@code RiskClosed} rather than a bare transition.
     */
    public void require(S state, A action, C context) {
        if (index[state.ordinal()][action.ordinal()] == null) {
            throw refusal(state, action, context);
        }
    }

    private RuntimeException refusal(S state, A action, C context) {
        Function<? super C, ? extends RuntimeException> refusal = refusals[action.ordinal()];
        return refusal == null ? new IllegalTransition(name, state, action) : refusal.apply(context);
    }

    /** The states in which the table has a row for the action, in the order the states are declared. */
    public Set<S> statesAllowing(A action) {
        Set<S> states = EnumSet.noneOf(stateType);
        for (S state : stateType.getEnumConstants()) {
            if (index[state.ordinal()][action.ordinal()] != null) {
                states.add(state);
            }
        }
        return Collections.unmodifiableSet(states);
    }

    /** Whether the action would succeed now: a row exists and its guards hold. */
    public boolean permits(S state, A action, C context) {
        Transition<S, A, C>[] rows = index[state.ordinal()][action.ordinal()];
        if (rows == null) {
            return false;
        }
        for (Transition<S, A, C> row : rows) {
            if (row.failingGuard(context) == null) {
                return true;
            }
        }
        return false;
    }

    /** The actions the table declares from the state, in declaration order. */
    public Set<A> actionsFrom(S state) {
        Set<A> actions = new LinkedHashSet<>();
        for (Transition<S, A, C> row : transitions) {
            if (row.from() == state) {
                actions.add(row.action());
            }
        }
        return Collections.unmodifiableSet(actions);
    }

    /** States with no way out: no row leads from them to another state (self-loops do not count). */
    public Set<S> finalStates() {
        Set<S> finals = EnumSet.allOf(stateType);
        for (Transition<S, A, C> row : transitions) {
            if (row.to() != row.from()) {
                finals.remove(row.from());
            }
        }
        return finals;
    }

    public String name() {
        return name;
    }

    public S initial() {
        return initial;
    }

    public List<Transition<S, A, C>> transitions() {
        return transitions;
    }

    /** The table as a Mermaid {@code stateDiagram-v2}: one edge per row, guards in brackets. */
    public String toMermaid() {
        StringBuilder out = new StringBuilder();
        out.append("stateDiagram-v2\n");
        out.append("    %% ").append(dev.directsupply.kernel.Messages.Localized.text(name).label(
            dev.directsupply.kernel.Messages.ENGLISH)).append(" — generated from its transition table; do not edit\n");
        out.append("    [*] --> ").append(initial.name()).append('\n');
        for (Transition<S, A, C> row : transitions) {
            out.append("    ").append(row.from().name()).append(" --> ").append(row.to().name())
                .append(" : ").append(row.action().name());
            if (!row.guards().isEmpty()) {
                out.append(" [");
                for (int i = 0; i < row.guards().size(); i++) {
                    out.append(i == 0 ? "" : " and ")
                        .append(mermaidText(row.guards().get(i).label(dev.directsupply.kernel.Messages.ENGLISH)));
                }
                out.append(']');
            }
            out.append('\n');
        }
        Set<S> reachable = EnumSet.of(initial);
        for (Transition<S, A, C> row : transitions) {
            reachable.add(row.to());
        }
        for (S state : finalStates()) {
            if (reachable.contains(state)) {
                out.append("    ").append(state.name()).append(" --> [*]\n");
            }
        }
        return out.toString();
    }

    private static String mermaidText(String text) {
        return text.replace(':', '-').replace(';', ',').replace('[', '(').replace(']', ')');
    }

    /** Declares the rows of a table. */
    public static final class Builder<S extends Enum<S>, A extends Enum<A>, C> {
        private final String name;
        private final Class<S> stateType;
        private final Class<A> actionType;
        private S initial;
        private final List<Transition<S, A, C>> rows = new ArrayList<>();
        private final Map<A, Function<? super C, ? extends RuntimeException>> refusals = new HashMap<>();
        /** The rows the last {@code to(...)} declared, which a following {@code when(...)} guards. */
        private int lastDeclared;

        private Builder(String name, Class<S> stateType, Class<A> actionType) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a transition table has a name");
            }
            this.name = name;
            this.stateType = Objects.requireNonNull(stateType);
            this.actionType = Objects.requireNonNull(actionType);
        }

        public Builder<S, A, C> initial(S state) {
            this.initial = Objects.requireNonNull(state);
            return this;
        }

        /** Starts rows from one or more states. */
        @SafeVarargs
        public final From from(S... states) {
            if (states.length == 0) {
                throw new IllegalArgumentException("a row starts from at least one state");
            }
            List<S> from = new ArrayList<>(states.length);
            for (S state : states) {
                from.add(Objects.requireNonNull(state));
            }
            return new From(List.copyOf(from));
        }

        /** Guards the rows declared by the last {@code to(...)}; every guard must hold. */
        public Builder<S, A, C> when(Guard<C> guard) {
            if (lastDeclared == 0) {
                throw new IllegalStateException("when(...) follows a from(...).on(...).to(...)");
            }
            for (int i = rows.size() - lastDeclared; i < rows.size(); i++) {
                Transition<S, A, C> row = rows.get(i);
                List<Guard<C>> guards = new ArrayList<>(row.guards());
                guards.add(guard);
                rows.set(i, new Transition<>(row.from(), row.action(), row.to(), guards));
            }
            return this;
        }

        /**
         * Where the table has no row for the action, it is refused with this error, built from the
         * aggregate, instead of {@link IllegalTransition}: the fact the policy names (a closed risk, an
         * order not in fulfilment), with its requirement.
         */
        public Builder<S, A, C> refusing(A action, Function<? super C, ? extends RuntimeException> refusal) {
            refusals.put(Objects.requireNonNull(action), Objects.requireNonNull(refusal));
            return this;
        }

        public TransitionTable<S, A, C> build() {
            if (initial == null) {
                throw new IllegalStateException(name + ": declare the initial state");
            }
            if (rows.isEmpty()) {
                throw new IllegalStateException(name + ": declare at least one transition");
            }
            return new TransitionTable<>(name, stateType, actionType, initial, rows, refusals);
        }

        /** The states a row starts from. */
        public final class From {
            private final List<S> states;

            private From(List<S> states) {
                this.states = states;
            }

            public On on(A action) {
                return new On(states, Objects.requireNonNull(action));
            }
        }

        /** The states and action of a row. */
        public final class On {
            private final List<S> states;
            private final A action;

            private On(List<S> states, A action) {
                this.states = states;
                this.action = action;
            }

            public Builder<S, A, C> to(S target) {
                Objects.requireNonNull(target);
                for (S state : states) {
                    rows.add(new Transition<>(state, action, target, List.of()));
                }
                lastDeclared = states.size();
                return Builder.this;
            }

            /** The action may happen in each of the states and leaves it where it is: a self-loop per state. */
            public Builder<S, A, C> stays() {
                for (S state : states) {
                    rows.add(new Transition<>(state, action, state, List.of()));
                }
                lastDeclared = states.size();
                return Builder.this;
            }
        }
    }
}
