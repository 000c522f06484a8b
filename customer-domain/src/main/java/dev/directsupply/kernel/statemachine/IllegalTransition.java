package dev.directsupply.kernel.statemachine;

import dev.directsupply.kernel.DirectSupplyException;
import java.util.Map;

/** The table has no row for this action in this state: the action is not possible now. */
public final class IllegalTransition extends DirectSupplyException {
    private static final long serialVersionUID = 1L;

    private final String machine;
    private final Enum<?> state;
    private final Enum<?> action;

    public IllegalTransition(String machine, Enum<?> state, Enum<?> action) {
        super("illegal-transition", "", "kernel.error.illegal-transition",
            Map.of("machine", machine, "state", state.name(), "action", action.name()));
        this.machine = machine;
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
