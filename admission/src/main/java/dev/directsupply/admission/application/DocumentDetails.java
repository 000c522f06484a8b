package dev.directsupply.admission.application;

import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A qualification document as an application gives it; {@code kind} is a {@link DocumentKind} code.
 *
 * @param validUntil the last day it is valid, or {@code null} if it has no end
 */
public record DocumentDetails(@NotBlank @OneOf(value = DocumentKind.class, rule = "DS-3.3.1") String kind,
                              @NotBlank @Size(max = 64) String number,
                              LocalDate validUntil) {

    QualificationDocument toDocument() {
        return new QualificationDocument(DocumentKind.valueOf(kind), number.strip(), validUntil);
    }
}
