package dev.directsupply.kernel.store;

import java.util.List;

/**
 * The result of checking one document's audit trail against its hash chain and its current body.
 *
 * @param collection the document's collection
 * @param id         the document's id
 * @param entries    how many entries the trail holds
 * @param problems   what is wrong, one sentence each; empty when the trail is intact
 */
public record AuditVerification(String collection, String id, int entries, List<String> problems) {

    public AuditVerification {
        problems = List.copyOf(problems);
    }

    public boolean isIntact() {
        return problems.isEmpty();
    }
}
