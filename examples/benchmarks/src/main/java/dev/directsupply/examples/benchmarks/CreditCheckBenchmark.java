package dev.directsupply.examples.benchmarks;

import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.SALES;
import dev.directsupply.customer.ImportCustomer;
import dev.directsupply.risk.account.OrderReference;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.risk.account.CheckCredit;
import dev.directsupply.risk.account.CompanyData;
import dev.directsupply.risk.account.EvaluateCredit;
import dev.directsupply.risk.receivables.IssueInvoice;
import dev.directsupply.risk.account.ReserveCredit;
import dev.directsupply.risk.account.CreditAccount;
import dev.directsupply.risk.account.CreditDecision;
import dev.directsupply.risk.account.OpenItem;
import dev.directsupply.risk.account.Reservation;
import dev.directsupply.risk.account.InvoiceId;
import dev.directsupply.sdk.DirectSupply;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The credit check for one order (DS-4.1.2) on a graded customer with 20 open invoices (some past
 * due) and 10 reserved orders: the service call (permission, validation, the account read, the
 * decision with its exposure part by part, grade, overdue days and watch flag), the same followed by
 * its explanation in both languages, and — the baseline — the arithmetic a hand-written check does on
 * the same account: add up the exposure, compare with the limit and the overdue tolerance.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CreditCheckBenchmark {

    private DirectSupply sdk;
    private CheckCredit check;
    private CreditAccount account;
    private LocalDate today;
    private Money amount;

    @Setup
    public void setUp() {
        ManualClock clock = ManualClock.on("2026-01-05", DirectSupply.DEFAULT_ZONE);
        sdk = DirectSupply.builder().clock(clock)
            .companyFacts(id -> new CompanyData(Optional.of(LocalDate.parse("2005-01-01")),
                Optional.of(Money.cny("50000000")), Optional.of("AA"), Map.of()))
            .build();
        Staff.putOnRecord(sdk.agreements());
        String first17 = "91310000" + String.format("%09d", 1);
        CustomerId customer = sdk.customers().importExisting(Staff.MANAGEMENT, new ImportCustomer(
            new RegisterCustomer("上海味道餐饮管理有限公司",
            first17 + UnifiedSocialCreditCode.checkCharacter(first17), "MANUFACTURING", "FOOD_AND_BEVERAGE",
            new BigDecimal("8000000"), List.of(), List.of()), Staff.SALES.id().value(), "SALES", "GENERAL",
            "an existing customer")).id();
        sdk.credit().evaluate(CREDIT, new EvaluateCredit(customer, "INITIAL"));
        for (int i = 0; i < 20; i++) {
            sdk.receivables().issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-" + i), customer, null,
                new BigDecimal("10000"), clock.today()));
            clock.moveDays(3);
        }
        for (int i = 0; i < 10; i++) {
            sdk.credit().reserve(SALES, new ReserveCredit(customer, OrderReference.of("SO-" + i, 1), new BigDecimal("20000")));
        }
        check = new CheckCredit(customer, new BigDecimal("50000"));
        account = sdk.credit().account(FINANCE, customer);
        today = clock.today();
        amount = Money.cny("50000");
    }

    @Benchmark
    public CreditDecision sdkCreditCheck() {
        return sdk.credit().check(SALES, check);
    }

    @Benchmark
    public List<String> sdkCreditCheckExplained() {
        CreditDecision decision = sdk.credit().check(SALES, check);
        List<String> english = decision.explain(Messages.ENGLISH);
        return english.size() > 100 ? english : decision.explain(Messages.CHINESE);
    }

    @Benchmark
    public boolean handWrittenLimitCheck() {
        BigDecimal exposure = BigDecimal.ZERO;
        long maxDaysPastDue = 0;
        for (OpenItem item : account.openItems()) {
            exposure = exposure.add(item.outstanding().amount());
            if (item.dueDate().isBefore(today)) {
                maxDaysPastDue = Math.max(maxDaysPastDue, ChronoUnit.DAYS.between(item.dueDate(), today));
            }
        }
        for (Reservation reservation : account.reservations()) {
            exposure = exposure.add(reservation.amount().amount());
        }
        return exposure.add(amount.amount()).compareTo(account.limit(today).amount()) <= 0 && maxDaysPastDue <= 30;
    }
}
