package dev.directsupply.kernel.store;

import java.util.Objects;

/**
 * An aggregate as read from the store, with the version a save must name.
 *
 * @param aggregate the aggregate
 * @param version   the stored version (1 for a new aggregate's first save)
 * @param auditHash the hash that ends its audit trail, which the next audit entry links to
 */
public record Versioned<A>(A aggregate, long version, String auditHash) {

    public Versioned {
        Objects.requireNonNull(aggregate, "aggregate");
        auditHash = auditHash == null ? "" : auditHash;
    }
}
