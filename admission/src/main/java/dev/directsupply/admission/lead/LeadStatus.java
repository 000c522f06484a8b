package dev.directsupply.admission.lead;

import dev.directsupply.kernel.Messages;

/** Where a lead stands (DS-3.1.2); {@link LeadLifecycle} says how it moves. */
public enum LeadStatus implements Messages.Localized {
    NEW,
    CONTACTED,
    QUALIFIED,
    /** Converted into an admission application. */
    APPLIED,
    DISQUALIFIED;

    /** Whether it is still being worked: every state out of which the lifecycle moves. */
    public boolean isOpen() {
        return !LeadLifecycle.TABLE.finalStates().contains(this);
    }

    @Override
    public String labelKey() {
        return "admission.lead-status." + name();
    }
}
