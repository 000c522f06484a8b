package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.service.Work;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.risk.credit.CreditParameters;
import dev.directsupply.risk.credit.CreditReport;
import dev.directsupply.risk.credit.CreditReportId;
import dev.directsupply.risk.credit.CreditTrigger;
import dev.directsupply.risk.credit.Scorecard;
import dev.directsupply.risk.account.internal.AccountDocuments;
import dev.directsupply.persistence.Document;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers' credit accounts and credit reports as the module's desks write them in a {@link Work}:
 * an account read or, for a customer without one, opened in the same write as its first change; a
 * re-grading whose report joins the write. The credit desk and the receivables desk share it, so an
 * invoice and the account it moves are one atomic write. The module builds it; a host has no use for it.
 */
public final class CreditAccounts {
    /** The collections accounts and reports are stored in. */
    public static final String ACCOUNTS = "credit-accounts";
    public static final String REPORTS = "credit-reports";
    private static final int MONTHS_OF_VIOLATIONS = 36;
    private static final int MONTHS_OF_PAYMENT_RECORD = 12;

    private final Aggregates<CreditAccount> accounts;
    private final Aggregates<CreditReport> reports;
    private final CreditParameters credit;
    private final Scorecard scorecard;
    private final CreditRules rules;
    private final String policyVersion;
    private final CustomerDirectory customers;
    private final CompanyFacts companies;
    private final Clock clock;

    /**
     * @param policyVersion the version of the policy parameters, which every credit report records
     */
    public CreditAccounts(Pipeline pipeline, CreditParameters credit, CreditRules rules, String policyVersion,
                          CustomerDirectory customers, CompanyFacts companies) {
        // DS-7.2.2: a customer's credit is in the scope of those who reach the customer.
        this.accounts = pipeline.aggregates(ACCOUNTS, AccountDocuments.ACCOUNTS)
            .scopedBy(account -> account.customerId().value());
        this.reports = pipeline.aggregates(REPORTS, AccountDocuments.REPORTS)
            .scopedBy(report -> report.customerId().value());
        this.credit = credit;
        this.scorecard = credit.scorecard();
        this.rules = rules;
        this.policyVersion = policyVersion;
        this.customers = customers;
        this.companies = companies;
        this.clock = pipeline.clock();
    }

    public Aggregates<CreditAccount> accounts() {
        return accounts;
    }

    Aggregates<CreditReport> reports() {
        return reports;
    }

    public CreditRules rules() {
        return rules;
    }

    public CreditParameters credit() {
        return credit;
    }

    /** The open items of a stored account: from the account this handle holds, else read for them alone. */
    public List<OpenItem> openItems(Document stored) {
        return accounts.known(stored).map(account -> account.aggregate().openItems())
            .orElseGet(() -> AccountDocuments.openItemsOf(stored.body()));
    }

    /** An amount in the policy's currency. */
    public Money money(BigDecimal amount) {
        return Money.of(amount, rules.limits().currency());
    }

    /**
     * The customer's account as stored or, for a customer without one yet, as it would be opened from
     * the customer directory — at version 0, not stored. Saved by {@link #save}, opening and change go
     * in one write; a read or a refused command stores nothing.
     */
    public Versioned<CreditAccount> of(Work work, CustomerId customer) {
        return accountOf(work.find(accounts, customer.value()), customer);
    }

    /** The account as stored now, or as it would be opened (for reads already authorised). */
    public Versioned<CreditAccount> stored(CustomerId customer) {
        return accountOf(accounts.stored(customer.value()), customer);
    }

    private Versioned<CreditAccount> accountOf(Optional<Versioned<CreditAccount>> stored, CustomerId customer) {
        return stored.orElseGet(() -> {
            CustomerFacts facts = customers.find(customer)
                .orElseThrow(() -> new NotFound("customers", customer.value()));
            return new Versioned<>(CreditAccount.open(customer, facts.customerSince(), facts.scaleTier(), rules, clock)
                .aggregate(), 0, "");
        });
    }

    /** Adds the account's change to the write; a new account's opening goes with it. */
    public CreditAccount save(Work work, Versioned<CreditAccount> current, Changed<CreditAccount> change) {
        return work.save(accounts, current, withOpening(current, change)).aggregate();
    }

    private Changed<CreditAccount> withOpening(Versioned<CreditAccount> current, Changed<CreditAccount> change) {
        if (current.version() > 0 || change.isNothing()) {
            return change;
        }
        CreditAccount opened = current.aggregate();
        List<DomainEvent> events = new ArrayList<>(change.events().size() + 1);
        events.add(new CreditAccountOpened(opened.customerId(), opened.openedOn(), clock.instant()));
        events.addAll(change.events());
        return Changed.to(change.aggregate(), events);
    }

    /** An account graded anew, and the report it was graded by. */
    public record Regraded(Changed<CreditAccount> account, CreditReport report) {
    }

    /**
     * Evaluates the account as changed so far with the scorecard and records the grade after that
     * change; the report joins the write, and the caller saves the account in it.
     */
    public Regraded regrade(Work work, Changed<CreditAccount> sofar, CreditTrigger trigger) {
        CreditAccount account = sofar.aggregate();
        CreditReport report = work.create(reports, CreditReport.issue(CreditReportId.random(), account.customerId(),
            trigger, inputs(account), scorecard, policyVersion, work.actor(), clock));
        return new Regraded(sofar.andThen(changed -> changed.grade(report.evaluation(), report.id(), trigger,
            credit.regradeIntervalDays(), rules, clock)), report);
    }

    /** The scorecard's inputs for the account's customer as of today: its payment record and outside facts. */
    Map<String, String> inputs(CreditAccount account) {
        LocalDate today = LocalDate.now(clock);
        CompanyData company = companies.about(account.customerId());
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
        outside.forEach((factor, value) -> inputs.put(scorecard.accepts(factor, value) ? factor : "unscored." + factor,
            value));
        inputs.put("maxDaysPastDue", Long.toString(worstDaysPastDue(account, today)));
        trend(account.settledPayments()).ifPresent(trend -> inputs.put("daysPastDueTrend", trend.toPlainString()));
        long violations = account.violations().stream()
            .filter(v -> v.on().isAfter(today.minusMonths(MONTHS_OF_VIOLATIONS))).count();
        inputs.put("violations", Long.toString(violations));
        customers.find(account.customerId()).ifPresent(facts -> inputs.put("industry", facts.industry().name()));
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
    static Optional<BigDecimal> trend(List<SettledPayment> payments) {
        if (payments.size() < 4) {
            return Optional.empty();
        }
        List<SettledPayment> recent = payments.subList(Math.max(0, payments.size() - 12), payments.size());
        int half = recent.size() / 2;
        return Optional.of(average(recent.subList(recent.size() - half, recent.size()))
            .subtract(average(recent.subList(0, half))));
    }

    private static BigDecimal average(List<SettledPayment> payments) {
        long sum = 0;
        for (SettledPayment payment : payments) {
            sum += payment.daysLate();
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(payments.size()), 1, RoundingMode.HALF_UP);
    }
}
