package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Identifier;

/** A cooperation agreement's id: the reference the company files it under, e.g. {@code CA-2026-0042}. */
public record AgreementId(String value) implements Identifier {
    public AgreementId {
        Identifier.require("AgreementId", value);
    }

    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
