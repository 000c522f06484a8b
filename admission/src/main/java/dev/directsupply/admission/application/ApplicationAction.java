package dev.directsupply.admission.application;

import dev.directsupply.kernel.Messages;

/** What may happen to an admission application (DS-3.4). */
public enum ApplicationAction implements Messages.Localized {
    /** Step 2: the preliminary review passes it. */
    PASS_PRELIMINARY,
    /** Step 2: the preliminary review sends it back for more information. */
    RETURN,
    /** Step 2: the preliminary review rejects it. */
    REJECT_PRELIMINARY,
    /** The applicant resubmits it with what was asked for. */
    RESUBMIT,
    /** Step 3: the credit evaluation, with the report and the confirmed annual purchase. */
    EVALUATE_CREDIT,
    /** Step 4: the site inspection's findings. */
    INSPECT,
    /** Step 5: the final review approves it. */
    APPROVE,
    /** Step 5: the final review rejects it. */
    REJECT_FINAL,
    /** Step 6: the cooperation agreement is signed. */
    SIGN_AGREEMENT,
    /** The applicant withdraws it. */
    WITHDRAW,
    /** Nobody acted on it for longer than the policy allows. */
    EXPIRE;

    @Override
    public String labelKey() {
        return "admission.action." + name();
    }
}
