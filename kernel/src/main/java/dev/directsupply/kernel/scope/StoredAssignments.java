package dev.directsupply.kernel.scope;

import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.kernel.store.JoinedWrites;
import dev.directsupply.kernel.store.TrustedCopies;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.kernel.store.VersionedCache;
import dev.directsupply.persistence.DocumentStore;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The assignments as the SDK keeps them, in the {@value #COLLECTION} collection; the customer module
 * records them through its desk, with this codec.
 */
public final class StoredAssignments implements CustomerAssignments {
    public static final String COLLECTION = "customer-assignments";
    public static final JsonDocuments<CustomerAssignment> CODEC = JsonDocuments.of(CustomerAssignment.class, 1,
        CustomerAssignment::customer, assignment -> Map.of("owner", assignment.owner().value(), "department",
            assignment.department().name()));

    /** Assignments decoded lately, by customer, each at the document version it was read at. */
    private final VersionedCache<CustomerAssignment> decoded = new VersionedCache<>();
    private final DocumentStore store;

    public StoredAssignments(DocumentStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The customer's assignment as stored now; inside a command's attempt that trusts copies, the copy
     * read last, on which the command's write then stands ({@link TrustedCopies}); inside a write that
     * holds a new assignment (a customer registered on the way, ADR 0031), the held one, as it will be stored.
     */
    @Override
    public Optional<CustomerAssignment> of(String customer) {
        JoinedWrites joined = JoinedWrites.current(store);
        Versioned<?> held = joined == null ? null : joined.held(COLLECTION, customer);
        if (held != null) {
            return Optional.of((CustomerAssignment) held.aggregate());
        }
        Optional<CustomerAssignment> copy = decoded.copy(COLLECTION, customer);
        if (copy.isPresent()) {
            return copy;
        }
        return store.read(COLLECTION, customer).map(document -> decoded.of(document, CODEC::decode));
    }
}
