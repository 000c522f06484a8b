package dev.directsupply.risk.register;

import dev.directsupply.kernel.Messages;

/** The moves of a risk. */
public enum RiskAction implements Messages.Localized {
    ASSESS, MITIGATE, MONITOR, ESCALATE, CLOSE;

    @Override
    public String labelKey() {
        return "risk.action." + name();
    }
}
