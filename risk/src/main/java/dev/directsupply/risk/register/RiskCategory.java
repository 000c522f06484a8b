package dev.directsupply.risk.register;

import dev.directsupply.kernel.Messages;

/** The risks of DS-6.1. */
public enum RiskCategory implements Messages.Localized {
    /** DS-6.1.1: credit standing, overdue payment, default. */
    CREDIT("DS-6.1.1"),
    /** DS-6.1.2: demand swings, price changes, competitors. */
    MARKET("DS-6.1.2"),
    /** DS-6.1.3: raw-material and production quality, leading to complaints and returns. */
    QUALITY("DS-6.1.3"),
    /** DS-6.1.4: own capacity and raw-material supply. */
    SUPPLY("DS-6.1.4");

    private final String requirement;

    RiskCategory(String requirement) {
        this.requirement = requirement;
    }

    /** The policy requirement that names this kind of risk. */
    public String requirement() {
        return requirement;
    }

    @Override
    public String labelKey() {
        return "risk.category." + name();
    }
}
