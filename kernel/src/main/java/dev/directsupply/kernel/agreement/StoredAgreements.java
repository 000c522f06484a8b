package dev.directsupply.kernel.agreement;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.ConfidentialityRegister;
import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.persistence.DocumentStore;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** The register as the SDK keeps it, in the {@value #COLLECTION} collection of the store (DS-7.2.3). */
public final class StoredAgreements implements ConfidentialityRegister {
    public static final String COLLECTION = "confidentiality-agreements";
    static final JsonDocuments<ConfidentialityAgreement> CODEC = JsonDocuments.of(ConfidentialityAgreement.class, 1,
        agreement -> agreement.person().value(), agreement -> Map.of());

    private final DocumentStore store;

    public StoredAgreements(DocumentStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public boolean inForce(ActorId person, LocalDate day) {
        return store.read(COLLECTION, person.value())
            .map(document -> CODEC.decode(document.body()).inForceOn(day))
            .orElse(false);
    }
}
