package dev.directsupply.kernel.statemachine;

import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** The table allows the action in this state, but a guard does not hold; names the guard and its rule. */
public final class TransitionRejected extends RuleViolation {
    private static final long serialVersionUID = 1L;

    private final Enum<?> state;
    private final Enum<?> action;
    private final String guard;

    public TransitionRejected(String machine, Enum<?> state, Enum<?> action, Guard<?> guard) {
        this(Messages.Localized.text(machine), state, action, guard);
    }

    TransitionRejected(Messages.Localized machine, Enum<?> state, Enum<?> action, Guard<?> guard) {
        super(guard.rule(), "transition-rejected", "kernel.error.transition-rejected",
            Map.of("machine", machine, "state", state, "action", action, "guard", Messages.Localized.text(guard.description())));
        this.state = state;
        this.action = action;
        this.guard = guard.description();
    }

    public Enum<?> state() {
        return state;
    }

    public Enum<?> action() {
        return action;
    }

    /** The description of the guard that did not hold. */
    public String guard() {
        return guard;
    }
}
