package dev.directsupply.kernel.statemachine;

import dev.directsupply.kernel.DirectSupplyException;
import dev.directsupply.kernel.Messages;
import java.util.Map;

/** The table has no row for this action in this state: the action is not possible now. */
public final class IllegalTransition extends DirectSupplyException {
    private static final long serialVersionUID = 1L;

    private final String machine;
    private final Enum<?> state;
    private final Enum<?> action;

    public IllegalTransition(String machine, Enum<?> state, Enum<?> action) {
        this(Messages.Localized.text(machine), state, action);
    }

    /** States and actions that are {@link Messages.Localized} show their labels in each language. */
    IllegalTransition(Messages.Localized machine, Enum<?> state, Enum<?> action) {
        super("illegal-transition", "", "kernel.error.illegal-transition",
            Map.of("machine", machine, "state", state, "action", action));
        this.machine = machine.label(Messages.ENGLISH);
        this.state = state;
        this.action = action;
    }

    /** The name of the state machine, e.g. {@code Customer status}. */
    public String machine() {
        return machine;
    }

    public Enum<?> state() {
        return state;
    }

    public Enum<?> action() {
        return action;
    }
}
