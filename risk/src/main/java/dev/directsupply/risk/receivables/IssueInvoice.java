package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Permission;
import dev.directsupply.risk.account.OrderReference;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.risk.account.InvoiceId;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Issue an invoice for an accepted delivery (DS-6.1.1); it is due after the customer's payment terms.
 * {@code order}, when given, is the order it bills, whose reservation it takes over.
 */
public record IssueInvoice(@NotNull InvoiceId invoiceId, @NotNull CustomerId customerId,
                           OrderReference order,
                           @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
                           @NotNull @PastOrPresent LocalDate issuedOn) implements Command {

    @Override
    public Permission permission() {
        return ReceivablesPermissions.ISSUE_INVOICE;
    }
}
