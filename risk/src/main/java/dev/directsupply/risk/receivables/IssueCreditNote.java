package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.risk.account.InvoiceId;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Take an amount off an invoice (a return, a price correction), with the reason. */
public record IssueCreditNote(@NotNull InvoiceId invoiceId, @NotBlank @Size(max = 64) String reference,
                              @NotNull @PastOrPresent LocalDate issuedOn,
                              @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
                              @MultiLine @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public Permission permission() {
        return ReceivablesPermissions.RECORD_PAYMENT;
    }
}
