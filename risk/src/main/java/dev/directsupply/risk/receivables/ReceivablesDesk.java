package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DirectSupplyException;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.service.Accepted;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.service.Work;
import dev.directsupply.kernel.store.AuditVerification;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Checkpoint;
import dev.directsupply.kernel.store.CollectionVerification;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.persistence.StoreException;
import dev.directsupply.risk.account.CreditAccount;
import dev.directsupply.risk.account.CreditAccounts;
import dev.directsupply.risk.account.OverdueState;
import dev.directsupply.risk.credit.CreditGrade;
import dev.directsupply.risk.account.DunningLevelReached;
import dev.directsupply.risk.account.InvoiceId;
import dev.directsupply.risk.account.OpenItem;
import dev.directsupply.risk.account.Sale;
import dev.directsupply.risk.account.Settlement;
import dev.directsupply.risk.credit.CreditTrigger;
import dev.directsupply.risk.receivables.internal.InvoiceDocuments;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Receivables and collection as a service (DS-6.1.1, DS-6.2.1): issues invoices for accepted
 * deliveries, records payments, credit notes and write-offs, ages the receivables of a customer or
 * the whole portfolio, measures days sales outstanding, and runs dunning. Every change to an invoice
 * moves the customer's credit account (its open items, exposure, overdue state and held orders) in
 * the same atomic write.
 */
public final class ReceivablesDesk {
    /** The collection invoices are stored in. */
    public static final String INVOICES = "invoices";

    private final Pipeline pipeline;
    private final Aggregates<Invoice> invoices;
    private final CreditAccounts accounts;
    private final ReceivablesParameters parameters;
    private final CreditGrade riskyBelow;
    private final Clock clock;

    /**
     * @param riskyBelow a customer graded below it counts as risky (DS-6.2.1), as does one overdue or not yet
     *                   graded: the mitigation table may shorten its agreed payment terms. The SDK passes
     *                   {@code credit.minimumGrade}, the grade admission asks for.
     */
    public ReceivablesDesk(Pipeline pipeline, CreditAccounts accounts, ReceivablesParameters parameters,
                           CreditGrade riskyBelow) {
        this.pipeline = pipeline;
        this.invoices = pipeline.aggregates(INVOICES, InvoiceDocuments.INVOICES)
            .scopedBy(invoice -> invoice.customerId().value());
        this.accounts = accounts;
        this.parameters = parameters;
        this.riskyBelow = riskyBelow;
        this.clock = pipeline.clock();
    }

    /**
     * Issues an invoice due after the customer's current payment terms; the order it bills gives up
     * its reservation, and the invoice joins the customer's open items. The same invoice again returns
     * it; its number with other figures is refused ({@code InvoiceAlreadyIssued}).
     */
    public Invoice issueInvoice(Actor actor, IssueInvoice command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Money amount = accounts.money(command.amount());
            Optional<Versioned<Invoice>> earlier = work.findExpectingNone(invoices, command.invoiceId().value());
            if (earlier.isPresent()) {
                Billing same = earlier.get().aggregate().billing();
                if (same.customerId().equals(command.customerId()) && same.amount().equals(amount)
                    && Objects.equals(same.order(), command.order())) {
                    return earlier.get().aggregate();
                }
                throw new InvoiceAlreadyIssued(command.invoiceId());
            }
            Versioned<CreditAccount> account = accounts.of(work, command.customerId());
            int days = paymentTermDays(account.aggregate(), command.agreedPaymentTermDays(), command.issuedOn());
            Invoice invoice = work.create(invoices, Invoice.issue(command.invoiceId(), command.customerId(),
                command.order(), amount, command.issuedOn(), days, clock));
            accounts.save(work, account, account.aggregate().bookInvoice(OpenItem.issued(invoice.id(),
                invoice.dueDate(), amount), command.order(), invoice.issuedOn(), parameters.dsoPeriodDays(),
                accounts.rules(), clock));
            return invoice;
        });
    }

    /**
     * DS-6.2.1: the agreement's payment terms hold, and for a risky customer — graded below the minimum, not
     * graded yet, or overdue — the mitigation table's terms may shorten them, never lengthen them. Without
     * agreed terms, the table's stand.
     */
    private int paymentTermDays(CreditAccount account, Integer agreed, LocalDate issuedOn) {
        // The terms the account carries, or stricter ones if the day already calls for them (a dunning run
        // has not caught up with an invoice that fell due).
        int mitigated = Math.min(account.terms().paymentTermDays(),
            accounts.rules().measuresFor(account, issuedOn).paymentTermDays());
        if (agreed == null) {
            return mitigated;
        }
        boolean risky = account.grade() == null || account.grade().isBelow(riskyBelow)
            || accounts.rules().overdueState(account, issuedOn) != OverdueState.CURRENT;
        return risky ? Math.min(agreed, mitigated) : agreed;
    }

    /** Records a payment; what is still owed moves the customer's exposure and overdue state. */
    public Invoice recordPayment(Actor actor, RecordPayment command) {
        return settle(actor, command, command.invoiceId(), invoice -> invoice.receivePayment(new Payment(
            command.reference().strip(), command.receivedOn(), accounts.money(command.amount())), clock),
            command.receivedOn(), false);
    }

    /**
     * Takes an amount off an invoice with the reason. A note above the {@code creditNoteApprovalAbove}
     * parameter, or on an overdue invoice, writes off what is owed in all but name: it needs the write-off
     * permission too (DS-6.2.1), or finance could zero any invoice without a default on record.
     */
    public Invoice issueCreditNote(Actor actor, IssueCreditNote command) {
        return settle(actor, command, command.invoiceId(), invoice -> {
            boolean large = command.amount().compareTo(parameters.creditNoteApprovalAbove()) > 0;
            if ((large || invoice.daysPastDue(command.issuedOn()) > 0) && !pipeline.allows(actor,
                ReceivablesPermissions.WRITE_OFF)) {
                throw new AccessDenied(actor.id(), ReceivablesPermissions.WRITE_OFF, "DS-6.2.1",
                    large ? "risk.error.credit-note-above-limit" : "risk.error.credit-note-when-overdue");
            }
            return invoice.issueCreditNote(new CreditNote(command.reference().strip(), command.issuedOn(),
                accounts.money(command.amount()), command.reason().strip()), clock);
        }, command.issuedOn(), false);
    }

    /** Writes off what is still owed as bad debt (DS-6.2.1), then re-grades the customer (a payment default). */
    public Invoice writeOff(Actor actor, WriteOffInvoice command) {
        LocalDate today = LocalDate.now(clock);
        return settle(actor, command, command.invoiceId(), invoice -> {
            pipeline.requireSeparate(actor, command.permission(), ReceivablesPermissions.ISSUE_THEN_WRITE_OFF,
                invoices.createdBy(invoice.id()).orElse(null));
            return invoice.writeOff(today, command.reason().strip(), actor, clock);
        }, today, true);
    }

    /** An invoice's change and the account's that follows it, one write; a write-off re-grades in it too. */
    private Invoice settle(Actor actor, Command command, InvoiceId id, Function<Invoice, Changed<Invoice>> decide,
                           LocalDate on, boolean writtenOff) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Versioned<Invoice> current = work.get(invoices, id);
            Changed<Invoice> changed = decide.apply(current.aggregate());
            if (changed.isNothing()) {
                return current.aggregate();
            }
            Invoice invoice = changed.aggregate();
            Versioned<CreditAccount> account = accounts.of(work, invoice.customerId());
            Changed<CreditAccount> settled = account.aggregate().settle(new Settlement(invoice.id(),
                invoice.outstanding(), on, !writtenOff && invoice.status() == InvoiceStatus.SETTLED, writtenOff),
                parameters.dunningLevels(), accounts.rules(), clock);
            work.save(invoices, current, changed);
            if (writtenOff) {
                // A default re-grades the customer (DS-6.2.1) in the same write.
                settled = accounts.regrade(work, settled, CreditTrigger.PAYMENT_DEFAULT).account();
            }
            accounts.save(work, account, settled);
            return invoice;
        });
    }

    /**
     * Runs the dunning levels over every customer's open items (DS-6.2.1): newly reached levels raise
     * events and act (a credit stop stops the customer); an invoice first overdue beyond the trigger
     * days re-grades its customer.
     */
    public DunningRun runDunning(Actor actor) {
        Accepted<RunDunning> run = pipeline.accept(actor, new RunDunning());
        List<CustomerId> customers = new ArrayList<>();
        List<CustomerId> unreadable = new ArrayList<>();
        accounts.accounts().forEach(500, account -> {
            if (!account.aggregate().openItems().isEmpty() && accounts.accounts().inScope(actor, account.aggregate())) {
                customers.add(account.aggregate().customerId());
            }
        }, (id, cause) -> unreadable.add(CustomerId.of(id)));
        List<CustomerId> failed = new ArrayList<>();
        int reached = 0;
        List<CustomerId> regraded = new ArrayList<>();
        for (CustomerId customer : customers) {
            try {
                CreditAccount.Dunned dunned = run.write(work -> dun(work, customer));
                reached += (int) dunned.change().events().stream().filter(DunningLevelReached.class::isInstance)
                    .count();
                if (dunned.regradeDue()) {
                    regraded.add(customer);
                }
            } catch (DirectSupplyException | StoreException stillDue) {
                failed.add(customer); // its levels are reached again on the next run
            }
        }
        return new DunningRun(customers.size(), reached, regraded, failed, unreadable);
    }

    /** One customer's dunning, and the re-grading it triggers, in one write. */
    private CreditAccount.Dunned dun(Work work, CustomerId customer) {
        Versioned<CreditAccount> current = accounts.of(work, customer);
        CreditAccount.Dunned dunned = current.aggregate().dun(parameters.dunningLevels(),
            accounts.credit().overdueTriggerDays(), accounts.rules(), clock);
        Changed<CreditAccount> change = dunned.change();
        if (dunned.regradeDue()) {
            change = accounts.regrade(work, change, CreditTrigger.OVERDUE_INVOICE).account();
        }
        accounts.save(work, current, change);
        return dunned;
    }

    /** The invoice. */
    public Invoice invoice(Actor actor, InvoiceId id) {
        return invoices.get(actor, ReceivablesPermissions.VIEW_RECEIVABLES, id);
    }

    /** The customer's open receivables by days past due today. */
    public Ageing ageing(Actor actor, CustomerId customer) {
        pipeline.authorize(actor, ReceivablesPermissions.VIEW_RECEIVABLES);
        pipeline.requireInScope(actor, ReceivablesPermissions.VIEW_RECEIVABLES, requireCustomer(customer).value());
        CreditAccount account = accounts.stored(customer).aggregate();
        Ageing.Tally tally = tally();
        account.openItems().forEach(item -> tally.add(item.dueDate(), item.outstanding()));
        return tally.ageing();
    }

    /**
     * The whole portfolio's open receivables by days past due today, in one pass over the accounts. An
     * account this SDK cannot read stops the report with an {@code IllegalStateException} naming it:
     * a total that left it out would understate what is owed. The portfolio is the actor's record scope
     * (DS-7.2.2): a sales manager's ageing is their department's.
     */
    public Ageing portfolioAgeing(Actor actor) {
        pipeline.authorize(actor, ReceivablesPermissions.VIEW_RECEIVABLES);
        Ageing.Tally tally = tally();
        // Only the open items are needed: an account held is used as it is; any other is read for its
        // open items alone, not built whole.
        accounts.accounts().forEachDocument(1_000, document -> {
            if (!pipeline.inScope(actor, document.id())) {
                return;
            }
            for (OpenItem item : accounts.openItems(document)) {
                tally.add(item.dueDate(), item.outstanding());
            }
        });
        return tally.ageing();
    }

    /** The customer's days sales outstanding over the configured period; empty without sales in it. */
    public Optional<BigDecimal> daysSalesOutstanding(Actor actor, CustomerId customer) {
        pipeline.authorize(actor, ReceivablesPermissions.VIEW_RECEIVABLES);
        pipeline.requireInScope(actor, ReceivablesPermissions.VIEW_RECEIVABLES, requireCustomer(customer).value());
        CreditAccount account = accounts.stored(customer).aggregate();
        return dso(account.exposure().openReceivables(), account.recentSales());
    }

    /** The portfolio's days sales outstanding over the configured period. */
    public Optional<BigDecimal> portfolioDaysSalesOutstanding(Actor actor) {
        pipeline.authorize(actor, ReceivablesPermissions.VIEW_RECEIVABLES);
        Money zero = Money.zero(accounts.rules().limits().currency());
        Money[] receivables = {zero};
        List<Sale> sales = new ArrayList<>();
        accounts.accounts().forEach(1_000, account -> {
            if (!accounts.accounts().inScope(actor, account.aggregate())) {
                return;
            }
            receivables[0] = receivables[0].plus(account.aggregate().exposure().openReceivables());
            sales.addAll(account.aggregate().recentSales());
        }, (id, unreadable) -> {
            throw new IllegalStateException("credit account " + id + " cannot be read", unreadable);
        });
        return dso(receivables[0], sales);
    }

    private Optional<BigDecimal> dso(Money receivables, List<Sale> sales) {
        int period = parameters.dsoPeriodDays();
        LocalDate from = LocalDate.now(clock).minusDays(period);
        Money sold = Money.zero(receivables.currency());
        for (Sale sale : sales) {
            if (sale.on().isAfter(from)) {
                sold = sold.plus(sale.amount());
            }
        }
        return DaysSalesOutstanding.of(receivables, sold, period);
    }

    private Ageing.Tally tally() {
        return Ageing.tally(parameters.ageingBucketUpperBounds(), LocalDate.now(clock),
            accounts.rules().limits().currency());
    }

    private static CustomerId requireCustomer(CustomerId customer) {
        Aggregates.require(customer);
        return customer;
    }

    // ------------------------------------------------------------ audit verification (DS-7.2.1)
    // One block, kept apart from the commands above: AUDITOR (and MANAGEMENT) check that nothing
    // changed unseen.

    /** The invoice's audit trail (DS-7.2.1): its hash chain, its stored document and look-up attributes. */
    public AuditVerification verifyInvoiceTrail(Actor actor, InvoiceId id) {
        return invoices.auditTrails(actor, ReceivablesPermissions.VERIFY_AUDIT).verify(Aggregates.require(id));
    }

    /** The invoice's audit trail against a checkpoint: a trail cut short, or deleted whole, shows (DS-7.2.1). */
    public AuditVerification verifyInvoiceTrail(Actor actor, InvoiceId id, Checkpoint checkpoint) {
        return invoices.auditTrails(actor, ReceivablesPermissions.VERIFY_AUDIT)
            .verify(Aggregates.require(id), checkpoint);
    }

    /** Every invoice's audit trail, with the first broken version of each broken one (DS-7.2.1). */
    public CollectionVerification verifyInvoiceTrails(Actor actor) {
        return invoices.auditTrails(actor, ReceivablesPermissions.VERIFY_AUDIT).verifyAll();
    }

    /** Every invoice's audit trail against a checkpoint, those deleted since included (DS-7.2.1). */
    public CollectionVerification verifyInvoiceTrails(Actor actor, Checkpoint checkpoint) {
        return invoices.auditTrails(actor, ReceivablesPermissions.VERIFY_AUDIT).verifyAll(checkpoint);
    }

    /** The head of every invoice's trail now, sealed: export it and keep it outside the database (DS-7.2.1). */
    public Checkpoint invoiceCheckpoint(Actor actor) {
        return invoices.auditTrails(actor, ReceivablesPermissions.VERIFY_AUDIT).checkpoint();
    }
}
