package dev.directsupply.kernel.statemachine;

import java.util.List;

/** One row of a transition table: from a state, an action leads to a state when every guard holds. */
public record Transition<S extends Enum<S>, A extends Enum<A>, C>(S from, A action, S to, List<Guard<C>> guards) {

    public Transition {
        guards = List.copyOf(guards);
    }

    /** The first guard that does not hold for the context, or null when all hold. */
    Guard<C> failingGuard(C context) {
        for (int i = 0; i < guards.size(); i++) { // indexed: firing a transition allocates no iterator
            Guard<C> guard = guards.get(i);
            if (!guard.test(context)) {
                return guard;
            }
        }
        return null;
    }
}
