package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import dev.directsupply.kernel.RuleViolation;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.risk.account.InvoiceId;
import dev.directsupply.risk.account.OrderReference;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An invoice to a customer (DS-6.1.1): what it bills ({@link Billing}), what came in against it
 * ({@link Settlements}), and where it stands ({@link InvoiceLifecycle}) — open while something is owed,
 * settled when nothing is, written off as bad debt when it will not be paid. Immutable.
 */
public record Invoice(InvoiceId id, Billing billing, Settlements settlements, InvoiceStatus status) {

    public Invoice {
        Require.nonNull(id, "id", billing, "billing", settlements, "settlements", status, "status");
    }

    /** Issues an invoice due {@code paymentTermDays} after it was issued. */
    public static Changed<Invoice> issue(InvoiceId id, CustomerId customerId, OrderReference order, Money amount,
                                         LocalDate issuedOn, int paymentTermDays, Clock clock) {
        Billing billing = new Billing(customerId, order, issuedOn, issuedOn.plusDays(paymentTermDays), amount);
        Invoice invoice = new Invoice(id, billing, Settlements.none(), InvoiceStatus.OPEN);
        return Changed.to(invoice, new InvoiceIssued(id, billing, clock.instant()));
    }

    public CustomerId customerId() {
        return billing.customerId();
    }

    public Money amount() {
        return billing.amount();
    }

    public LocalDate issuedOn() {
        return billing.issuedOn();
    }

    public LocalDate dueDate() {
        return billing.dueDate();
    }

    public List<Payment> payments() {
        return settlements.payments();
    }

    public List<CreditNote> creditNotes() {
        return settlements.creditNotes();
    }

    /** The write-off, or null unless written off. */
    public WriteOff writeOff() {
        return settlements.writeOff();
    }

    /** The order it bills, or null. */
    public OrderReference order() {
        return billing.order();
    }

    /** What is still owed. */
    public Money outstanding() {
        return settlements.outstanding(billing.amount());
    }

    /** Calendar days past due on the day (0 before the due date), across month ends and leap years. */
    public long daysPastDue(LocalDate day) {
        return Math.max(0, ChronoUnit.DAYS.between(billing.dueDate(), day));
    }

    /**
     * Records a payment; the same payment reference again with the same amount changes nothing, and
     * more than is owed is refused. An invoice paid in full is settled.
     */
    public Changed<Invoice> receivePayment(Payment payment, Clock clock) {
        Optional<Payment> earlier = settlements.payment(payment.reference());
        if (earlier.isPresent()) {
            if (earlier.get().equals(payment)) {
                return Changed.nothing(this);
            }
            throw new ConflictingPayment(id, payment.reference());
        }
        requireSettlement(InvoiceAction.RECEIVE_PAYMENT, payment.receivedOn(), "receivedOn", payment.amount());
        Invoice paid = with(settlements.with(payment));
        Instant now = clock.instant();
        return paid.settledIfNothingOwed(payment.receivedOn(), now,
            new PaymentReceived(id, customerId(), payment, paid.outstanding(), now));
    }

    /** Takes an amount off the invoice with a reason; an invoice credited in full is settled. */
    public Changed<Invoice> issueCreditNote(CreditNote note, Clock clock) {
        if (settlements.hasCreditNote(note.reference())) {
            throw new ConflictingPayment(id, note.reference());
        }
        requireSettlement(InvoiceAction.ISSUE_CREDIT_NOTE, note.issuedOn(), "issuedOn", note.amount());
        Invoice credited = with(settlements.with(note));
        Instant now = clock.instant();
        return credited.settledIfNothingOwed(note.issuedOn(), now,
            new CreditNoteIssued(id, customerId(), note, credited.outstanding(), now));
    }

    /** Writes off what is still owed as bad debt (DS-6.2.1). */
    public Changed<Invoice> writeOff(LocalDate on, String reason, Actor actor, Clock clock) {
        InvoiceStatus next = InvoiceLifecycle.TABLE.next(status, InvoiceAction.WRITE_OFF, this);
        Money owed = outstanding();
        Invoice written = new Invoice(id, billing, settlements.with(new WriteOff(on, owed, reason, actor.id())), next);
        return Changed.to(written, new BadDebtWrittenOff(id, customerId(), owed, reason, actor.id(), clock.instant()));
    }

    /**
     * What a payment or credit note on the day needs: the table allows it, it is not dated before the
     * invoice was issued, and it is no more than is owed.
     */
    private void requireSettlement(InvoiceAction action, LocalDate on, String field, Money amount) {
        InvoiceLifecycle.TABLE.require(status, action, this);
        requireNotBeforeIssue(on, field);
        requireWithinOutstanding(amount);
    }

    /** This invoice after a payment or credit note, with its event; settled too once nothing is owed. */
    private Changed<Invoice> settledIfNothingOwed(LocalDate on, Instant now, DomainEvent recorded) {
        List<DomainEvent> events = new ArrayList<>(2);
        events.add(recorded);
        if (!outstanding().isZero()) {
            return Changed.to(this, events);
        }
        InvoiceStatus next = InvoiceLifecycle.TABLE.next(status, InvoiceAction.SETTLE, this);
        events.add(new InvoiceSettled(id, customerId(), on, daysPastDue(on), now));
        return Changed.to(new Invoice(id, billing, settlements, next), events);
    }

    private Invoice with(Settlements next) {
        return new Invoice(id, billing, next, status);
    }

    private void requireNotBeforeIssue(LocalDate day, String field) {
        if (day.isBefore(billing.issuedOn())) {
            throw new DatedBeforeIssue(id, field, day, billing.issuedOn());
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
