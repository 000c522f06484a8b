package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.risk.account.InvoiceId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Write off what is still owed on an invoice as bad debt, with the reason (DS-6.2.1). */
public record WriteOffInvoice(@NotNull InvoiceId invoiceId,
                              @MultiLine @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public Permission permission() {
        return ReceivablesPermissions.WRITE_OFF;
    }
}
