package dev.directsupply.delivery.shipment;

import dev.directsupply.delivery.label.LabelledGoods;
import dev.directsupply.delivery.label.Lot;
import dev.directsupply.delivery.transport.Load;
import dev.directsupply.kernel.Require;
import java.math.BigDecimal;

/**
 * A line of a shipment: goods of one lot for one line of the order. An order line shipped from two lots is two
 * shipment lines.
 *
 * @param number    the line's number within the shipment, from 1
 * @param orderLine the order line the goods are for
 */
public record ShipmentLine(int number, int orderLine, LabelledGoods goods, BigDecimal quantity, Lot lot,
                           Cargo cargo) {
    public ShipmentLine {
        Require.nonNull(goods, "goods", quantity, "quantity", lot, "lot", cargo, "cargo");
    }

    /** The lot as inspections know it: {@code product/lot}. */
    public String lotKey() {
        return goods.product() + "/" + lot.code();
    }

    public Load load() {
        return new Load(cargo.unitWeightKg().multiply(quantity), cargo.unitVolumeM3().multiply(quantity));
    }
}
