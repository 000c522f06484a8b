package dev.directsupply.delivery.shipment;

import dev.directsupply.delivery.inspection.InspectionId;
import dev.directsupply.delivery.label.PackageLabel;
import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How a shipment was made ready: the passed final inspection that cleared each lot (DS-6.2.3), by
 * {@code product/lot}, and the label of each package (DS-4.2.2).
 */
public record Preparation(Map<String, InspectionId> clearances, List<PackageLabel> labels) {
    public static final Preparation NONE = new Preparation(Map.of(), List.of());

    public Preparation {
        Require.nonNull(clearances, "clearances", labels, "labels");
        clearances = Map.copyOf(clearances);
        labels = List.copyOf(labels);
    }

    Preparation cleared(Map<String, InspectionId> by) {
        return new Preparation(by, labels);
    }

    Preparation packed(List<PackageLabel> with) {
        return new Preparation(clearances, with);
    }

    /** The quantity the labels of a shipment line add up to. */
    public BigDecimal labelled(int line) {
        return labels.stream().filter(label -> label.line() == line).map(PackageLabel::quantity)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
