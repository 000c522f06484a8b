package dev.directsupply.sdk;

import dev.directsupply.delivery.shipment.PlanShipment;
import dev.directsupply.delivery.shipment.ShipmentPermissions;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.orders.order.OrderId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Plans a shipment of an order's ready goods (DS-4.2): the day they are to leave, the route as logistics knows
 * it, and for each order line how many go, from which lot, and how they travel. Everything else — customer,
 * place, promised day, urgency, the shelf life agreed — is taken from the order and its agreement.
 */
public record ShipOrderGoods(@NotNull OrderId orderId, @NotNull LocalDate dispatchOn, @Valid @NotNull Route route,
                             @NotEmpty @Size(max = 200) List<@NotNull @Valid LotLine> lines) implements Command {

    @Override
    public Permission permission() {
        return ShipmentPermissions.PLAN;
    }

    /** How far the agreed place is by road, whether it is abroad, and whether the customer collects the goods. */
    public record Route(@NotNull @InRange(min = 0, max = 40_000, rule = "DS-4.2.1") Integer distanceKm,
                       @NotNull Boolean overseas, @NotNull Boolean pickedUp) {
    }

    /** So many of an order line's goods, from one lot, and how a unit travels. */
    public record LotLine(@NotNull @InRange(min = 1, max = 10_000) Integer orderLine,
                          @NotNull @Positive @DecimalMax("1e9") BigDecimal quantity,
                          @Valid @NotNull PlanShipment.LotDetails lot,
                          @Valid @NotNull PlanShipment.CargoDetails cargo) {
    }
}
