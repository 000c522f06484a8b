package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The customer accepted the goods; the accepted value is billed (DS-6.1.1).
 *
 * @param lines what was accepted per line; all that was shipped when left out
 */
public record AcceptOrder(@NotNull OrderId orderId, @NotNull @PastOrPresent LocalDate acceptedOn,
                          @Size(max = 200) List<@NotNull @Valid AcceptedLine> lines,
                          @MultiLine @Size(max = 500) String note) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.ACCEPT;
    }

    /** Each order line is named once. */
    @Override
    public List<Violation> crossFieldViolations() {
        return LineNumbers.namedTwice(lines, AcceptedLine::line, "lines");
    }
}
