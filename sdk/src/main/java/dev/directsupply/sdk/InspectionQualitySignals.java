package dev.directsupply.sdk;

import dev.directsupply.delivery.inspection.Inspection;
import dev.directsupply.delivery.inspection.InspectionDesk;
import dev.directsupply.delivery.inspection.InspectionKind;
import dev.directsupply.kernel.Actor;
import dev.directsupply.risk.register.QualitySignal;
import dev.directsupply.risk.register.QualitySignals;
import dev.directsupply.risk.register.RiskSubject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The risk register's quality signals as the SDK measures them by default (DS-6.1.3, DS-6.2.3): for each product
 * line, the share of units sampled at in-process and final inspection found defective, this month and last.
 * Incoming inspections judge suppliers, not what the customer gets, and are left out. Complaint and return rates
 * are not measured here: a host that has them gives its own {@code QualitySignals}.
 */
final class InspectionQualitySignals implements QualitySignals {
    private final Supplier<InspectionDesk> inspections;
    private final Actor system;
    private final Clock clock;

    InspectionQualitySignals(Supplier<InspectionDesk> inspections, Actor system, Clock clock) {
        this.inspections = inspections;
        this.system = system;
        this.clock = clock;
    }

    @Override
    public List<QualitySignal> latest() {
        YearMonth now = YearMonth.now(clock);
        List<QualitySignal> signals = new ArrayList<>();
        for (YearMonth month : List.of(now.minusMonths(1), now)) {
            Map<String, long[]> byProduct = new TreeMap<>();
            for (Inspection inspection : inspections.get().inMonth(system, month)) {
                if (inspection.kind() != InspectionKind.INCOMING) {
                    long[] counts = byProduct.computeIfAbsent(inspection.lot().product(), product -> new long[2]);
                    counts[0] += inspection.result().defective();
                    counts[1] += inspection.plan().sampleSize();
                }
            }
            byProduct.forEach((product, counts) -> signals.add(new QualitySignal(RiskSubject.productLine(product),
                month, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.valueOf(counts[0])
                    .divide(BigDecimal.valueOf(counts[1]), 4, RoundingMode.HALF_UP))));
        }
        return signals;
    }
}
