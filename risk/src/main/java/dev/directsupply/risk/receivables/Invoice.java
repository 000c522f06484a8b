package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.RuleViolation;
import dev.directsupply.kernel.store.Changed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice to a customer (DS-6.1.1): issued for an accepted delivery, due after the customer's
 * payment terms, reduced by payments and credit notes, settled when nothing is owed or written off
 * as bad debt. Immutable.
 *
 * @param orderReference the order it bills, empty when none
 */
public record Invoice(InvoiceId id, CustomerId customerId, String orderReference, LocalDate issuedOn,
                      LocalDate dueDate, Money amount, List<Payment> payments, List<CreditNote> creditNotes,
                      WriteOff writeOff, InvoiceStatus status) {

    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        orderReference = orderReference == null ? "" : orderReference;
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        payments = List.copyOf(payments);
        creditNotes = List.copyOf(creditNotes);
        Objects.requireNonNull(status, "status");
    }

    /** Issues an invoice due {@code paymentTermDays} after {@code issuedOn}. */
    public static Changed<Invoice> issue(InvoiceId id, CustomerId customerId, String orderReference, Money amount,
                                         LocalDate issuedOn, int paymentTermDays, Clock clock) {
        LocalDate due = issuedOn.plusDays(paymentTermDays);
        Invoice invoice = new Invoice(id, customerId, orderReference, issuedOn, due, amount, List.of(), List.of(), null,
            InvoiceStatus.OPEN);
        return Changed.to(invoice, new InvoiceIssued(id, customerId, invoice.orderReference, amount, issuedOn, due,
            clock.instant()));
    }

    /** What is still owed. */
    public Money outstanding() {
        Money owed = amount;
        for (Payment payment : payments) {
            owed = owed.minus(payment.amount());
        }
        for (CreditNote note : creditNotes) {
            owed = owed.minus(note.amount());
        }
        return writeOff == null ? owed : owed.minus(writeOff.amount());
    }

    /** Calendar days past due on the day (0 before the due date), across month ends and leap years. */
    public long daysPastDue(LocalDate day) {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, day));
    }

    /**
     * Records a payment; the same payment reference again with the same amount changes nothing, and
     * more than is owed is refused. An invoice paid in full is settled.
     */
    public Changed<Invoice> receivePayment(String reference, LocalDate receivedOn, Money paid, Clock clock) {
        Optional<Payment> earlier = payments.stream().filter(p -> p.reference().equals(reference)).findFirst();
        if (earlier.isPresent()) {
            if (earlier.get().amount().equals(paid) && earlier.get().receivedOn().equals(receivedOn)) {
                return Changed.nothing(this);
            }
            throw new ConflictingPayment(id, reference);
        }
        InvoiceLifecycle.TABLE.next(status, InvoiceAction.RECEIVE_PAYMENT, this);
        requireNotBeforeIssue(receivedOn, "receivedOn");
        requireWithinOutstanding(paid);
        List<Payment> next = new ArrayList<>(payments);
        next.add(new Payment(reference, receivedOn, paid));
        Invoice paidInvoice = new Invoice(id, customerId, orderReference, issuedOn, dueDate, amount, next, creditNotes,
            writeOff, status);
        Instant now = clock.instant();
        List<DomainEvent> events = new ArrayList<>(2);
        events.add(new PaymentReceived(id, customerId, reference, paid, receivedOn, paidInvoice.outstanding(), now));
        return Changed.to(paidInvoice.settledIfNothingOwed(receivedOn, now, events), events);
    }

    /** Takes an amount off the invoice with a reason; an invoice credited in full is settled. */
    public Changed<Invoice> issueCreditNote(String reference, LocalDate issuedOnDay, Money credited, String reason,
                                            Clock clock) {
        if (creditNotes.stream().anyMatch(note -> note.reference().equals(reference))) {
            throw new ConflictingPayment(id, reference);
        }
        InvoiceLifecycle.TABLE.next(status, InvoiceAction.ISSUE_CREDIT_NOTE, this);
        requireNotBeforeIssue(issuedOnDay, "issuedOn");
        requireWithinOutstanding(credited);
        List<CreditNote> next = new ArrayList<>(creditNotes);
        next.add(new CreditNote(reference, issuedOnDay, credited, reason));
        Invoice creditedInvoice = new Invoice(id, customerId, orderReference, issuedOn, dueDate, amount, payments, next,
            writeOff, status);
        Instant now = clock.instant();
        List<DomainEvent> events = new ArrayList<>(2);
        events.add(new CreditNoteIssued(id, customerId, reference, credited, reason, creditedInvoice.outstanding(),
            now));
        return Changed.to(creditedInvoice.settledIfNothingOwed(issuedOnDay, now, events), events);
    }

    /** Writes off what is still owed as bad debt (DS-6.2.1); the caller has checked the actor may. */
    public Changed<Invoice> writeOff(LocalDate on, String reason, Actor actor, Clock clock) {
        InvoiceStatus next = InvoiceLifecycle.TABLE.next(status, InvoiceAction.WRITE_OFF, this);
        Money owed = outstanding();
        Invoice written = new Invoice(id, customerId, orderReference, issuedOn, dueDate, amount, payments, creditNotes,
            new WriteOff(on, owed, reason, actor.id()), next);
        return Changed.to(written, new BadDebtWrittenOff(id, customerId, owed, reason, actor.id(), clock.instant()));
    }

    private Invoice settledIfNothingOwed(LocalDate on, Instant now, List<DomainEvent> events) {
        if (!outstanding().isZero()) {
            return this;
        }
        InvoiceStatus next = InvoiceLifecycle.TABLE.next(status, InvoiceAction.SETTLE, this);
        events.add(new InvoiceSettled(id, customerId, on, daysPastDue(on), now));
        return new Invoice(id, customerId, orderReference, issuedOn, dueDate, amount, payments, creditNotes, writeOff,
            next);
    }

    private void requireNotBeforeIssue(LocalDate day, String field) {
        if (day.isBefore(issuedOn)) {
            throw new DatedBeforeIssue(id, field, day, issuedOn);
        }
    }

    private void requireWithinOutstanding(Money money) {
        if (money.compareTo(outstanding()) > 0) {
            throw new ExceedsOutstanding(id, money, outstanding());
        }
    }

    /** More than is owed was to be paid or credited. */
    public static final class ExceedsOutstanding extends RuleViolation {
        private static final long serialVersionUID = 1L;

        ExceedsOutstanding(InvoiceId invoice, Money amount, Money outstanding) {
            super("DS-6.2.1", "exceeds-outstanding", "risk.error.exceeds-outstanding",
                Map.of("invoice", invoice.value(), "amount", amount, "outstanding", outstanding));
        }
    }

    /** A payment or credit note dated before the invoice was issued. */
    public static final class DatedBeforeIssue extends RuleViolation {
        private static final long serialVersionUID = 1L;

        DatedBeforeIssue(InvoiceId invoice, String field, LocalDate day, LocalDate issuedOn) {
            super("DS-6.2.1", "dated-before-issue", "risk.error.dated-before-issue",
                Map.of("invoice", invoice.value(), "field", field, "day", day, "issuedOn", issuedOn));
        }
    }

    /** A payment or credit-note reference already used on the invoice came again with other figures. */
    public static final class ConflictingPayment extends RuleViolation {
        private static final long serialVersionUID = 1L;

        ConflictingPayment(InvoiceId invoice, String reference) {
            super("DS-6.2.1", "conflicting-payment", "risk.error.conflicting-payment",
                Map.of("invoice", invoice.value(), "reference", reference));
        }
    }
}
