package dev.directsupply.admission.application;

import dev.directsupply.kernel.Require;
import java.time.LocalDate;

/**
 * A qualification document (DS-3.3.1): its kind, its number and the last day it is valid.
 *
 * @param validUntil the last day it is valid; {@code null} for a document without an end
 */
public record QualificationDocument(DocumentKind kind, String number, LocalDate validUntil) {
    public QualificationDocument {
        Require.nonNull(kind, "kind", number, "number");
    }

    /** Whether it is valid on the day. */
    public boolean validOn(LocalDate day) {
        return validUntil == null || !day.isAfter(validUntil);
    }
}
