package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;

/** The strategic-importance classes of DS-2.2.3, set by an authorised actor with a reason. */
public enum StrategicImportance implements Messages.Localized {
    /** Key to the company's development; close, long-term strategic value (核心直供客户). */
    CORE,
    /** Large contribution, stable cooperation (重要直供客户). */
    IMPORTANT,
    /** Smaller volume, looser cooperation (一般直供客户); every new customer starts here. */
    GENERAL;

    /** Whether this importance is the other one or higher (CORE above IMPORTANT above GENERAL). */
    public boolean isAtLeast(StrategicImportance other) {
        return ordinal() <= other.ordinal();
    }

    @Override
    public String labelKey() {
        return "customer.importance." + name();
    }
}
