package dev.directsupply.admission.lead;

import dev.directsupply.kernel.Messages;

/** What may happen to a lead. */
public enum LeadAction implements Messages.Localized {
    CONTACT,
    QUALIFY,
    /** Converted into an admission application, without retyping what the lead holds. */
    CONVERT,
    DISQUALIFY,
    /** A follow-up planned; the lead stays where it is. */
    PLAN_FOLLOW_UP;

    @Override
    public String labelKey() {
        return "admission.lead-action." + name();
    }
}
