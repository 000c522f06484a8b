package dev.directsupply.risk.register;

import dev.directsupply.kernel.Messages;

/** How serious a rated risk is, by likelihood × impact against the register's thresholds. */
public enum RiskLevel implements Messages.Localized {
    LOW, MEDIUM, HIGH, CRITICAL;

    @Override
    public String labelKey() {
        return "risk.level." + name();
    }
}
