package dev.directsupply.examples.quickstart;

import dev.directsupply.customer.ClassificationChange;
import dev.directsupply.customer.ContactDetails;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerRegistry;
import dev.directsupply.customer.RecordPurchase;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.SetStrategicImportance;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.Violation;
import dev.directsupply.risk.CompanyData;
import dev.directsupply.risk.EvaluateCredit;
import dev.directsupply.risk.ReserveCredit;
import dev.directsupply.risk.account.CreditDecision;
import dev.directsupply.risk.credit.CreditReport;
import dev.directsupply.risk.credit.ScoreLine;
import dev.directsupply.sdk.DirectSupply;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Registers a few customers and prints their classification, then grades one and checks two orders
 * against its credit. Run: see the README.
 */
public final class Quickstart {
    private static final Actor SALES = Actor.of("li.na", Department.SALES, Role.SALES).withConfidentialityAgreement();
    private static final Actor FINANCE = Actor.of("zhao.lei", Department.FINANCE, Role.FINANCE).withConfidentialityAgreement();
    private static final Actor MANAGER = Actor.of("chen.jie", Department.MANAGEMENT, Role.MANAGEMENT)
        .withConfidentialityAgreement();
    private static final Actor AUDITOR = Actor.of("sun.li", Department.AUDIT, Role.AUDITOR)
        .withConfidentialityAgreement();
    private static final Actor CREDIT = Actor.of("qian.yu", Department.CREDIT, Role.CREDIT_MANAGER)
        .withConfidentialityAgreement();

    private Quickstart() {
    }

    public static void main(String[] args) {
        // Hibernate Validator announces its version through java.util.logging; the example keeps quiet.
        Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** The whole walk-through, printed to {@code out}. */
    public static void run(PrintStream out) {
        // 1. Build the SDK: in-memory storage and POLICY.md's parameters unless told otherwise.
        Clock clock = Clock.fixed(LocalDateTime.parse("2026-03-15T09:00").atZone(DirectSupply.DEFAULT_ZONE).toInstant(),
            DirectSupply.DEFAULT_ZONE);
        DirectSupply sdk = DirectSupply.builder().clock(clock)
            // What a business register would say about each company; unknown facts score by the missing-data rules.
            .companyFacts(customer -> new CompanyData(Optional.of(LocalDate.parse("2009-06-01")),
                Optional.of(Money.cny("20000000")), Optional.empty(), Map.of()))
            .build();
        CustomerRegistry customers = sdk.customers();
        out.println("Direct-Supply SDK quick start: customer classification (DS-2.2)");
        out.println("X1 = " + sdk.policy().classification().largeThreshold()
            + ", X2 = " + sdk.policy().classification().mediumThreshold());
        out.println();

        // 2. Register customers: each is classified by scale, industry and strategic importance.
        Customer restaurant = customers.register(SALES, registration("上海味道餐饮管理有限公司", 1, "SERVICES", "CATERING",
            "2000000"));
        Customer factory = customers.register(SALES, registration("苏州精工机械制造有限公司", 2, "MANUFACTURING",
            "MACHINERY", "8000000"));
        Customer shipper = customers.register(SALES, registration("宁波顺达物流有限公司", 3, "SERVICES", "LOGISTICS",
            "300000"));
        out.println("Registered:");
        for (Customer customer : List.of(restaurant, factory, shipper)) {
            print(out, customer);
        }

        // 3. Purchases move the scale; a strategic decision moves the importance. Both are kept in history.
        customers.recordPurchase(FINANCE, new RecordPurchase(restaurant.id(), "INV-2026-0001",
            LocalDate.parse("2026-03-02"), new BigDecimal("3400000"), null));
        Customer large = customers.recordPurchase(FINANCE, new RecordPurchase(restaurant.id(), "INV-2026-0002",
            LocalDate.parse("2026-03-09"), new BigDecimal("1800000"), null));
        Customer core = customers.setStrategicImportance(MANAGER, new SetStrategicImportance(large.id(), "CORE",
            "national chain, five-year framework agreement"));
        out.println();
        out.println("After purchases of 5200000.00 CNY and a management decision:");
        print(out, core);
        out.println("  history:");
        for (ClassificationChange change : core.classificationHistory()) {
            out.printf("    %-20s %-18s -> %-18s by %-8s %s%n", change.dimension(),
                change.from().isEmpty() ? "-" : change.from(), change.to(), change.by(),
                change.explain(Messages.ENGLISH));
        }

        // 4. Bad input is refused as a whole, every violation named, in English and Chinese.
        out.println();
        try {
            customers.register(SALES, new RegisterCustomer(" ", "91310000000000001X", "MINING", null,
                new BigDecimal("-5"), List.of(), List.of()));
        } catch (InvalidCommand invalid) {
            out.println("Refused: " + invalid.message(Messages.ENGLISH));
            for (Violation violation : invalid.violations()) {
                out.printf("  %-24s %s | %s%n", violation.field(), violation.english(), violation.chinese());
            }
        }

        // 5. Credit (DS-3.3.2, DS-4.1.2): grade the customer with the explainable scorecard, then check orders.
        out.println();
        CreditReport report = sdk.credit().evaluate(CREDIT, new EvaluateCredit(core.id(), "INITIAL"));
        out.println("Credit report for " + core.legalName() + ": score "
            + report.evaluation().score().setScale(2, RoundingMode.HALF_UP) + " -> grade " + report.grade()
            + " (the external rating is unknown, so its weight is shared out)");
        for (ScoreLine line : report.evaluation().lines()) {
            out.printf("  %-18s %-12s %3d points x %.4f = %6.2f  %s%n", line.factor(),
                line.rawValue().isEmpty() ? "(missing)" : line.rawValue(), line.points(), line.weight(),
                line.contribution(), line.reason());
        }
        CreditDecision approved = sdk.credit().reserve(SALES, new ReserveCredit(core.id(), "SO-2026-0001",
            new BigDecimal("2500000")));
        CreditDecision held = sdk.credit().reserve(SALES, new ReserveCredit(core.id(), "SO-2026-0002",
            new BigDecimal("25000000")));
        out.println("Order SO-2026-0001:");
        approved.explain(Messages.ENGLISH).forEach(line -> out.println("  " + line));
        out.println("Order SO-2026-0002:");
        held.explain(Messages.CHINESE).forEach(line -> out.println("  " + line));

        // 6. Every change left a sealed audit entry and an outbox event.
        out.println();
        out.println("Audit trail of " + core.legalName() + ": "
            + (customers.verifyAuditTrail(AUDITOR, core.id()).isIntact() ? "intact" : "BROKEN")
            + " (" + customers.verifyAuditTrail(AUDITOR, core.id()).entries() + " entries)");
        out.println("Outbox: " + sdk.store().pendingEvents(100).stream().map(e -> e.event().type()).toList());
    }

    private static RegisterCustomer registration(String name, long n, String industry, String subIndustry,
                                                 String declaredAnnualPurchase) {
        String first17 = "91310000" + String.format("%09d", n);
        return new RegisterCustomer(name, first17 + UnifiedSocialCreditCode.checkCharacter(first17), industry,
            subIndustry, new BigDecimal(declaredAnnualPurchase),
            List.of(new ContactDetails("张伟", "采购经理", "13812345678", "zhang.wei@example.com")), List.of());
    }

    private static void print(PrintStream out, Customer customer) {
        out.printf("  %s  %s  %s / %s / %s%n", customer.legalName(), customer.creditCode(),
            customer.scaleTier().label(Messages.CHINESE), customer.industry().code(),
            customer.importance().label(Messages.CHINESE));
        out.println("    " + customer.classification().scale().explain(Messages.ENGLISH));
    }
}
