package dev.directsupply.risk.register;

import dev.directsupply.kernel.Messages;

/** The moves of a risk. */
public enum RiskAction implements Messages.Localized {
    ASSESS, MITIGATE, MONITOR, ESCALATE, CLOSE,
    /** Plan the response: measures, contingency, owner, next review; the risk stays where it is. */
    PLAN,
    /** Review the risk and set the next review; it stays where it is. */
    REVIEW;

    /** Whether the action moves a risk from one state to another ({@code MoveRisk} gives only these). */
    public boolean moves() {
        return this != PLAN && this != REVIEW;
    }

    @Override
    public String labelKey() {
        return "risk.action." + name();
    }
}
