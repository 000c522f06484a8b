package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;

/**
 * A discrepancy found at the joint acceptance (DS-4.2.4): its kind, the shipment line it is on (null for a late
 * delivery, which is the whole shipment's), the quantity concerned, its evidence, and its resolution once agreed.
 *
 * @param number   its number within the shipment, from 1
 * @param quantity the units short, over, damaged, of the wrong specification or defective; null when late
 */
public record Discrepancy(int number, DiscrepancyKind kind, Integer line, BigDecimal quantity, String evidence,
                          Resolution resolution) {
    public Discrepancy {
        Require.nonNull(kind, "kind", evidence, "evidence");
    }

    public boolean resolved() {
        return resolution != null;
    }

    Discrepancy resolvedBy(Resolution agreed) {
        return new Discrepancy(number, kind, line, quantity, evidence, agreed);
    }
}
