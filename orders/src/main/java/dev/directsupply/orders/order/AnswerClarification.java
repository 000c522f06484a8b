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
import java.util.List;

/**
 * Record the customer's answer to the review's questions (DS-4.1.2); the answer may amend the
 * order (new quantities, date or place), which makes a new revision. The order is then reviewed again.
 *
 * @param contact the customer's person who answered
 */
public record AnswerClarification(@NotNull OrderId orderId, @MultiLine @NotBlank @Size(max = 2000) String answer,
                                  @Size(max = 100) String contact,
                                  @NotNull @OneOf(Channel.class) String channel,
                                  @Size(max = 200) List<@NotNull @Valid LineChange> quantities,
                                  @FutureOrPresent LocalDate requestedDeliveryDate,
                                  @Size(max = 64) String deliveryPlace) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.COMMUNICATE;
    }

    /** Each order line is named once. */
    @Override
    public List<Violation> crossFieldViolations() {
        return LineNumbers.namedTwice(quantities, LineChange::line, "quantities");
    }
}
