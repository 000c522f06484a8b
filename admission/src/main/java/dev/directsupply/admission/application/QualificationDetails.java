package dev.directsupply.admission.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The qualification documents an application carries (DS-3.3.1) and the storage and transport conditions
 * the prospect declares (DS-3.3.3), named as the admission parameters' product requirements name them.
 */
public record QualificationDetails(@Size(max = 20) List<@Valid @NotNull DocumentDetails> documents,
                                   @Size(max = 20) List<@NotBlank @Size(max = 40) String> capabilities) {

    public QualificationDetails {
        documents = documents == null ? List.of() : documents;
        capabilities = capabilities == null ? List.of() : capabilities;
    }

    /** None of either. */
    public static QualificationDetails none() {
        return new QualificationDetails(List.of(), List.of());
    }
}
