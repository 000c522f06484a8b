package dev.directsupply.risk.register;

import dev.directsupply.kernel.Messages;

/** Where a risk stands in the register. */
public enum RiskStatus implements Messages.Localized {
    IDENTIFIED, ASSESSED, MITIGATING, MONITORING, CLOSED;

    @Override
    public String labelKey() {
        return "risk.status." + name();
    }
}
