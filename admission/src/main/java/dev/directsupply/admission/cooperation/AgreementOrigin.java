package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Messages;

/** How an agreement came into the SDK. */
public enum AgreementOrigin implements Messages.Localized {
    /** Signed at the end of the customer's admission (DS-3.4 step 6). */
    ADMISSION,
    /** An existing customer's agreement, recorded when the host migrated it. */
    IMPORTED;

    @Override
    public String labelKey() {
        return "admission.agreement-origin." + name();
    }
}
