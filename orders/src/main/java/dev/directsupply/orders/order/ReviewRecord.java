package dev.directsupply.orders.order;

import dev.directsupply.kernel.ActorId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the last review of an order found (DS-4.1.2): completeness and accuracy against the catalogue
 * and the agreement in force, and capacity and inventory per line. It counts only for the revision
 * it reviewed; an amendment calls for a new one.
 *
 * @param agreement     the agreement in force it checked against, empty when there was none
 * @param transportDays how long transport to the delivery place takes
 */
public record ReviewRecord(int revision, Instant at, ActorId by, String agreement, List<ReviewFinding> findings,
                           List<LineSupply> supply, int transportDays) {

    public ReviewRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        agreement = agreement == null ? "" : agreement;
        findings = List.copyOf(findings);
        supply = List.copyOf(supply);
    }

    /** Nothing found: the order is complete, accurate and can be supplied in time. */
    public boolean passed() {
        return findings.isEmpty();
    }

    /** Whether any finding refuses the order outright. */
    public boolean refuses() {
        return findings.stream().anyMatch(ReviewFinding::rejects);
    }

    /** The supply answer for a line. */
    public LineSupply supplyOf(int line) {
        return supply.stream().filter(s -> s.line() == line).findFirst()
            .orElseThrow(() -> new IllegalStateException("the review has no supply answer for line " + line));
    }
}
