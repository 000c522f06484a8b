package dev.directsupply.admission.application;

/** What the final review may conclude (DS-3.4 step 5). */
public enum FinalVerdict {
    APPROVE(ApplicationAction.APPROVE),
    REJECT(ApplicationAction.REJECT_FINAL);

    private final ApplicationAction action;

    FinalVerdict(ApplicationAction action) {
        this.action = action;
    }

    public ApplicationAction action() {
        return action;
    }
}
