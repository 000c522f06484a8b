package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Amend an order before release by agreement with the customer (DS-6.2.2): quantities, the requested
 * date, the delivery place. It becomes a new revision, reviewed again; the old revision's credit is released.
 */
public record AmendOrder(@NotNull OrderId orderId,
                         @Size(max = 200) List<@NotNull @Valid LineChange> quantities,
                         @FutureOrPresent LocalDate requestedDeliveryDate,
                         @Size(max = 64) String deliveryPlace,
                         @NotBlank @Size(max = 100) String agreedWith,
                         @MultiLine @Size(max = 500) String note,
                         @NotNull @OneOf(Channel.class) String channel) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.AMEND;
    }

    /** Each order line is named once, and there is something to amend (DS-6.2.2). */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> problems = new ArrayList<>(LineNumbers.namedTwice(quantities, LineChange::line,
            "quantities"));
        if ((quantities == null || quantities.isEmpty()) && requestedDeliveryDate == null
            && (deliveryPlace == null || deliveryPlace.isBlank())) {
            problems.add(Violation.of("quantities", "orders.constraint.nothing-to-amend", "DS-6.2.2", Map.of()));
        }
        return problems;
    }
}
