package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Record a prepayment the credit check asked for (DS-6.2.1); its reference makes it idempotent. */
public record RecordPrepayment(@NotNull OrderId orderId, @NotBlank @Size(max = 64) String reference,
                               @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
                               @NotNull @PastOrPresent LocalDate receivedOn) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.RECORD_PREPAYMENT;
    }
}
