package dev.directsupply.admission.application;

import dev.directsupply.kernel.Messages;

/** Where an admission application stands (DS-3.4); {@link AdmissionLifecycle} says how it moves. */
public enum ApplicationStatus implements Messages.Localized {
    /** Step 1 done: waiting for the preliminary review. */
    SUBMITTED,
    /** Sent back for more information; the applicant resubmits. */
    RETURNED,
    /** Step 2 passed: waiting for the credit evaluation. */
    PRELIMINARY_PASSED,
    /** Step 3 done: a site inspection next where the rule requires one, else the final review. */
    CREDIT_EVALUATED,
    /** Step 4 done: waiting for the final review. */
    INSPECTED,
    /** Step 5 approved: waiting for the cooperation agreement. */
    APPROVED,
    /** Step 6: the agreement is signed and the customer is active. */
    ADMITTED,
    REJECTED,
    WITHDRAWN,
    /** No action for longer than the policy allows. */
    EXPIRED;

    /** Whether the application still waits for someone: every state out of which the lifecycle moves. */
    public boolean isOpen() {
        return !AdmissionLifecycle.TABLE.finalStates().contains(this);
    }

    @Override
    public String labelKey() {
        return "admission.status." + name();
    }
}
