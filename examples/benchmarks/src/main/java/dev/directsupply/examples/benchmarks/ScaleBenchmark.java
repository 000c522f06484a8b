package dev.directsupply.examples.benchmarks;

import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.SALES;
import dev.directsupply.customer.ReclassifyAll;
import dev.directsupply.risk.account.CreditAccounts;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ReclassificationRun;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.WriteBatch;
import dev.directsupply.risk.account.CompanyData;
import dev.directsupply.risk.account.EvaluateCredit;
import dev.directsupply.risk.receivables.IssueInvoice;
import dev.directsupply.risk.account.CreditDesk;
import dev.directsupply.risk.receivables.Ageing;
import dev.directsupply.risk.account.InvoiceId;
import dev.directsupply.sdk.DirectSupply;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The batch jobs at 10^4, 10^5 and 10^6: the monthly reclassification of every customer (DS-2.2.1)
 * — here every one of them moves, from the scale it declared at registration to the one its recorded
 * purchases give once the new-customer period is over, so each is decoded, re-assessed and written
 * with its event and audit entry — and the portfolio's receivables ageing over that many open invoices
 * (ten per customer's credit account). Time and memory (bytes allocated per run) must grow linearly:
 * the 10^6 / 10^5 ratio at most 11. The stores are filled by copying one real document per customer,
 * so that setting up a million takes seconds, not the hours a million registrations would.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g"})
public class ScaleBenchmark {
    private static final int INVOICES_PER_ACCOUNT = 10;

    static {
        Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.WARNING);
    }

    /** Customers to reclassify, filled afresh for every run (a run moves them all). */
    @State(Scope.Benchmark)
    public static class Customers {
        @Param({"10000", "100000", "1000000"})
        int size;
        DirectSupply customers;

        @Setup(Level.Iteration)
        public void fill() {
            customers = customersToReclassify(size);
        }
    }

    /** Credit accounts with open invoices to age, filled once (ageing changes nothing). */
    @State(Scope.Benchmark)
    public static class Receivables {
        @Param({"10000", "100000", "1000000"})
        int size;
        DirectSupply receivables;

        @Setup(Level.Trial)
        public void fill() {
            receivables = receivablesToAge(size);
        }
    }

    private static DirectSupply customersToReclassify(int size) {
        ManualClock clock = ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE);
        DirectSupply customers = DirectSupply.builder().clock(clock).build();
        Staff.putOnRecord(customers.agreements());
        CustomerId model = customers.customers().register(SALES, registration("客户", 0)).id();
        Document template = customers.store().read("customers", model.value()).orElseThrow();
        String modelCode = code(0);
        copy(customers, "customers", template, size, i -> Map.of(model.value(), "c-" + i, modelCode, code(i)),
            attributes -> {
                Map<String, String> copied = new HashMap<>(attributes);
                copied.remove("creditCode");
                return copied;
            });
        // A year and more later: the declared annual purchase no longer counts, recorded purchases do.
        clock.moveTo("2027-04-01");
        return customers;
    }

    private static DirectSupply receivablesToAge(int size) {
        ManualClock clock = ManualClock.on("2026-01-05", DirectSupply.DEFAULT_ZONE);
        DirectSupply receivables = DirectSupply.builder().clock(clock)
            .companyFacts(id -> new CompanyData(Optional.of(LocalDate.parse("2005-01-01")),
                Optional.of(Money.cny("50000000")), Optional.of("AA"), Map.of()))
            .build();
        Staff.putOnRecord(receivables.agreements());
        CustomerId model = receivables.customers().register(SALES, registration("客户", 0)).id();
        receivables.credit().evaluate(CREDIT, new EvaluateCredit(model, "INITIAL"));
        for (int i = 0; i < INVOICES_PER_ACCOUNT; i++) {
            receivables.receivables().issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-" + i), model, null,
                new BigDecimal("10000"), clock.today()));
            clock.moveDays(7);
        }
        Document template = receivables.store().read(CreditAccounts.ACCOUNTS, model.value()).orElseThrow();
        copy(receivables, CreditAccounts.ACCOUNTS, template, size / INVOICES_PER_ACCOUNT,
            i -> Map.of(model.value(), "c-" + i), attributes -> attributes);
        clock.moveTo("2026-06-30");
        return receivables;
    }

    @Benchmark
    public ReclassificationRun reclassifyEveryCustomer(Customers state) {
        ReclassificationRun run = state.customers.customers().reclassifyAll(Staff.MANAGEMENT, new ReclassifyAll("monthly run"));
        if (run.examined() != state.size + 1 || run.reclassified() < state.size) {
            throw new IllegalStateException("the run did not move every customer: " + run);
        }
        return run;
    }

    @Benchmark
    public Ageing agePortfolio(Receivables state) {
        return state.receivables.receivables().portfolioAgeing(FINANCE);
    }

    private static RegisterCustomer registration(String name, int n) {
        return new RegisterCustomer(name + n, code(n), "SERVICES", "CATERING", new BigDecimal("2000000"), List.of(),
            List.of());
    }

    private static String code(int n) {
        String first17 = "91310000" + String.format("%09d", n + 1);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** Writes copies of a document, its text with each replacement made, in batches of a thousand. */
    private static void copy(DirectSupply sdk, String collection, Document template, int copies,
                             java.util.function.IntFunction<Map<String, String>> replacements,
                             java.util.function.UnaryOperator<Map<String, String>> attributes) {
        Map<String, String> copiedAttributes = attributes.apply(template.attributes());
        WriteBatch.Builder batch = WriteBatch.builder();
        int inBatch = 0;
        for (int i = 1; i <= copies; i++) {
            String body = template.body();
            String id = null;
            for (Map.Entry<String, String> replacement : replacements.apply(i).entrySet()) {
                body = body.replace(replacement.getKey(), replacement.getValue());
                if (id == null && replacement.getKey().equals(template.id())) {
                    id = replacement.getValue();
                }
            }
            batch.write(DocumentWrite.create(collection, id, body, copiedAttributes));
            if (++inBatch == 1_000) {
                sdk.store().write(batch.build());
                batch = WriteBatch.builder();
                inBatch = 0;
            }
        }
        if (inBatch > 0) {
            sdk.store().write(batch.build());
        }
    }
}
