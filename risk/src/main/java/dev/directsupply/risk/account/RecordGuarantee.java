package dev.directsupply.risk.account;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import java.util.List;
import java.util.Map;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Record a credit guarantee (DS-3.3.2): kind, amount, guarantor and the dates it is valid. */
public record RecordGuarantee(@NotNull CustomerId customerId,
                              @NotBlank @OneOf(value = GuaranteeType.class, rule = "DS-3.3.2") String type,
                              @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
                              @NotBlank @Size(max = 200) String guarantor,
                              @NotNull LocalDate validFrom,
                              @NotNull LocalDate validUntil) implements Command {

    @Override
    public Permission permission() {
        return CreditPermissions.MANAGE_CREDIT_TERMS;
    }

    /** A guarantee is valid for a time that does not end before it starts. */
    @Override
    public List<Violation> crossFieldViolations() {
        return validFrom != null && validUntil != null && validUntil.isBefore(validFrom)
            ? List.of(Violation.of("validUntil", "risk.constraint.valid-until", "DS-3.3.2", Map.of("validFrom", validFrom)))
            : List.of();
    }

    /**
     * A guarantee that expired before today secures nothing (DS-3.3.2, DS-6.2.1): it is refused rather
     * than recorded as if it counted — recording it as expired would look like cover in the account's
     * history while giving none, and an expiry in the past is far more often a slip of the keyboard.
     * One that ends before it starts is named by {@link #crossFieldViolations()} alone.
     */
    public List<Violation> expiryViolations(LocalDate today) {
        boolean endsBeforeItStarts = validFrom != null && validUntil != null && validUntil.isBefore(validFrom);
        return validUntil != null && validUntil.isBefore(today) && !endsBeforeItStarts
            ? List.of(Violation.of("validUntil", "risk.constraint.guarantee-expired", "DS-3.3.2",
                Map.of("validUntil", validUntil, "today", today)))
            : List.of();
    }
}
