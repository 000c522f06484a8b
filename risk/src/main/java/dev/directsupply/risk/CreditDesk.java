package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DirectSupplyException;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.Violation;
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
import dev.directsupply.risk.account.CreditAccountOpened;
import dev.directsupply.risk.account.CreditDecision;
import dev.directsupply.risk.account.CreditRules;
import dev.directsupply.risk.account.Guarantee;
import dev.directsupply.risk.account.GuaranteeType;
import dev.directsupply.risk.account.OrderReference;
import dev.directsupply.risk.account.SettledPayment;
import dev.directsupply.risk.account.ViolationRecord;
import dev.directsupply.risk.credit.CreditReport;
import dev.directsupply.risk.credit.CreditReportId;
import dev.directsupply.risk.credit.CreditTrigger;
import dev.directsupply.risk.credit.Scorecard;
import dev.directsupply.risk.internal.RiskDocuments;
import dev.directsupply.persistence.StoreException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Credit standing as a service (DS-3.3.2, DS-4.1.2, DS-6.2.1): opens each customer's credit account,
 * grades customers with the explainable scorecard (keeping every evaluation as a credit report), keeps
 * limits, terms and stops, and checks and reserves credit for orders. Every call names its actor,
 * is permission-checked and validated, and changes one account atomically — a reservation is decided
 * and recorded in one versioned write, so concurrent orders can never together exceed the limit.
 */
public final class CreditDesk {
    public static final String ACCOUNTS = "credit-accounts";
    public static final String REPORTS = "credit-reports";
    /** Attempts per command before a conflict reaches the caller: ample for bursts of orders on one customer. */
    static final int RETRIES = Retry.ATTEMPTS;
    private static final int MONTHS_OF_VIOLATIONS = 36;
    private static final int MONTHS_OF_PAYMENT_RECORD = 12;

    private final DocumentStore store;
    private final AggregateRepository<CreditAccount> accounts;
    private final AggregateRepository<CreditReport> reports;
    private final CommandValidator validator;
    private final AccessPolicy access;
    private final RiskParameters parameters;
    private final CreditRules rules;
    private final CustomerDirectory customers;
    private final CompanyFacts companies;
    private final Clock clock;

    public CreditDesk(DocumentStore store, CommandValidator validator, AccessPolicy access, RiskParameters parameters,
                      CustomerDirectory customers, CompanyFacts companies, AuditSeal seal, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.accounts = new AggregateRepository<>(store, ACCOUNTS, RiskDocuments.ACCOUNTS, JsonEventCodec.INSTANCE, seal,
            clock);
        this.reports = new AggregateRepository<>(store, REPORTS, RiskDocuments.REPORTS, JsonEventCodec.INSTANCE, seal,
            clock);
        this.validator = Objects.requireNonNull(validator, "validator");
        this.access = Objects.requireNonNull(access, "access");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.rules = parameters.rules();
        this.customers = Objects.requireNonNull(customers, "customers");
        this.companies = Objects.requireNonNull(companies, "companies");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RiskParameters parameters() {
        return parameters;
    }

    CreditRules rules() {
        return rules;
    }

    AggregateRepository<CreditAccount> accountRepository() {
        return accounts;
    }

    // ------------------------------------------------------------------------------ grading

    /**
     * Evaluates a customer's credit with the scorecard (DS-3.3.2), keeps the report, and records the
     * grade on the account — opening the account first if the customer has none — in one atomic write.
     */
    public CreditReport evaluate(Actor actor, EvaluateCredit command) {
        access.check(actor, RiskPermissions.EVALUATE_CREDIT);
        validator.validate(command);
        return evaluate(actor, command.customerId(), CreditTrigger.valueOf(command.trigger()));
    }

    CreditReport evaluate(Actor actor, CustomerId customer, CreditTrigger trigger) {
        return evaluate(actor, customer, trigger, Changed::nothing);
    }

    /**
     * Changes the account by {@code before}, then grades it as changed, keeping the report: one
     * atomic write, so a violation or a default is never recorded without the re-grading it calls for.
     */
    private CreditReport evaluate(Actor actor, CustomerId customer, CreditTrigger trigger,
                                  Function<CreditAccount, Changed<CreditAccount>> before) {
        return Retry.onConflict(RETRIES, () -> {
            Versioned<CreditAccount> current = accountOf(customer);
            UnitOfWork work = new UnitOfWork(store);
            Regraded regraded = regrade(work, actor, before.apply(current.aggregate()), trigger);
            work.save(accounts, current, withOpening(current, regraded.account()), actor, "EvaluateCredit");
            work.commit();
            return regraded.report();
        });
    }

    /** An account graded anew, and the report it was graded by. */
    record Regraded(Changed<CreditAccount> account, CreditReport report) {
    }

    /**
     * Evaluates the account as changed so far with the scorecard and records the grade after that
     * change; the report joins the unit of work, the caller saves the account in it.
     */
    Regraded regrade(UnitOfWork work, Actor actor, Changed<CreditAccount> sofar, CreditTrigger trigger) {
        CreditAccount account = sofar.aggregate();
        Changed<CreditReport> issued = CreditReport.issue(CreditReportId.random(), account.customerId(), trigger,
            inputs(account.customerId(), account), parameters.credit().scorecard(), parameters.version(), actor, clock);
        work.create(reports, issued, actor, "EvaluateCredit");
        CreditReport report = issued.aggregate();
        return new Regraded(sofar.andThen(changed -> changed.grade(report.evaluation(), report.id(), trigger,
            parameters.credit().regradeIntervalDays(), rules, clock)), report);
    }

    /** Re-grades every customer whose regular re-grading is due (DS-6.2.1); returns who was re-graded. */
    public List<CustomerId> regradeDue(Actor actor) {
        access.check(actor, RiskPermissions.EVALUATE_CREDIT);
        LocalDate today = LocalDate.now(clock);
        List<CustomerId> due = new ArrayList<>();
        accounts.forEach(500, account -> {
            LocalDate next = account.aggregate().nextRegradeOn();
            if (next != null && !next.isAfter(today)) {
                due.add(account.aggregate().customerId());
            }
        }, (unreadable, cause) -> {
            // An account this SDK cannot read cannot be re-graded by it; the others go on.
        });
        List<CustomerId> regraded = new ArrayList<>(due.size());
        for (CustomerId customer : due) {
            try {
                evaluate(actor, customer, CreditTrigger.SCHEDULED);
                regraded.add(customer);
            } catch (DirectSupplyException | StoreException failed) {
                // Still due: the next run tries again; one customer does not stop the others.
            }
        }
        return regraded;
    }

    /** The scorecard's inputs for a customer as of today: its payment record and outside facts. */
    Map<String, String> inputs(CustomerId customer, CreditAccount account) {
        LocalDate today = LocalDate.now(clock);
        CompanyData company = companies.about(customer);
        Map<String, String> outside = new HashMap<>(company.more());
        company.foundedOn().ifPresent(founded -> outside.put("yearsInBusiness",
            BigDecimal.valueOf(ChronoUnit.MONTHS.between(founded, today))
                .divide(BigDecimal.valueOf(12), 1, RoundingMode.DOWN).toPlainString()));
        company.registeredCapital().ifPresent(capital -> outside.put("registeredCapital",
            capital.amount().toPlainString()));
        company.externalRating().ifPresent(rating -> outside.put("externalRating", rating));
        // Outside facts the scorecard cannot score (a rating "AA+" its bands do not know) count as
        // missing, by each factor's rule, rather than refusing a command the caller sent without them;
        // the value is kept in the report, under "unscored.<factor>", for whoever reads it.
        Map<String, String> inputs = new HashMap<>();
        Scorecard card = parameters.credit().scorecard();
        outside.forEach((factor, value) -> inputs.put(card.accepts(factor, value) ? factor : "unscored." + factor,
            value));
        inputs.put("maxDaysPastDue", Long.toString(worstDaysPastDue(account, today)));
        trend(account.settledPayments()).ifPresent(trend -> inputs.put("daysPastDueTrend", trend.toPlainString()));
        long violations = account.violations().stream()
            .filter(v -> v.on().isAfter(today.minusMonths(MONTHS_OF_VIOLATIONS))).count();
        inputs.put("violations", Long.toString(violations));
        customers.find(customer).ifPresent(facts -> inputs.put("industry", facts.industry().name()));
        return inputs;
    }

    /**
     * The most days past due in the last twelve months: of the open invoices today, and of those
     * settled — paid late or written off — in that time. A bad debt written off does not improve the
     * customer's record by leaving the open items.
     */
    static long worstDaysPastDue(CreditAccount account, LocalDate today) {
        long worst = account.maxDaysPastDue(today);
        for (SettledPayment settled : account.settledPayments()) {
            if (settled.settledOn().isAfter(today.minusMonths(MONTHS_OF_PAYMENT_RECORD))) {
                worst = Math.max(worst, settled.daysLate());
            }
        }
        return worst;
    }

    /**
     * How much later the customer pays now than before: the average days late of the later half of
     * its last settled invoices less that of the earlier half; unknown with fewer than four.
     */
    static java.util.Optional<BigDecimal> trend(List<SettledPayment> payments) {
        if (payments.size() < 4) {
            return java.util.Optional.empty();
        }
        List<SettledPayment> recent = payments.subList(Math.max(0, payments.size() - 12), payments.size());
        int half = recent.size() / 2;
        return java.util.Optional.of(average(recent.subList(recent.size() - half, recent.size()))
            .subtract(average(recent.subList(0, half))));
    }

    private static BigDecimal average(List<SettledPayment> payments) {
        long sum = 0;
        for (SettledPayment payment : payments) {
            sum += payment.daysLate();
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(payments.size()), 1, RoundingMode.HALF_UP);
    }

    // ---------------------------------------------------------------------- checks and reservations

    /** The credit check for an amount, reserving nothing (DS-4.1.2). */
    public CreditDecision check(Actor actor, CheckCredit command) {
        access.check(actor, RiskPermissions.CHECK_CREDIT);
        validator.validate(command);
        CreditAccount account = accountOf(command.customerId()).aggregate();
        return rules.decide(account, null, money(command.amount()), LocalDate.now(clock));
    }

    /**
     * Checks an order and reserves its credit or holds it, atomically with every other order of the
     * customer (DS-4.1.2). The same order again returns the standing decision.
     */
    public CreditDecision reserve(Actor actor, ReserveCredit command) {
        access.check(actor, RiskPermissions.CHECK_CREDIT);
        validator.validate(command);
        OrderReference order = OrderReference.of(command.order());
        Money amount = money(command.amount());
        return Retry.onConflict(RETRIES, () -> {
            Versioned<CreditAccount> current = accountOf(command.customerId());
            CreditAccount.Reserved reserved = current.aggregate().reserve(order, amount, rules, clock);
            accounts.save(current, withOpening(current, reserved.change()), actor, "ReserveCredit");
            return reserved.decision();
        });
    }

    /** An order was cancelled: its reservation or hold ends, and held orders are re-checked. */
    public CreditAccount release(Actor actor, ReleaseCredit command) {
        access.check(actor, RiskPermissions.CHECK_CREDIT);
        validator.validate(command);
        return change(actor, command.customerId(), "ReleaseCredit",
            account -> account.release(OrderReference.of(command.order()), command.reason().strip(), rules, clock));
    }

    /** An order was delivered; its reservation counts as delivered-but-uninvoiced. */
    public CreditAccount markDelivered(Actor actor, MarkDelivered command) {
        access.check(actor, RiskPermissions.CHECK_CREDIT);
        validator.validate(command);
        return change(actor, command.customerId(), "MarkDelivered",
            account -> account.markDelivered(OrderReference.of(command.order())));
    }

    /** Releases a held order against the check (DS-4.1.2): finance only, with the reason recorded. */
    public CreditAccount overrideHold(Actor actor, OverrideCreditHold command) {
        access.check(actor, RiskPermissions.OVERRIDE_HOLD);
        validator.validate(command);
        return change(actor, command.customerId(), "OverrideCreditHold",
            account -> account.overrideHold(OrderReference.of(command.order()), command.reason().strip(), actor, clock));
    }

    // ------------------------------------------------------------------------ limits, terms, stops

    /** Sets the limit in place of the table's until the expiry (DS-6.2.1): finance only, with the reason. */
    public CreditAccount overrideLimit(Actor actor, OverrideCreditLimit command) {
        access.check(actor, RiskPermissions.OVERRIDE_LIMIT);
        validator.validate(command);
        return change(actor, command.customerId(), "OverrideCreditLimit", account -> account.overrideLimit(
            money(command.amount()), command.reason().strip(), command.expiresOn(), actor, rules, clock));
    }

    /** Records a guarantee (DS-3.3.2); held orders waiting for one are re-checked. */
    public CreditAccount recordGuarantee(Actor actor, RecordGuarantee command) {
        access.check(actor, RiskPermissions.MANAGE_CREDIT_TERMS);
        validator.validate(command, c -> c.validFrom() != null && c.validUntil() != null
            && c.validUntil().isBefore(c.validFrom())
            ? List.of(Violation.of("validUntil", "risk.constraint.valid-until", "DS-3.3.2",
                Map.of("validFrom", c.validFrom())))
            : List.of());
        Guarantee guarantee = new Guarantee(GuaranteeType.valueOf(command.type()), money(command.amount()),
            command.guarantor().strip(), command.validFrom(), command.validUntil(), actor.id());
        return change(actor, command.customerId(), "RecordGuarantee",
            account -> account.recordGuarantee(guarantee, rules, clock));
    }

    /** Puts the customer on credit stop or lifts a person's stop. */
    public CreditAccount setCreditStop(Actor actor, SetCreditStop command) {
        access.check(actor, RiskPermissions.MANAGE_CREDIT_TERMS);
        validator.validate(command);
        return change(actor, command.customerId(), "SetCreditStop",
            account -> account.setManualStop(command.stopped(), command.reason().strip(), rules, clock));
    }

    /** Puts a violation on record and re-grades the customer (DS-6.2.1 trigger). */
    public CreditReport recordViolation(Actor actor, RecordViolation command) {
        access.check(actor, RiskPermissions.EVALUATE_CREDIT);
        validator.validate(command);
        ViolationRecord violation = new ViolationRecord(command.on(), command.description().strip(),
            command.source().strip(), actor.id());
        return evaluate(actor, command.customerId(), CreditTrigger.VIOLATION_RECORDED,
            account -> account.recordViolation(violation, clock));
    }

    /** The customer's purchase scale changed (from the customer module): the table's limit follows. */
    public CreditAccount changeScaleTier(Actor actor, CustomerId customer, ScaleTier tier) {
        access.check(actor, RiskPermissions.MANAGE_CREDIT_TERMS);
        requireId(customer, "customerId");
        if (tier == null) {
            throw new InvalidCommand("ScaleTier", List.of(Violation.constraint("tier", "NotNull", "DS-2.2.1")));
        }
        return change(actor, customer, "ChangeScaleTier", account -> account.changeScaleTier(tier, rules, clock));
    }

    // ---------------------------------------------------------------------------------- reading

    /** The customer's credit account: grade, limit, terms, exposure, reservations and holds. */
    public CreditAccount account(Actor actor, CustomerId customer) {
        access.check(actor, RiskPermissions.VIEW_CREDIT);
        requireId(customer, "customerId");
        return accounts.get(customer.value()).aggregate();
    }

    /** The customer's credit reports, newest first. */
    public List<CreditReport> reports(Actor actor, CustomerId customer) {
        access.check(actor, RiskPermissions.VIEW_CREDIT);
        requireId(customer, "customerId");
        List<CreditReport> found = new ArrayList<>();
        reports.findBy("customerId", customer.value()).forEach(report -> found.add(report.aggregate()));
        found.sort(Comparator.comparing(CreditReport::evaluatedAt).reversed());
        return found;
    }

    // -------------------------------------------------------------------------------- mechanics

    /**
     * The customer's account as stored or, for a customer without one yet, as it would be opened
     * from the customer directory — at version 0, not stored. The first change saved through
     * {@link #withOpening} stores it, opening and change in one write; a read or a refused command
     * stores nothing.
     */
    Versioned<CreditAccount> accountOf(CustomerId customer) {
        requireId(customer, "customerId");
        return accounts.find(customer.value()).orElseGet(() -> {
            CustomerFacts facts = customers.find(customer).orElseThrow(() -> new NotFound("customers", customer.value()));
            return new Versioned<>(CreditAccount.open(customer, facts.customerSince(), facts.scaleTier(), rules, clock)
                .aggregate(), 0, "");
        });
    }

    /** The change to save for an account read by {@link #accountOf}: a new account's opening goes with it. */
    Changed<CreditAccount> withOpening(Versioned<CreditAccount> current, Changed<CreditAccount> change) {
        if (current.version() > 0 || change.isNothing()) {
            return change;
        }
        CreditAccount opened = current.aggregate();
        List<DomainEvent> events = new ArrayList<>(change.events().size() + 1);
        events.add(new CreditAccountOpened(opened.customerId(), opened.openedOn(), clock.instant()));
        events.addAll(change.events());
        return Changed.to(change.aggregate(), events);
    }

    private CreditAccount change(Actor actor, CustomerId customer, String action,
                                 Function<CreditAccount, Changed<CreditAccount>> decide) {
        return Retry.onConflict(RETRIES, () -> {
            Versioned<CreditAccount> current = accountOf(customer);
            return accounts.save(current, withOpening(current, decide.apply(current.aggregate())), actor, action)
                .aggregate();
        });
    }

    Money money(BigDecimal amount) {
        return Money.of(amount, rules.limits().currency());
    }

    /** A null id is a bad command naming its field, e.g. {@code riskId}. */
    static void requireId(Object id, String field) {
        if (id == null) {
            throw new InvalidCommand(field, List.of(Violation.constraint(field, "NotNull", "")));
        }
    }
}
