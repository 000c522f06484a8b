package dev.directsupply.kernel.store;

import java.util.List;

/**
 * The result of checking one document's audit trail against its hash chain, its current body and
 * attributes, and — when verified against one — a {@link Checkpoint} (DS-7.2.1).
 *
 * @param collection  the document's collection
 * @param id          the document's id
 * @param entries     how many entries the trail holds
 * @param firstBroken the first version at which something is wrong (an entry, the document, or the
 *                    checkpoint's head that the trail no longer reaches); 0 when the trail is intact
 * @param problems    what is wrong, one sentence each; empty when the trail is intact
 */
public record AuditVerification(String collection, String id, int entries, long firstBroken, List<String> problems) {

    public AuditVerification {
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            firstBroken = 0;
        } else if (firstBroken < 1) {
            firstBroken = 1;
        }
    }

    /** A result whose first broken version is not known: the first, when anything is wrong. */
    public AuditVerification(String collection, String id, int entries, List<String> problems) {
        this(collection, id, entries, problems.isEmpty() ? 0 : 1, problems);
    }

    public boolean isIntact() {
        return problems.isEmpty();
    }
}
