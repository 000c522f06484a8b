package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The acceptance made with the customer on arrival (DS-4.2.4): each line checked, the discrepancies found, the
 * customer's decision and who decided for the customer. The discrepancies are derived from the checks — a
 * quantity below or above what was shipped, damage, a wrong specification, a quality defect, an arrival after
 * the promised day — so none is forgotten; each carries its evidence.
 */
public record JointAcceptance(LocalDate on, AcceptanceDecision decision, List<LineCheck> checks,
                              List<Discrepancy> discrepancies, String customerRepresentative, String note,
                              Instant recordedAt) {
    public JointAcceptance {
        Require.nonNull(on, "on", decision, "decision", checks, "checks", discrepancies, "discrepancies");
        Require.nonNull(customerRepresentative, "customerRepresentative", note, "note", recordedAt, "recordedAt");
        checks = List.copyOf(checks);
        discrepancies = List.copyOf(discrepancies);
    }

    /** The discrepancies the checks show against what was shipped and promised. */
    static List<Discrepancy> found(Consignment consignment, List<LineCheck> checks, LocalDate arrivedOn) {
        List<Discrepancy> found = new ArrayList<>();
        for (LineCheck check : checks) {
            ShipmentLine line = consignment.line(check.line()).orElseThrow();
            int compared = check.received().compareTo(line.quantity());
            if (compared < 0) {
                found.add(new Discrepancy(found.size() + 1, DiscrepancyKind.SHORTAGE, line.number(),
                    line.quantity().subtract(check.received()), evidence(check, line, "received "
                    + check.received().toPlainString() + " of " + line.quantity().toPlainString()), null));
            } else if (compared > 0) {
                found.add(new Discrepancy(found.size() + 1, DiscrepancyKind.OVERAGE, line.number(),
                    check.received().subtract(line.quantity()), evidence(check, line, "received "
                    + check.received().toPlainString() + " of " + line.quantity().toPlainString()), null));
            }
            if (!check.specificationAsAgreed()) {
                found.add(new Discrepancy(found.size() + 1, DiscrepancyKind.WRONG_SPECIFICATION, line.number(),
                    check.received(), evidence(check, line, "not " + line.goods().specification()), null));
            }
            if (check.quality() != QualityResult.CONFORMING) {
                found.add(new Discrepancy(found.size() + 1, check.quality() == QualityResult.DAMAGED
                    ? DiscrepancyKind.DAMAGE : DiscrepancyKind.QUALITY_DEFECT, line.number(), check.received(),
                    evidence(check, line, check.quality().name()), null));
            }
        }
        if (arrivedOn.isAfter(consignment.promisedOn())) {
            found.add(new Discrepancy(found.size() + 1, DiscrepancyKind.LATE, null, null,
                "arrived " + arrivedOn + ", promised " + consignment.promisedOn(), null));
        }
        return found;
    }

    private static String evidence(LineCheck check, ShipmentLine line, String fallback) {
        return check.evidence().isBlank() ? "line " + line.number() + ": " + fallback : check.evidence();
    }

    /** The quantity accepted on a line: what was received up to what was shipped, if acceptable; none if rejected. */
    public BigDecimal accepted(ShipmentLine line) {
        if (decision == AcceptanceDecision.REJECT) {
            return BigDecimal.ZERO;
        }
        return checks.stream().filter(check -> check.line() == line.number()).findFirst()
            .map(check -> check.acceptable() ? check.received().min(line.quantity()) : BigDecimal.ZERO)
            .orElse(line.quantity());
    }

    public boolean allResolved() {
        return discrepancies.stream().allMatch(Discrepancy::resolved);
    }

    JointAcceptance resolving(int number, Resolution resolution) {
        List<Discrepancy> next = discrepancies.stream()
            .map(found -> found.number() == number ? found.resolvedBy(resolution) : found).toList();
        return new JointAcceptance(on, decision, checks, next, customerRepresentative, note, recordedAt);
    }
}
