package dev.directsupply.kernel.store;

import java.util.List;

/**
 * The result of checking every aggregate of one collection (DS-7.2.1): each broken aggregate with the
 * first version at which it breaks.
 *
 * @param collection       the collection
 * @param aggregates       how many aggregates were checked
 * @param entries          how many audit entries their trails hold together
 * @param againstCheckpoint whether a checkpoint was given
 * @param problems         what is wrong with the check itself (a checkpoint forged, or of another
 *                         collection), one sentence each
 * @param broken           the aggregates whose trails are not intact, in id order of the scan (those
 *                         gone since the checkpoint last)
 */
public record CollectionVerification(String collection, long aggregates, long entries, boolean againstCheckpoint,
                                     List<String> problems, List<AuditVerification> broken) {

    public CollectionVerification {
        problems = List.copyOf(problems);
        broken = List.copyOf(broken);
    }

    /** Whether every trail is intact and the check itself was sound. */
    public boolean isIntact() {
        return problems.isEmpty() && broken.isEmpty();
    }
}
