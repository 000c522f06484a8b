package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Submit an order received through a channel (DS-4.1.1). The idempotency key makes it safe to send
 * again: the same key with the same content returns the same order, however often and from however
 * many threads; the same key with other content is refused ({@code IdempotencyKeyReused}).
 *
 * @param channel           one of {@code Channel}'s names
 * @param customerReference the customer's own order number, if any
 * @param deliveryPlace     the code of a delivery place of the agreement
 * @param urgency           one of {@code Urgency}'s names; NORMAL when left out
 */
public record SubmitOrder(@NotBlank @Size(max = 100) String idempotencyKey,
                          @NotNull CustomerId customerId,
                          @NotNull @OneOf(value = Channel.class, rule = "DS-4.1.1") String channel,
                          @Size(max = 64) String customerReference,
                          @NotEmpty @Size(max = 200) List<@NotNull @Valid SubmittedLine> lines,
                          @NotNull @FutureOrPresent LocalDate requestedDeliveryDate,
                          @NotBlank @Size(max = 64) String deliveryPlace,
                          @OneOf(Urgency.class) String urgency) implements Command {

    @Override
    public Permission permission() {
        return OrderPermissions.SUBMIT;
    }

    /** Each line's amount, and the order's, is an amount of money the SDK can hold (DS-4.1.1). */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> problems = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; lines != null && i < lines.size(); i++) {
            SubmittedLine line = lines.get(i);
            if (line == null || line.quantity() == null || line.unitPrice() == null) {
                continue;
            }
            BigDecimal amount = line.quantity().multiply(line.unitPrice());
            total = total.add(amount);
            if (amount.compareTo(Money.LIMIT) >= 0) {
                problems.add(Violation.of("lines[" + i + "].quantity", "orders.constraint.amount-too-large",
                    "DS-4.1.1", Map.of("amount", amount.toPlainString())));
            }
        }
        if (problems.isEmpty() && total.compareTo(Money.LIMIT) >= 0) {
            problems.add(Violation.of("lines", "orders.constraint.amount-too-large", "DS-4.1.1",
                Map.of("amount", total.toPlainString())));
        }
        return problems;
    }
}
