package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Messages;

/** What made a version after the first. */
public enum VersionKind implements Messages.Localized {
    /** The terms or the validity were changed by both sides. */
    AMENDMENT,
    /** The same terms were extended for another term. */
    RENEWAL;

    @Override
    public String labelKey() {
        return "admission.version-kind." + name();
    }
}
