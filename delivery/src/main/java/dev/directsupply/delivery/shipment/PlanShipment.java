package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.delivery.label.LabelledGoods;
import dev.directsupply.delivery.label.Lot;
import dev.directsupply.delivery.label.ShelfLife;
import dev.directsupply.delivery.label.ShelfLifeUnit;
import dev.directsupply.delivery.transport.Handling;
import dev.directsupply.delivery.transport.Urgency;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.IdentifierShape;
import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Plans a shipment of an order's goods that are ready (DS-4.2): what delivery needs of the order — its
 * reference, customer, lines with their lots, the agreed place, the day it is to leave, the promised day, the
 * urgency, and the least remaining shelf life agreed with the customer. The customer's strategic importance is
 * read from the customer's record, not given.
 */
public record PlanShipment(@NotBlank @IdentifierShape @Size(max = 64) String order, @NotNull CustomerId customerId,
                           @NotEmpty @Size(max = 200) List<@NotNull @Valid LineDetails> lines,
                           @Valid @NotNull DestinationDetails destination, @Valid @NotNull ScheduleDetails schedule,
                           @NotNull @InRange(min = 0, max = 3650, rule = "DS-4.2.2")
                           Integer minimumRemainingShelfLifeDays)
    implements Command {

    /** When: the day the goods are to leave, the day promised to the customer, and the order's urgency. */
    public record ScheduleDetails(@NotNull LocalDate dispatchOn, @NotNull LocalDate promisedOn,
                                  @NotBlank @OneOf(Urgency.class) String urgency) {
    }

    @Override
    public Permission permission() {
        return ShipmentPermissions.PLAN;
    }

    /** A line: the order line, the goods, how many, from which lot, and how they travel. */
    public record LineDetails(@NotNull @InRange(min = 1, max = 10_000) Integer orderLine,
                              @Valid @NotNull GoodsDetails goods,
                              @NotNull @Positive @DecimalMax("1e9") BigDecimal quantity,
                              @Valid @NotNull LotDetails lot, @Valid @NotNull CargoDetails cargo) {
    }

    /** The goods as their label names them. */
    public record GoodsDetails(@NotBlank @IdentifierShape @Size(max = 64) String product,
                               @NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String specification,
                               @NotBlank @Size(max = 20) String unit) {
        LabelledGoods toGoods() {
            return new LabelledGoods(product, name.strip(), specification.strip(), unit.strip());
        }
    }

    /** The lot: its code, the day it was made, and its shelf life in days or months (DS-4.2.2). */
    public record LotDetails(@NotBlank @IdentifierShape @Size(max = 40) String code,
                             @NotNull @PastOrPresent LocalDate producedOn,
                             @NotNull @InRange(min = 1, max = 36_600, rule = "DS-4.2.2") Integer shelfLife,
                             @NotBlank @OneOf(ShelfLifeUnit.class) String shelfLifeUnit) {
        Lot toLot() {
            return new Lot(code, producedOn, new ShelfLife(shelfLife, ShelfLifeUnit.valueOf(shelfLifeUnit)));
        }
    }

    /** How a unit travels: weight, volume, special handling (DS-4.2.1). */
    public record CargoDetails(@NotNull @PositiveOrZero @DecimalMax("1e6") BigDecimal unitWeightKg,
                               @NotNull @PositiveOrZero @DecimalMax("1e6") BigDecimal unitVolumeM3,
                               @NotNull @Size(max = 3) List<@NotBlank @OneOf(Handling.class) String> handling) {
        Cargo toCargo() {
            EnumSet<Handling> needs = EnumSet.noneOf(Handling.class);
            handling.forEach(name -> needs.add(Handling.valueOf(name)));
            return new Cargo(unitWeightKg, unitVolumeM3, needs);
        }
    }

    /** The agreed delivery place: how far by road, whether abroad, whether collected, the agreed transport days. */
    public record DestinationDetails(@NotBlank @IdentifierShape @Size(max = 40) String code,
                                     @NotBlank @Size(max = 200) String name,
                                     @NotNull @InRange(min = 0, max = 40_000, rule = "DS-4.2.1") Integer distanceKm,
                                     @NotNull Boolean overseas, @NotNull Boolean pickedUp,
                                     @NotNull @InRange(min = 0, max = 365, rule = "DS-4.2.1") Integer transportDays) {
        Destination toDestination() {
            return new Destination(code, name.strip(), distanceKm, overseas, pickedUp, transportDays);
        }
    }

    List<ShipmentLine> toLines() {
        List<ShipmentLine> shipped = new java.util.ArrayList<>();
        for (LineDetails line : lines) {
            shipped.add(new ShipmentLine(shipped.size() + 1, line.orderLine(), line.goods().toGoods(), line.quantity(),
                line.lot().toLot(), line.cargo().toCargo()));
        }
        return shipped;
    }
}
