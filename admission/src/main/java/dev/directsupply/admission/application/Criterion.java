package dev.directsupply.admission.application;

import dev.directsupply.kernel.Messages;

/** The admission criteria, each a named rule of the policy. */
public enum Criterion implements Messages.Localized {
    /** A business licence valid on the day, and no qualification document expired. */
    LAWFUL_QUALIFICATION("DS-3.3.1"),
    /** No major violation on record, as the preliminary review found. */
    NO_MAJOR_VIOLATION("DS-3.3.1"),
    /** Real purchasing demand, and the intent to cooperate long term. */
    REAL_DEMAND("DS-3.3.1"),
    /** A credit grade at or above the minimum for admission. */
    CREDIT_GRADE("DS-3.3.2"),
    /** A new customer gives a credit guarantee or a prepayment. */
    SECURITY_FOR_NEW_CUSTOMER("DS-3.3.2"),
    /** The storage and transport conditions the wanted products require. */
    PRODUCT_REQUIREMENTS("DS-3.3.3"),
    /** A direct relationship, and a scale at or above the threshold or strategic importance. */
    DIRECT_SUPPLY_DEFINITION("DS-2.1");

    private final String rule;

    Criterion(String rule) {
        this.rule = rule;
    }

    /** The policy requirement it enforces. */
    public String rule() {
        return rule;
    }

    @Override
    public String labelKey() {
        return "admission.criterion." + name();
    }
}
