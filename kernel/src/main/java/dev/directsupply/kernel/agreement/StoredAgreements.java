package dev.directsupply.kernel.agreement;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.ConfidentialityRegister;
import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.kernel.store.TrustedCopies;
import dev.directsupply.kernel.store.VersionedCache;
import dev.directsupply.persistence.DocumentStore;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * Reads the person's agreement as stored now: a change on any host counts at once. Inside a command's
     * attempt that trusts copies, the copy read last is taken instead, and the command's write stands
     * only if the agreement is still at that version ({@link TrustedCopies}).
     */
    @Override
    public boolean inForce(ActorId person, LocalDate day) {
        Optional<ConfidentialityAgreement> copy = decoded.copy(COLLECTION, person.value());
        if (copy.isPresent()) {
            return copy.get().inForceOn(day);
        }
        return store.read(COLLECTION, person.value())
            .map(document -> decoded.of(document, CODEC::decode).inForceOn(day))
            .orElse(false);
    }
}
