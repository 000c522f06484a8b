package dev.directsupply.kernel.agreement;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.ConfidentialityRegister;
import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.kernel.store.VersionedCache;
import dev.directsupply.persistence.DocumentStore;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** The register as the SDK keeps it, in the {@value #COLLECTION} collection of the store (DS-7.2.3). */
public final class StoredAgreements implements ConfidentialityRegister {
    public static final String COLLECTION = "confidentiality-agreements";
    static final JsonDocuments<ConfidentialityAgreement> CODEC = JsonDocuments.of(ConfidentialityAgreement.class, 1,
        agreement -> agreement.person().value(), agreement -> Map.of());

    /** Agreements decoded lately, by person, each at the document version it was read at. */
    private final VersionedCache<ConfidentialityAgreement> decoded = new VersionedCache<>();
    private final DocumentStore store;

    public StoredAgreements(DocumentStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Reads the person's agreement as stored now: a change on any host counts at once. */
    @Override
    public boolean inForce(ActorId person, LocalDate day) {
        return store.read(COLLECTION, person.value())
            .map(document -> decoded.of(document, CODEC::decode).inForceOn(day))
            .orElse(false);
    }
}
