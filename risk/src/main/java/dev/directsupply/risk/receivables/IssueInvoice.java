package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Permission;
import dev.directsupply.risk.account.OrderReference;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.risk.account.InvoiceId;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Issue an invoice for an accepted delivery (DS-6.1.1). It is due after the payment terms of the customer's
 * cooperation agreement, which the mitigation table may shorten for a risky customer — graded below the
 * minimum, ungraded or overdue — and never lengthens (DS-6.2.1).
 *
 * @param order                 when given, the order it bills, whose reservation it takes over
 * @param agreedPaymentTermDays the agreement's days from invoice to payment; {@code null} when none is agreed,
 *                              and the mitigation table's days stand
 */
public record IssueInvoice(@NotNull InvoiceId invoiceId, @NotNull CustomerId customerId,
                           OrderReference order,
                           @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
                           @NotNull @PastOrPresent LocalDate issuedOn,
                           @InRange(min = 0, max = 365, rule = "DS-6.2.1") Integer agreedPaymentTermDays)
    implements Command {

    /** An invoice where no payment terms are agreed: the mitigation table's stand. */
    public IssueInvoice(InvoiceId invoiceId, CustomerId customerId, OrderReference order, BigDecimal amount,
                        LocalDate issuedOn) {
        this(invoiceId, customerId, order, amount, issuedOn, null);
    }

    @Override
    public Permission permission() {
        return ReceivablesPermissions.ISSUE_INVOICE;
    }
}
