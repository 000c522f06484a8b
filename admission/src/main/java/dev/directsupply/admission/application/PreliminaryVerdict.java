package dev.directsupply.admission.application;

/** What a preliminary review may conclude (DS-3.4 step 2). */
public enum PreliminaryVerdict {
    PASS(ApplicationAction.PASS_PRELIMINARY),
    RETURN(ApplicationAction.RETURN),
    REJECT(ApplicationAction.REJECT_PRELIMINARY);

    private final ApplicationAction action;

    PreliminaryVerdict(ApplicationAction action) {
        this.action = action;
    }

    public ApplicationAction action() {
        return action;
    }
}
