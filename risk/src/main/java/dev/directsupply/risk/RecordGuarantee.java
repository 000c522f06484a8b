package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.validation.OneOf;
import dev.directsupply.risk.account.GuaranteeType;
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
                              @NotNull LocalDate validUntil) {
}
