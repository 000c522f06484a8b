package dev.directsupply.examples.quickstart;

import dev.directsupply.admission.application.AdmissionDesk;
import dev.directsupply.admission.application.Application;
import dev.directsupply.admission.application.ApplicationDetails;
import dev.directsupply.admission.application.NeedsDetails;
import dev.directsupply.admission.application.QualificationDetails;
import dev.directsupply.admission.application.ApplicationId;
import dev.directsupply.admission.application.ApplicationStep;
import dev.directsupply.admission.application.ApplyForAdmission;
import dev.directsupply.admission.application.DecideAdmission;
import dev.directsupply.admission.application.DocumentDetails;
import dev.directsupply.admission.application.EvaluateApplicantCredit;
import dev.directsupply.admission.application.NeedsDetails;
import dev.directsupply.admission.application.ProspectAnalysis;
import dev.directsupply.admission.application.QualificationDetails;
import dev.directsupply.admission.application.RecordSiteInspection;
import dev.directsupply.admission.application.ReviewPreliminarily;
import dev.directsupply.admission.application.SecurityDetails;
import dev.directsupply.admission.application.SignCooperationAgreement;
import dev.directsupply.admission.cooperation.AgreementDetails;
import dev.directsupply.admission.cooperation.DeliveryDetails;
import dev.directsupply.admission.cooperation.PartiesDetails;
import dev.directsupply.admission.cooperation.PaymentDetails;
import dev.directsupply.admission.cooperation.PlaceDetails;
import dev.directsupply.admission.cooperation.PriceDetails;
import dev.directsupply.admission.cooperation.PriceLineDetails;
import dev.directsupply.admission.cooperation.SignaturesDetails;
import dev.directsupply.admission.cooperation.TermsDetails;
import dev.directsupply.admission.cooperation.TermsInForce;
import dev.directsupply.admission.cooperation.ValidityDetails;
import dev.directsupply.customer.ClassificationChange;
import dev.directsupply.customer.ClassificationParameters;
import dev.directsupply.customer.ContactDetails;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.customer.RecordPurchase;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.SetStrategicImportance;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.agreement.RecordConfidentialityAgreement;
import dev.directsupply.kernel.Violation;
import dev.directsupply.delivery.inspection.RecordInspection;
import dev.directsupply.delivery.label.PackageLabel;
import dev.directsupply.delivery.reference.RecordedNotices;
import dev.directsupply.delivery.shipment.Discrepancy;
import dev.directsupply.delivery.shipment.DispatchShipment;
import dev.directsupply.delivery.shipment.InspectShipment;
import dev.directsupply.delivery.shipment.Notice;
import dev.directsupply.delivery.shipment.NotifyCustomer;
import dev.directsupply.delivery.shipment.PackShipment;
import dev.directsupply.delivery.shipment.PlanShipment;
import dev.directsupply.delivery.shipment.RecordAcceptance;
import dev.directsupply.delivery.shipment.RecordArrival;
import dev.directsupply.delivery.shipment.ResolveDiscrepancy;
import dev.directsupply.delivery.shipment.Shipment;
import dev.directsupply.delivery.shipment.ShipmentId;
import dev.directsupply.orders.order.CloseOrder;
import dev.directsupply.orders.order.LineTracking;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.Product;
import dev.directsupply.orders.order.ProductCode;
import dev.directsupply.orders.order.RecordProgress;
import dev.directsupply.orders.order.ReleaseOrder;
import dev.directsupply.orders.order.ReviewOrder;
import dev.directsupply.orders.order.SubmitOrder;
import dev.directsupply.orders.order.SubmittedLine;
import dev.directsupply.orders.reference.InMemoryProductCatalogue;
import dev.directsupply.orders.reference.StockAndCapacity;
import dev.directsupply.risk.account.CompanyData;
import dev.directsupply.risk.account.CreditDecision;
import dev.directsupply.risk.account.InvoiceId;
import dev.directsupply.risk.account.OrderReference;
import dev.directsupply.risk.account.RecordGuarantee;
import dev.directsupply.risk.account.ReserveCredit;
import dev.directsupply.risk.credit.CreditReport;
import dev.directsupply.risk.credit.ScoreLine;
import dev.directsupply.risk.receivables.Invoice;
import dev.directsupply.risk.receivables.IssueInvoice;
import dev.directsupply.risk.receivables.RecordPayment;
import dev.directsupply.sdk.DirectSupply;
import dev.directsupply.sdk.EventRelay;
import dev.directsupply.sdk.ShipOrderGoods;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Registers a few customers and prints their classification, admits one through the six steps of
 * admission (its credit graded on the way) and checks two orders against its credit, then takes an order from receipt to cash: held for an overdue invoice, released when it is
 * paid, produced, shipped, accepted and billed. Run: see the README.
 */
public final class Quickstart {
    private static final Actor SALES = Actor.of("li.na", Department.SALES, Role.SALES);
    private static final Actor SALES_MANAGER = Actor.of("wang.fang", Department.SALES, Role.SALES_MANAGER);
    private static final Actor QUALITY = Actor.of("sun.mei", Department.QUALITY, Role.QUALITY);
    private static final Actor FINANCE = Actor.of("zhao.lei", Department.FINANCE, Role.FINANCE);
    private static final Actor MANAGER = Actor.of("chen.jie", Department.MANAGEMENT, Role.MANAGEMENT);
    private static final Actor AUDITOR = Actor.of("sun.li", Department.AUDIT, Role.AUDITOR);
    private static final Actor CREDIT = Actor.of("qian.yu", Department.CREDIT, Role.CREDIT_MANAGER);
    private static final Actor PRODUCTION = Actor.of("zhou.qiang", Department.PRODUCTION, Role.PRODUCTION);
    private static final Actor LOGISTICS = Actor.of("wu.gang", Department.LOGISTICS, Role.LOGISTICS);
    private static final ProductCode SOY_SAUCE = ProductCode.of("P-100");
    private static final ProductCode VINEGAR = ProductCode.of("P-200");

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
        // The walk-through moves through months of business, so its clock is moved by hand.
        ManualClock clock = ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE);
        // What orders need from outside: the catalogue, stock and capacity. Agreed terms come from admission.
        InMemoryProductCatalogue catalogue = new InMemoryProductCatalogue()
            .add(new Product(SOY_SAUCE, "酱油 Soy sauce", Set.of("500ml", "1L"), Set.of("case"), 5, 365, true))
            .add(new Product(VINEGAR, "香醋 Vinegar", Set.of(), Set.of("case"), 3, 540, true));
        StockAndCapacity stock = new StockAndCapacity(catalogue)
            .stock(SOY_SAUCE, "500ml", new BigDecimal("100")).stock(VINEGAR, "", new BigDecimal("500"))
            .dailyOutput(SOY_SAUCE, new BigDecimal("200"));
        DirectSupply sdk = DirectSupply.builder().clock(clock)
            .catalogue(catalogue).supply(stock).production(stock)
            // What a business register would say about each company; unknown facts score by the missing-data rules.
            .companyFacts(customer -> new CompanyData(Optional.of(LocalDate.parse("2009-06-01")),
                Optional.of(Money.cny("20000000")), Optional.empty(), Map.of()))
            .build();
        // DS-7.2.3: nobody sees customer information without a confidentiality agreement on record.
        for (Actor person : List.of(SALES, SALES_MANAGER, QUALITY, FINANCE, MANAGER, AUDITOR, CREDIT, PRODUCTION,
            LOGISTICS)) {
            sdk.agreements().record(MANAGER, new RecordConfidentialityAgreement(person.id().value(),
                "NDA-" + person.id().value(), LocalDate.parse("2020-01-01"), null));
        }
        CustomerDesk customers = sdk.customers();
        out.println("Direct-Supply SDK quick start: customer classification (DS-2.2)");
        ClassificationParameters classification = sdk.policy().section(ClassificationParameters.class);
        out.println("X1 = " + classification.x1() + ", X2 = " + classification.x2());
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

        // 5. Admission (DS-3.4): a registered customer is a prospect and takes no order until it is admitted.
        //    Sales applies, the sales manager reviews first, credit management grades it with the explainable
        //    scorecard and confirms its annual purchase, quality inspects the site (it is large),
        //    management approves, and the signed cooperation agreement makes it active.
        out.println();
        out.println("Admission (DS-3.4) of " + core.legalName() + ", a " + core.status() + ":");
        AdmissionDesk admission = sdk.admission();
        NeedsDetails needs = new NeedsDetails(List.of("SAUCES", "VINEGAR"), new BigDecimal("5200000"), 5, true,
            "GROWING");
        QualificationDetails qualification = new QualificationDetails(List.of(
            new DocumentDetails("BUSINESS_LICENCE", "91310000MA1K000001", LocalDate.parse("2039-06-01")),
            new DocumentDetails("FOOD_OPERATION_LICENCE", "JY13101150000001", LocalDate.parse("2028-12-31"))),
            List.of());
        Application application = admission.apply(SALES, new ApplyForAdmission(core.id(), new ApplicationDetails(
            "全国连锁餐饮，门店 120 家", needs, qualification, new SecurityDetails("GUARANTEE", new BigDecimal("3000000"),
                null), "CORE")));
        ApplicationId applicationId = application.id();
        admission.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(applicationId, "PASS", false,
            "licences in force, no major violation on record"));
        admission.evaluateCredit(CREDIT, new EvaluateApplicantCredit(applicationId, new BigDecimal("5200000"),
            "purchases of 5200000.00 CNY confirmed from the invoices"));
        admission.inspect(QUALITY, new RecordSiteInspection(applicationId, LocalDate.parse("2026-03-15"),
            "central kitchen and two stores visited; storage as declared", true));
        admission.decide(MANAGER, new DecideAdmission(applicationId, "APPROVE", "CORE",
            "national chain, five-year framework agreement"));
        // Step 6: the cooperation agreement both sides signed, with the guarantee the application offered
        // (DS-3.3.2). From now on orders read their prices, places and transport days from it, and invoices
        // their payment terms.
        application = admission.signAgreement(SALES_MANAGER, new SignCooperationAgreement(applicationId,
            new AgreementDetails("CA-2026-001", new TermsDetails(
                new PartiesDetails("上海酿造有限公司", core.legalName()), "FRAMEWORK",
                List.of("priority supply in the peak season", "the agreed prices for the agreement's term"),
                List.of("orders placed through EDI", "payment within the terms; a bank guarantee of 3000000.00 CNY"),
                new PriceDetails(List.of(new PriceLineDetails("P-100", "case", new BigDecimal("120.00")),
                    new PriceLineDetails("P-200", "case", new BigDecimal("80.00"))), BigDecimal.ZERO,
                    new BigDecimal("0.13"), true),
                new PaymentDetails(60, BigDecimal.ZERO, new BigDecimal("3000000")),
                new DeliveryDetails(List.of("ROAD"), List.of(new PlaceDetails("SH-WH1", "上海市闵行区仓库一号", 3)), 90)),
                new ValidityDetails(LocalDate.parse("2026-03-15"), LocalDate.parse("2031-03-14"), null),
                new SignaturesDetails("王芳", LocalDate.parse("2026-03-15"), "张伟", LocalDate.parse("2026-03-15")))));
        for (ApplicationStep step : application.steps()) {
            out.printf("  %-18s -> %-18s by %-9s %s%n", step.action() == null ? "APPLY" : step.action(), step.to(),
                step.by(), step.note());
        }
        out.println("  prospect analysis (DS-3.2.2):");
        ProspectAnalysis analysis = admission.analysis(MANAGER, applicationId);
        analysis.explain(Messages.ENGLISH).forEach(line -> out.println("    " + line));
        out.println("    score " + analysis.score() + " -> proposed " + analysis.proposedImportance());
        out.println("  criteria at the last step:");
        application.criteria().explain(Messages.ENGLISH).forEach(line -> out.println("    " + line));
        core = customers.get(MANAGER, core.id());
        out.println("  " + core.legalName() + " is now " + core.status());
        TermsInForce agreed = sdk.cooperation().inForce(MANAGER, core.id(), LocalDate.parse("2026-03-15")).orElseThrow();
        out.println("  agreement " + agreed.reference() + " (" + agreed.terms().mode() + ") in force "
            + agreed.version().validity().from() + " .. " + agreed.version().validity().until() + ": payment in "
            + agreed.terms().payment().days() + " days, guarantee " + agreed.terms().payment().guarantee());

        // 6. Credit (DS-3.3.2, DS-4.1.2): the report the admission's credit evaluation issued, then two orders.
        out.println();
        CreditReport report = sdk.credit().reports(CREDIT, core.id()).get(0);
        out.println("Credit report for " + core.legalName() + ": score "
            + report.evaluation().score().setScale(2, RoundingMode.HALF_UP) + " -> grade " + report.grade()
            + " (the external rating is unknown, so its weight is shared out)");
        for (ScoreLine line : report.evaluation().lines()) {
            out.printf("  %-18s %-12s %3d points x %.4f = %6.2f  %s%n", line.factor(),
                line.rawValue().isEmpty() ? "(missing)" : line.rawValue(), line.points(), line.weight(),
                line.contribution(), line.reason());
        }
        CreditDecision approved = sdk.credit().reserve(SALES, new ReserveCredit(core.id(), OrderReference.of("SO-2026-0001"),
            new BigDecimal("2500000")));
        CreditDecision held = sdk.credit().reserve(SALES, new ReserveCredit(core.id(), OrderReference.of("SO-2026-0002"),
            new BigDecimal("25000000")));
        out.println("Order SO-2026-0001:");
        approved.explain(Messages.ENGLISH).forEach(line -> out.println("  " + line));
        out.println("Order SO-2026-0002:");
        held.explain(Messages.CHINESE).forEach(line -> out.println("  " + line));

        // 7. Orders (DS-4.1): held for an overdue invoice, released when it is paid, made, shipped, accepted.
        out.println();
        out.println("Order to cash (DS-4.1, DS-6.1.1):");
        sdk.credit().recordGuarantee(FINANCE, new RecordGuarantee(core.id(), "BANK_GUARANTEE", new BigDecimal("3000000"),
            "中国银行上海分行", LocalDate.parse("2026-03-01"), LocalDate.parse("2027-02-28")));
        sdk.receivables().issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-2026-0100"), core.id(), null,
            new BigDecimal("800000"), LocalDate.parse("2026-03-15")));
        clock.moveTo("2026-06-23");
        Order order = sdk.orders().submit(SALES, new SubmitOrder("edi-20260623-0001", core.id(), "EDI", "PO-88121",
            List.of(new SubmittedLine("P-100", "500ml", new BigDecimal("300"), "case", new BigDecimal("120.00")),
                new SubmittedLine("P-200", "", new BigDecimal("200"), "case", new BigDecimal("80.00"))),
            LocalDate.parse("2026-07-10"), "SH-WH1", "NORMAL"));
        step(out, clock, "received through EDI, " + order.total() + " for 2026-07-10", order);
        order = sdk.orders().review(SALES, new ReviewOrder(order.id()));
        step(out, clock, "reviewed: complete, in stock or producible in time; credit says", order);
        order.clearance().credit().explain(Messages.CHINESE).forEach(line -> out.println("      " + line));
        sdk.receivables().recordPayment(FINANCE, new RecordPayment(InvoiceId.of("INV-2026-0100"), "BANK-20260623",
            LocalDate.parse("2026-06-23"), new BigDecimal("800000")));
        sdk.events().drain();
        order = sdk.orders().get(SALES, order.id());
        step(out, clock, "INV-2026-0100 paid; the hold is re-checked and released", order);
        order = sdk.orders().release(PRODUCTION, new ReleaseOrder(order.id()));
        step(out, clock, "released to production", order);
        for (LineTracking line : order.fulfilment().tracking()) {
            out.println("      line " + line.line() + ": " + line.fromStock().toPlainString() + " from stock"
                + (line.isProduced() ? ", " + line.split().toProduce().toPlainString() + " made "
                + line.plannedStart() + " to " + line.plan().finish() : ""));
        }
        order = sdk.orders().recordProgress(PRODUCTION, new RecordProgress(order.id(), 1, "PRODUCTION_STARTED",
            clock.today(), null));
        step(out, clock, "production started on line 1", order);
        clock.moveDays(5);
        sdk.orders().recordProgress(PRODUCTION, new RecordProgress(order.id(), 1, "PRODUCTION_FINISHED", clock.today(),
            null));
        order = sdk.orders().recordProgress(PRODUCTION, new RecordProgress(order.id(), 1, "PACKED", clock.today(), null));
        step(out, clock, "finished and packed", order);
        // 8. Delivery (DS-4.2): final inspection of each lot, a transport choice with its reasons, a label per
        //    package, the customer's notice before dispatch, and a joint acceptance whose shortage is settled.
        for (String[] lot : new String[][] {{"P-100", "L-P100-0628"}, {"P-200", "L-P200-0601"}}) {
            sdk.inspections().record(QUALITY, new RecordInspection("FINAL", lot[0], lot[1],
                new RecordInspection.SamplingDetails(300L, 20L, 1L), 0L, List.of(), clock.today()));
        }
        PlanShipment.CargoDetails caseOfBottles = new PlanShipment.CargoDetails(new BigDecimal("7.2"),
            new BigDecimal("0.015"), List.of("FRAGILE"));
        Shipment shipment = sdk.orderShipments().plan(LOGISTICS, new ShipOrderGoods(order.id(), clock.today(),
            new ShipOrderGoods.Route(35, false, false), List.of(
                new ShipOrderGoods.LotLine(1, new BigDecimal("300"), new PlanShipment.LotDetails("L-P100-0628",
                    clock.today(), 12, "MONTHS"), caseOfBottles),
                new ShipOrderGoods.LotLine(2, new BigDecimal("200"), new PlanShipment.LotDetails("L-P200-0601",
                    LocalDate.parse("2026-06-01"), 18, "MONTHS"), caseOfBottles))));
        ShipmentId shipped = shipment.id();
        out.println("  " + clock.today() + "  shipment planned: " + shipment.transport().mode() + " by rule "
            + shipment.transport().rule() + " " + shipment.transport().reasons() + ", "
            + shipment.consignment().load().weightKg() + " kg");
        sdk.shipments().inspect(LOGISTICS, new InspectShipment(shipped));
        shipment = sdk.shipments().pack(LOGISTICS, new PackShipment(shipped, List.of(
            new PackShipment.PackageDetails(1, new BigDecimal("150")), new PackShipment.PackageDetails(1,
                new BigDecimal("150")), new PackShipment.PackageDetails(2, new BigDecimal("200")))));
        PackageLabel label = shipment.preparation().labels().get(0);
        out.println("  " + clock.today() + "  inspected and packed in " + shipment.preparation().labels().size()
            + " packages; the first label:");
        label.toText(Messages.CHINESE).lines().forEach(line -> out.println("      " + line));
        out.println("      GS1: " + label.toGs1().replace(shipped.value(), "<shipment>"));
        sdk.shipments().notifyCustomer(LOGISTICS, new NotifyCustomer(shipped, "顺丰速运", "SF1400098211", null));
        sdk.shipments().dispatch(LOGISTICS, new DispatchShipment(shipped, clock.today()));
        sdk.events().drain();
        Notice notice = ((RecordedNotices) sdk.deliveryNotices()).of(shipped).get(0).notice();
        out.println("      notice sent to the customer: leaves " + notice.shipsOn() + ", arrives "
            + notice.estimatedArrival() + ", " + notice.carrier() + " " + notice.tracking());
        step(out, clock, "dispatched after the notice; the order follows", sdk.orders().get(SALES, order.id()));
        clock.moveDays(3);
        sdk.shipments().recordArrival(LOGISTICS, new RecordArrival(shipped, clock.today()));
        shipment = sdk.shipments().recordAcceptance(SALES, new RecordAcceptance(shipped, clock.today(), "ACCEPT",
            List.of(new RecordAcceptance.CheckDetails(2, new BigDecimal("196"), true, "CONFORMING",
                "4 cases missing from pallet 3, signed on the waybill")), "张伟", "jointly inspected at SH-WH1"));
        Discrepancy shortage = shipment.acceptance().discrepancies().get(0);
        out.println("  " + clock.today() + "  joint acceptance: " + shipment.status() + ", " + shortage.kind() + " of "
            + shortage.quantity() + " cases (" + shortage.evidence() + ")");
        sdk.events().drain();
        order = sdk.orders().get(SALES, order.id());
        step(out, clock, "delivered and accepted as the shipment was", order);
        sdk.shipments().resolve(SALES_MANAGER, new ResolveDiscrepancy(shipped, shortage.number(), "CREDIT_NOTE",
            new BigDecimal("320.00"), null, "4 cases at 80.00 credited", "张伟", clock.today()));
        int relayed = sdk.events().drain().events();
        Invoice invoice = sdk.receivables().invoice(FINANCE, InvoiceId.of("INV-" + order.id()));
        out.println("      shortage settled by a credit note of 320.00 agreed with 张伟; the invoice now owes "
            + invoice.outstanding());
        out.println("      billed: " + invoice.id() + " " + invoice.amount() + " due " + invoice.dueDate()
            + "; counted as a purchase: " + sdk.customers().purchase(SALES, core.id(), order.id().value())
                .isPresent());
        order = sdk.orders().close(SALES, new CloseOrder(order.id()));
        step(out, clock, "closed", order);
        EventRelay.Relayed last = sdk.events().drain();

        // 9. Every change left a sealed audit entry and an outbox event, relayed between the modules.
        out.println();
        out.println("Audit trail of " + core.legalName() + ": "
            + (customers.verifyAuditTrail(AUDITOR, core.id()).isIntact() ? "intact" : "BROKEN")
            + " (" + customers.verifyAuditTrail(AUDITOR, core.id()).entries() + " entries, its purchase records' included)");
        out.println("Events relayed between the modules since acceptance: " + (relayed + last.events()) + ", failures: "
            + last.failures().size() + ", still pending: " + sdk.store().pendingEvents(100).size());
    }

    private static void step(PrintStream out, ManualClock clock, String what, Order order) {
        out.printf("  %s  %-58s -> %s / %s%n", clock.today(), what, order.status(),
            order.status().label(Messages.CHINESE));
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
