package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DirectSupplyException;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.kernel.store.AggregateRepository;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Retry;
import dev.directsupply.kernel.store.UnitOfWork;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.risk.account.CreditAccount;
import dev.directsupply.risk.account.DunningLevelReached;
import dev.directsupply.risk.account.OpenItem;
import dev.directsupply.risk.account.OrderReference;
import dev.directsupply.risk.account.Sale;
import dev.directsupply.risk.credit.CreditTrigger;
import dev.directsupply.risk.internal.RiskDocuments;
import dev.directsupply.risk.receivables.Ageing;
import dev.directsupply.risk.receivables.DaysSalesOutstanding;
import dev.directsupply.risk.receivables.Invoice;
import dev.directsupply.risk.receivables.InvoiceAlreadyIssued;
import dev.directsupply.risk.receivables.InvoiceId;
import dev.directsupply.risk.receivables.InvoiceStatus;
import dev.directsupply.persistence.StoreException;
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
public final class ReceivablesLedger {
    public static final String INVOICES = "invoices";

    private final DocumentStore store;
    private final AggregateRepository<Invoice> invoices;
    private final CreditDesk credit;
    private final CommandValidator validator;
    private final AccessPolicy access;
    private final RiskParameters parameters;
    private final Clock clock;

    public ReceivablesLedger(DocumentStore store, CommandValidator validator, AccessPolicy access, CreditDesk credit,
                             AuditSeal seal, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.invoices = new AggregateRepository<>(store, INVOICES, RiskDocuments.INVOICES, JsonEventCodec.INSTANCE, seal,
            clock);
        this.credit = Objects.requireNonNull(credit, "credit");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.access = Objects.requireNonNull(access, "access");
        this.parameters = credit.parameters();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Issues an invoice due after the customer's current payment terms; the order it bills gives up
     * its reservation, and the invoice joins the customer's open items. The same invoice again returns
     * it; its number with other figures is refused ({@code InvoiceAlreadyIssued}).
     */
    public Invoice issueInvoice(Actor actor, IssueInvoice command) {
        access.check(actor, RiskPermissions.ISSUE_INVOICE);
        validator.validate(command);
        Money amount = credit.money(command.amount());
        OrderReference order = command.order() == null ? null : OrderReference.of(command.order());
        return Retry.onConflict(CreditDesk.RETRIES, () -> {
            Optional<Versioned<Invoice>> earlier = invoices.find(command.invoiceId().value());
            if (earlier.isPresent()) {
                Invoice same = earlier.get().aggregate();
                if (same.customerId().equals(command.customerId()) && same.amount().equals(amount)
                    && same.orderReference().equals(command.order() == null ? "" : command.order())) {
                    return same;
                }
                throw new InvoiceAlreadyIssued(command.invoiceId());
            }
            Versioned<CreditAccount> account = credit.accountOf(command.customerId());
            Changed<Invoice> issued = Invoice.issue(command.invoiceId(), command.customerId(), command.order(), amount,
                command.issuedOn(), account.aggregate().terms().paymentTermDays(), clock);
            Invoice invoice = issued.aggregate();
            Changed<CreditAccount> booked = account.aggregate().bookInvoice(invoice.id(), order, amount,
                invoice.issuedOn(), invoice.dueDate(), parameters.receivables().dsoPeriodDays(), credit.rules(), clock);
            UnitOfWork work = new UnitOfWork(store);
            work.create(invoices, issued, actor, "IssueInvoice");
            work.save(credit.accountRepository(), account, credit.withOpening(account, booked), actor, "IssueInvoice");
            work.commit();
            return invoice;
        });
    }

    /** Records a payment; what is still owed moves the customer's exposure and overdue state. */
    public Invoice recordPayment(Actor actor, RecordPayment command) {
        access.check(actor, RiskPermissions.RECORD_PAYMENT);
        validator.validate(command);
        Money paid = credit.money(command.amount());
        return settle(actor, command.invoiceId(), "RecordPayment", true, false,
            invoice -> invoice.receivePayment(command.reference().strip(), command.receivedOn(), paid, clock),
            command.receivedOn());
    }

    /** Takes an amount off an invoice with the reason. */
    public Invoice issueCreditNote(Actor actor, IssueCreditNote command) {
        access.check(actor, RiskPermissions.RECORD_PAYMENT);
        validator.validate(command);
        Money credited = credit.money(command.amount());
        return settle(actor, command.invoiceId(), "IssueCreditNote", false, false,
            invoice -> invoice.issueCreditNote(command.reference().strip(), command.issuedOn(), credited,
                command.reason().strip(), clock),
            command.issuedOn());
    }

    /** Writes off what is still owed as bad debt (DS-6.2.1), then re-grades the customer (a payment default). */
    public Invoice writeOff(Actor actor, WriteOffInvoice command) {
        access.check(actor, RiskPermissions.WRITE_OFF);
        validator.validate(command);
        LocalDate today = LocalDate.now(clock);
        return settle(actor, command.invoiceId(), "WriteOffInvoice", false, true,
            invoice -> invoice.writeOff(today, command.reason().strip(), actor, clock), today);
    }

    private Invoice settle(Actor actor, InvoiceId id, String action, boolean paid, boolean writtenOff,
                           Function<Invoice, Changed<Invoice>> decide, LocalDate on) {
        return Retry.onConflict(CreditDesk.RETRIES, () -> {
            Versioned<Invoice> current = invoices.get(id.value());
            Changed<Invoice> changed = decide.apply(current.aggregate());
            if (changed.isNothing()) {
                return current.aggregate();
            }
            Invoice invoice = changed.aggregate();
            Versioned<CreditAccount> account = credit.accountOf(invoice.customerId());
            Changed<CreditAccount> settled = account.aggregate().settle(invoice.id(), invoice.outstanding(), on,
                paid && invoice.status() == InvoiceStatus.SETTLED, writtenOff, parameters.receivables().dunningLevels(),
                credit.rules(), clock);
            UnitOfWork work = new UnitOfWork(store);
            work.save(invoices, current, changed, actor, action);
            if (writtenOff) {
                // A default re-grades the customer (DS-6.2.1) in the same write.
                settled = credit.regrade(work, actor, settled, CreditTrigger.PAYMENT_DEFAULT).account();
            }
            work.save(credit.accountRepository(), account, credit.withOpening(account, settled), actor, action);
            work.commit();
            return invoice;
        });
    }

    /**
     * Runs the dunning levels over every customer's open items (DS-6.2.1): newly reached levels raise
     * events and act (a credit stop stops the customer); an invoice first overdue beyond the trigger
     * days re-grades its customer.
     */
    public DunningRun runDunning(Actor actor) {
        access.check(actor, RiskPermissions.RUN_COLLECTION);
        List<CustomerId> customers = new ArrayList<>();
        List<CustomerId> unreadable = new ArrayList<>();
        credit.accountRepository().forEach(500, account -> {
            if (!account.aggregate().openItems().isEmpty()) {
                customers.add(account.aggregate().customerId());
            }
        }, (id, cause) -> unreadable.add(CustomerId.of(id)));
        List<CustomerId> failed = new ArrayList<>();
        int reached = 0;
        List<CustomerId> regraded = new ArrayList<>();
        for (CustomerId customer : customers) {
            try {
                CreditAccount.Dunned dunned = Retry.onConflict(CreditDesk.RETRIES, () -> dun(actor, customer));
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
    private CreditAccount.Dunned dun(Actor actor, CustomerId customer) {
        Versioned<CreditAccount> current = credit.accountOf(customer);
        CreditAccount.Dunned dunned = current.aggregate().dun(parameters.receivables().dunningLevels(),
            parameters.credit().overdueTriggerDays(), credit.rules(), clock);
        UnitOfWork work = new UnitOfWork(store);
        Changed<CreditAccount> change = dunned.change();
        if (dunned.regradeDue()) {
            change = credit.regrade(work, actor, change, CreditTrigger.OVERDUE_INVOICE).account();
        }
        work.save(credit.accountRepository(), current, credit.withOpening(current, change), actor, "RunDunning");
        work.commit();
        return dunned;
    }

    /** The invoice. */
    public Invoice invoice(Actor actor, InvoiceId id) {
        access.check(actor, RiskPermissions.VIEW_RECEIVABLES);
        CreditDesk.requireId(id, "invoiceId");
        return invoices.get(id.value()).aggregate();
    }

    /** The customer's open receivables by days past due today. */
    public Ageing ageing(Actor actor, CustomerId customer) {
        access.check(actor, RiskPermissions.VIEW_RECEIVABLES);
        CreditAccount account = credit.accountOf(customer).aggregate();
        Ageing.Tally tally = tally();
        account.openItems().forEach(item -> tally.add(item.dueDate(), item.outstanding()));
        return tally.ageing();
    }

    /**
     * The whole portfolio's open receivables by days past due today, in one pass over the accounts. An
     * account this SDK cannot read stops the report with an {@code IllegalStateException} naming it:
     * a total that left it out would understate what is owed.
     */
    public Ageing portfolioAgeing(Actor actor) {
        access.check(actor, RiskPermissions.VIEW_RECEIVABLES);
        Ageing.Tally tally = tally();
        // Only the open items are needed: an account the repository holds is used as it is; any other is
        // read for its open items alone, not built whole.
        store.forEach(CreditDesk.ACCOUNTS, 1_000, document -> {
            List<OpenItem> items = credit.accountRepository().known(document)
                .map(account -> account.aggregate().openItems())
                .orElseGet(() -> RiskDocuments.openItemsOf(document.body()));
            for (OpenItem item : items) {
                tally.add(item.dueDate(), item.outstanding());
            }
        });
        return tally.ageing();
    }

    /** The customer's days sales outstanding over the configured period; empty without sales in it. */
    public Optional<BigDecimal> daysSalesOutstanding(Actor actor, CustomerId customer) {
        access.check(actor, RiskPermissions.VIEW_RECEIVABLES);
        CreditAccount account = credit.accountOf(customer).aggregate();
        return dso(account.exposure().openReceivables(), account.recentSales());
    }

    /** The portfolio's days sales outstanding over the configured period. */
    public Optional<BigDecimal> portfolioDaysSalesOutstanding(Actor actor) {
        access.check(actor, RiskPermissions.VIEW_RECEIVABLES);
        Money zero = Money.zero(credit.rules().limits().currency());
        Money[] receivables = {zero};
        List<Sale> sales = new ArrayList<>();
        credit.accountRepository().forEach(1_000, account -> {
            receivables[0] = receivables[0].plus(account.aggregate().exposure().openReceivables());
            sales.addAll(account.aggregate().recentSales());
        });
        return dso(receivables[0], sales);
    }

    private Optional<BigDecimal> dso(Money receivables, List<Sale> sales) {
        int period = parameters.receivables().dsoPeriodDays();
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
        return Ageing.tally(parameters.receivables().ageingBucketUpperBounds(), LocalDate.now(clock),
            credit.rules().limits().currency());
    }
}
