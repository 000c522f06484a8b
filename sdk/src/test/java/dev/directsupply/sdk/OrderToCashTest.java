package dev.directsupply.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.ImportCustomer;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.RecordPurchase;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Role;
import dev.directsupply.delivery.inspection.RecordInspection;
import dev.directsupply.delivery.shipment.PlanShipment;
import dev.directsupply.delivery.shipment.ResolveDiscrepancy;
import dev.directsupply.delivery.shipment.ShipmentId;
import dev.directsupply.delivery.shipment.NotReadyToPlan;
import dev.directsupply.risk.register.Risk;
import dev.directsupply.risk.register.RiskCategory;
import dev.directsupply.risk.register.RiskSubject;
import dev.directsupply.orders.order.AmendOrder;
import dev.directsupply.orders.order.CancelOrder;
import dev.directsupply.orders.order.LineChange;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.orders.order.OverrideCreditHold;
import dev.directsupply.orders.order.Product;
import dev.directsupply.orders.order.ProductCode;
import dev.directsupply.orders.order.RecordProgress;
import dev.directsupply.orders.order.ReleaseOrder;
import dev.directsupply.orders.order.ReviewOrder;
import dev.directsupply.orders.order.SubmitOrder;
import dev.directsupply.orders.order.SubmittedLine;
import dev.directsupply.orders.reference.InMemoryProductCatalogue;
import dev.directsupply.orders.reference.StockAndCapacity;
import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.OutboxHandler;
import dev.directsupply.persistence.WriteBatch;
import dev.directsupply.risk.account.ApproveLimitOverride;
import dev.directsupply.risk.account.ChangeScaleTier;
import dev.directsupply.risk.account.CompanyData;
import dev.directsupply.risk.account.CreditAccount;
import dev.directsupply.risk.account.EvaluateCredit;
import dev.directsupply.risk.account.HoldReason;
import dev.directsupply.risk.account.InvoiceId;
import dev.directsupply.risk.account.MarkDelivered;
import dev.directsupply.risk.account.OrderReference;
import dev.directsupply.risk.account.OrderStillLive;
import dev.directsupply.risk.account.OverrideCreditLimit;
import dev.directsupply.risk.account.RecordGuarantee;
import dev.directsupply.risk.account.ReleaseCredit;
import dev.directsupply.risk.receivables.Invoice;
import dev.directsupply.testing.Staff;
import dev.directsupply.risk.receivables.IssueInvoice;
import dev.directsupply.risk.receivables.RecordPayment;
import dev.directsupply.admission.cooperation.AgreementId;
import dev.directsupply.admission.cooperation.AmendAgreement;
import dev.directsupply.admission.cooperation.ValidityDetails;
import dev.directsupply.orders.order.ReviewFinding;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The modules together through the SDK: orders ask risk for credit, and the event relay carries
 * cancellations, deliveries, acceptances and released holds between them (DS-4.1, DS-6.1.1, DS-6.2.1).
 */
class OrderToCashTest {
    private static final Actor SALES = Actor.of("li.na", Department.SALES, Role.SALES);
    private static final Actor FINANCE = Actor.of("zhao.lei", Department.FINANCE, Role.FINANCE);
    private static final Actor CREDIT = Actor.of("qian.yu", Department.CREDIT, Role.CREDIT_MANAGER);
    private static final Actor PRODUCTION = Actor.of("zhou.qiang", Department.PRODUCTION, Role.PRODUCTION);
    private static final Actor LOGISTICS = Actor.of("wu.gang", Department.LOGISTICS, Role.LOGISTICS);
    private static final ProductCode SOY_SAUCE = ProductCode.of("P-100");
    /** Reads parked events and failure texts, which carry customer information (DS-7.2.3). */
    private static final Actor RELAY_INSPECTOR = Actor.of("sun.li", Department.AUDIT, Role.AUDITOR);

    private final ManualClock clock = ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE);
    private final InMemoryProductCatalogue catalogue = new InMemoryProductCatalogue()
        .add(new Product(SOY_SAUCE, "酱油", Set.of("500ml"), Set.of("case"), 5, 365, true));
    private final StockAndCapacity stock = new StockAndCapacity(catalogue)
        .stock(SOY_SAUCE, "500ml", new BigDecimal("100")).dailyOutput(SOY_SAUCE, new BigDecimal("200"));
    private final AtomicInteger shippedNotices = new AtomicInteger();
    private DirectSupply sdk;
    private CustomerId customer;
    private int keys;

    /** The storage the scenarios run on: in memory here, a database in subclasses. */
    DocumentStore store() {
        return new InMemoryDocumentStore();
    }

    @BeforeEach
    void aGradedCustomerWithAnAgreementAndAGuarantee() {
        sdk = DirectSupply.builder().store(store()).clock(clock).catalogue(catalogue).supply(stock)
            .production(stock)
            .companyFacts(id -> new CompanyData(Optional.of(LocalDate.parse("2005-01-01")),
                Optional.of(Money.cny("50000000")), Optional.of("AA"), Map.of()))
            .subscribe("shipping-notices", "orders.OrderShipped", event -> shippedNotices.incrementAndGet())
            .build();
        Staff.putOnRecord(sdk.agreements());
        String first17 = "913100000000000" + "01";
        Customer registered = sdk.customers().importExisting(Staff.MANAGEMENT, new ImportCustomer(
            new RegisterCustomer("上海味道餐饮管理有限公司",
            first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "CATERING",
            new BigDecimal("2000000"), List.of(), List.of()), Staff.SALES.id().value(), "SALES", "GENERAL",
            "an existing customer"));
        customer = registered.id();
        AgreementsOnRecord.record(sdk, "AG-1", customer);
        sdk.credit().evaluate(CREDIT, new EvaluateCredit(customer, "INITIAL"));
        sdk.credit().recordGuarantee(FINANCE, new RecordGuarantee(customer, "BANK_GUARANTEE",
            new BigDecimal("500000"), "中国银行上海分行", LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31")));
        sdk.events().drain();
    }

    private Order submitAndReview(String cases, String date) {
        Order submitted = sdk.orders().submit(SALES, new SubmitOrder("k-" + keys++, customer, "EDI", null,
            List.of(new SubmittedLine("P-100", "500ml", new BigDecimal(cases), "case", new BigDecimal("120.00"))),
            LocalDate.parse(date), "SH-WH1", null));
        return sdk.orders().review(SALES, new ReviewOrder(submitted.id()));
    }

    private CreditAccount account() {
        return sdk.credit().account(FINANCE, customer);
    }

    private Order deliverAndAccept(OrderId id) {
        sdk.orders().release(PRODUCTION, new ReleaseOrder(id));
        LocalDate today = LocalDate.now(clock);
        if (sdk.orders().get(SALES, id).tracking(1).isProduced()) {
            sdk.orders().recordProgress(PRODUCTION, new RecordProgress(id, 1, "PACKED", today, null));
        }
        Deliveries.deliverEverything(sdk, id, today);
        return sdk.orders().get(SALES, id);
    }

    @Test
    @DisplayName("DS-3.4 DS-6.2.1 an order is reviewed on the agreement version in force on its day, and invoiced on its payment terms")
    void givenAmendedAgreement_whenOrderedAfterItsFirstDay_thenNewPricesAndPaymentTerms() {
        Order before = submitAndReview("300", "2026-04-10");
        sdk.cooperation().amend(Staff.SALES_MANAGER, new AmendAgreement(AgreementId.of("AG-1"),
            AgreementsOnRecord.terms("125.00", 45), new ValidityDetails(LocalDate.parse("2026-04-01"), null, null),
            AgreementsOnRecord.signatures(), "prices up from April; payment in 45 days"));
        clock.moveTo("2026-04-01");

        Order atOldPrice = submitAndReview("300", "2026-04-20");
        assertThat(atOldPrice.clearance().review().agreement()).isEqualTo("AG-1/v2");
        assertThat(atOldPrice.clearance().review().findings()).extracting(ReviewFinding::code)
            .contains("orders.review.price-differs");
        Order atNewPrice = sdk.orders().review(SALES, new ReviewOrder(sdk.orders().submit(SALES, new SubmitOrder(
            "k-new-price", customer, "EDI", null, List.of(new SubmittedLine("P-100", "500ml", new BigDecimal("300"),
                "case", new BigDecimal("125.00"))), LocalDate.parse("2026-04-20"), "SH-WH1", null)).id()));
        assertThat(before.clearance().review().agreement()).isEqualTo("AG-1/v1");
        assertThat(atNewPrice.status()).isEqualTo(OrderStatus.APPROVED);

        Order accepted = deliverAndAccept(atNewPrice.id());
        sdk.events().drain();

        Invoice invoice = sdk.receivables().invoice(FINANCE, InvoiceId.of("INV-" + accepted.id()));
        assertThat(invoice.dueDate()).as("the agreed 45 days: the AA customer is not risky")
            .isEqualTo(LocalDate.parse("2026-04-01").plusDays(45));
    }

    @Test
    @DisplayName("DS-4.1.2 an order held for an overdue invoice is approved once the customer pays it")
    void givenOverdueInvoice_whenPaid_thenHeldOrderApproved() {
        sdk.receivables().issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-1"), customer, null,
            new BigDecimal("100000"), LocalDate.parse("2026-03-15")));
        clock.moveTo("2026-06-23");

        Order held = submitAndReview("300", "2026-07-10");
        assertThat(held.status()).isEqualTo(OrderStatus.ON_CREDIT_HOLD);
        assertThat(held.clearance().credit().reasons()).contains(HoldReason.OVERDUE_BEYOND_TOLERANCE.name());
        assertThat(String.join("\n", held.clearance().credit().explain(dev.directsupply.kernel.Messages.ENGLISH)))
            .contains("days past due");

        sdk.receivables().recordPayment(FINANCE, new RecordPayment(InvoiceId.of("INV-1"), "BANK-77",
            LocalDate.parse("2026-06-23"), new BigDecimal("100000")));
        sdk.events().drain();

        Order approved = sdk.orders().get(SALES, held.id());
        assertThat(approved.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(account().reservation(reference(held))).isPresent();
    }

    @Test
    @DisplayName("DS-4.1.2 finance overrides a credit hold with a reason: the order is approved and its credit reserved")
    void givenHeldOrder_whenFinanceOverrides_thenApprovedAndReserved() {
        sdk.receivables().issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-1"), customer, null,
            new BigDecimal("100000"), LocalDate.parse("2026-03-15")));
        clock.moveTo("2026-06-23");
        Order held = submitAndReview("300", "2026-07-10");
        assertThat(held.status()).isEqualTo(OrderStatus.ON_CREDIT_HOLD);

        Order approved = sdk.orders().overrideCreditHold(FINANCE, new OverrideCreditHold(held.id(),
            "the customer's payment is on its way, confirmed by its CFO"));

        assertThat(approved.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(account().reservation(reference(held))).isPresent();
    }

    @Test
    @DisplayName("DS-4.1.2 sales cannot free a live order's credit to get a held order approved over the limit")
    void givenHeldOrder_whenSalesReleasesAnotherLiveOrdersCredit_thenRefusedAndStillHeld() {
        sdk.credit().overrideLimit(CREDIT, new OverrideCreditLimit(customer, new BigDecimal("50000"),
            "a new customer's first quarter", LocalDate.parse("2026-12-31")));
        sdk.credit().approveLimitOverride(FINANCE, new ApproveLimitOverride(customer));
        Order live = submitAndReview("300", "2026-04-10");
        assertThat(live.status()).isEqualTo(OrderStatus.APPROVED);
        Order held = submitAndReview("300", "2026-04-10");
        assertThat(held.status()).as("limit %s", account().limit(LocalDate.now(clock)))
            .isEqualTo(OrderStatus.ON_CREDIT_HOLD);

        assertThatThrownBy(() -> sdk.credit().release(SALES, new ReleaseCredit(customer, reference(live),
            "the customer asked")))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.2"));
        assertThatThrownBy(() -> sdk.credit().release(FINANCE, new ReleaseCredit(customer, reference(live),
            "the customer asked")))
            .isInstanceOfSatisfying(OrderStillLive.class, e -> {
                assertThat(e.rule()).contains("DS-4.1.2");
                assertThat(e.message(Messages.ENGLISH)).contains("still on its way");
                assertThat(e.message(Messages.CHINESE)).contains("仍在履行中");
            });
        assertThatThrownBy(() -> sdk.credit().markDelivered(FINANCE, new MarkDelivered(customer, reference(live))))
            .isInstanceOf(OrderStillLive.class);
        sdk.events().drain();

        assertThat(sdk.orders().get(SALES, held.id()).status()).isEqualTo(OrderStatus.ON_CREDIT_HOLD);
        assertThat(account().reservation(reference(live))).isPresent();
    }

    @Test
    @DisplayName("DS-6.2.1 the scale tier follows the customer registry: credit management cannot set it to move the limit")
    void givenCreditManager_whenScaleTierSetDirectly_thenRefusedAndLimitKept() {
        Money before = account().limit(LocalDate.now(clock));

        assertThatThrownBy(() -> sdk.credit().changeScaleTier(CREDIT, new ChangeScaleTier(customer, ScaleTier.LARGE)))
            .isInstanceOf(AccessDenied.class);

        assertThat(account().scaleTier()).isEqualTo(ScaleTier.MEDIUM);
        assertThat(account().limit(LocalDate.now(clock))).isEqualTo(before);
    }

    @Test
    @DisplayName("DS-6.2.2 finance may release, with a reason, the credit of an order that ended")
    void givenCancelledOrder_whenFinanceReleasesWithReason_thenReleased() {
        Order approved = submitAndReview("300", "2026-04-10");
        sdk.orders().cancel(SALES, new CancelOrder(approved.id(), "the customer's plant is closed", "Ms Chen",
            "PHONE"));

        sdk.credit().release(FINANCE, new ReleaseCredit(customer, reference(approved), "the relay is down"));

        assertThat(account().reservation(reference(approved))).isEmpty();
        assertThat(sdk.events().drain().failures()).as("the reaction finds it released already").isEmpty();
    }

    @Test
    @DisplayName("DS-4.1.2 whoever submitted an order cannot override its credit hold, where a host lets one person hold both roles")
    void givenSubmitterWithFinanceRole_whenOverridingOwnHold_thenDeniedAndAnotherMay() {
        Actor salesAndFinance = Actor.of("lin.yi", Department.SALES, Role.SALES, Role.FINANCE);
        DirectSupply widened = DirectSupply.builder().store(sdk.store()).clock(clock).catalogue(catalogue)
            .supply(stock).production(stock)
            .access(DirectSupply.defaultAccess().toBuilder().departments(Role.FINANCE, Department.FINANCE,
                Department.SALES).build()).build();
        Staff.putOnRecord(widened.agreements(), salesAndFinance);
        sdk.receivables().issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-1"), customer, null,
            new BigDecimal("100000"), LocalDate.parse("2026-03-15")));
        clock.moveTo("2026-06-23");
        Order submitted = widened.orders().submit(salesAndFinance, new SubmitOrder("k-own", customer, "EDI", null,
            List.of(new SubmittedLine("P-100", "500ml", new BigDecimal("300"), "case", new BigDecimal("120.00"))),
            LocalDate.parse("2026-07-10"), "SH-WH1", null));
        Order held = widened.orders().review(salesAndFinance, new ReviewOrder(submitted.id()));
        assertThat(held.status()).isEqualTo(OrderStatus.ON_CREDIT_HOLD);

        assertThatThrownBy(() -> widened.orders().overrideCreditHold(salesAndFinance, new OverrideCreditHold(held.id(),
            "I know this customer")))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-4.1.2"));
        assertThat(widened.orders().get(SALES, held.id()).status()).isEqualTo(OrderStatus.ON_CREDIT_HOLD);

        assertThat(widened.orders().overrideCreditHold(FINANCE, new OverrideCreditHold(held.id(),
            "the customer's CFO confirmed the payment")).status()).isEqualTo(OrderStatus.APPROVED);
    }

    @Test
    @DisplayName("DS-6.1.1 an accepted order is billed for what is owed and counts as a purchase (DS-2.2.1)")
    void givenAcceptedOrder_whenRelayed_thenInvoicedAndPurchaseRecorded() {
        Order approved = submitAndReview("300", "2026-04-10");
        assertThat(approved.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(account().exposure().approvedUninvoiced()).isEqualTo(Money.cny("36000.00"));

        Order accepted = deliverAndAccept(approved.id());
        assertThat(sdk.events().drain().failures()).isEmpty();

        Invoice invoice = sdk.receivables().invoice(FINANCE, InvoiceId.of("INV-" + accepted.id()));
        assertThat(invoice.amount()).isEqualTo(Money.cny("36000.00"));
        assertThat(invoice.order()).isEqualTo(reference(accepted));
        assertThat(account().reservation(reference(accepted))).isEmpty();
        assertThat(account().exposure().openReceivables()).isEqualTo(Money.cny("36000.00"));
        assertThat(sdk.customers().purchase(SALES, customer, accepted.id().value())).isPresent();
        assertThat(shippedNotices).as("the host's own subscriber").hasValue(1);
    }

    @Test
    @DisplayName("DS-4.2.4 DS-6.1.1 a shortage found at the joint acceptance is billed as accepted, and its settlement by "
        + "a credit note adjusts the invoice in risk, once")
    void givenShortageAtAcceptance_whenSettledByCreditNote_thenInvoiceAdjusted() {
        Order approved = submitAndReview("100", "2026-04-10");
        sdk.orders().release(PRODUCTION, new ReleaseOrder(approved.id()));
        LocalDate today = LocalDate.now(clock);
        ShipmentId shipment = Deliveries.planReady(sdk, approved.id(), today).id();
        Deliveries.dispatch(sdk, shipment, today);
        Deliveries.acceptReceived(sdk, shipment, today, List.of(new BigDecimal("98")));
        assertThat(sdk.events().drain().failures()).isEmpty();
        Invoice billed = sdk.receivables().invoice(FINANCE, InvoiceId.of("INV-" + approved.id()));
        assertThat(billed.amount()).as("98 accepted cases").isEqualTo(Money.cny("11760.00"));

        sdk.shipments().resolve(Staff.SALES_MANAGER, new ResolveDiscrepancy(shipment, 1, "PRICE_DISCOUNT",
            new BigDecimal("200.00"), null, "200 off for the trouble of the short delivery", "赵经理", today));
        assertThat(sdk.events().drain().failures()).isEmpty();
        sdk.events().drain();

        Invoice adjusted = sdk.receivables().invoice(FINANCE, InvoiceId.of("INV-" + approved.id()));
        assertThat(adjusted.outstanding()).isEqualTo(Money.cny("11560.00"));
        assertThat(adjusted.settlements().creditNotes()).singleElement()
            .satisfies(note -> assertThat(note.reason()).contains("SHORTAGE", "PRICE_DISCOUNT"));
        assertThat(sdk.orders().get(SALES, approved.id()).status()).isEqualTo(OrderStatus.ACCEPTED);
    }

    @Test
    @DisplayName("DS-6.1.3 DS-6.1.4 DS-6.2.3 with the SDK's defaults the risk register raises a quality risk from "
        + "inspections and a supply risk from a late delivery, by itself")
    void givenNonConformingInspectionsAndALateDelivery_whenMonitored_thenQualityAndSupplyRisks() {
        LocalDate today = LocalDate.now(clock);
        sdk.inspections().record(Staff.QUALITY, new RecordInspection("IN_PROCESS", "P-100", "L-WEAK",
            new RecordInspection.SamplingDetails(500L, 20L, 1L), 2L, List.of(new RecordInspection.NonConformanceDetails(
                "fill level", "MAJOR", 2L, "two bottles under-filled")), today));
        Order approved = submitAndReview("100", "2026-03-20");
        sdk.orders().release(PRODUCTION, new ReleaseOrder(approved.id()));
        ShipmentId shipment = Deliveries.planReady(sdk, approved.id(), today).id();
        Deliveries.dispatch(sdk, shipment, today);
        clock.moveTo("2026-03-23");
        Deliveries.acceptAsShipped(sdk, shipment, LocalDate.now(clock));
        sdk.events().drain();

        List<Risk> raised = sdk.riskRegister().monitor(Staff.QUALITY);

        assertThat(raised).extracting(Risk::category, Risk::subject).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(RiskCategory.QUALITY, RiskSubject.productLine("P-100")),
            org.assertj.core.groups.Tuple.tuple(RiskCategory.SUPPLY, RiskSubject.customer(customer.value())));
        assertThat(raised).filteredOn(risk -> risk.category() == RiskCategory.QUALITY).singleElement()
            .satisfies(risk -> assertThat(risk.identification().description()).contains("non-conformance rate 0.0606"));
    }

    @Test
    @DisplayName("DS-4.1.4 DS-6.1.4 a delay the customer is not told of in time is escalated and, with the SDK's "
        + "defaults, raises a supply risk for the customer by itself")
    void givenUntoldDelay_whenEscalatedAndMonitored_thenSupplyRisk() {
        Order approved = submitAndReview("300", "2026-04-10");
        sdk.orders().release(PRODUCTION, new ReleaseOrder(approved.id()));
        clock.moveTo("2026-04-08");
        assertThat(sdk.orders().detectDelays(PRODUCTION)).extracting(Order::id).containsExactly(approved.id());
        assertThat(sdk.riskRegister().monitor(Staff.QUALITY)).as("told in time, nothing to raise yet").isEmpty();

        clock.advance(java.time.Duration.ofHours(25));
        sdk.orders().detectDelays(PRODUCTION);

        assertThat(sdk.orders().untoldDelays(SALES)).extracting(Order::id).containsExactly(approved.id());
        assertThat(sdk.riskRegister().monitor(Staff.QUALITY)).singleElement().satisfies(risk -> {
            assertThat(risk.category()).isEqualTo(RiskCategory.SUPPLY);
            assertThat(risk.subject()).isEqualTo(RiskSubject.customer(customer.value()));
            assertThat(risk.identification().description()).contains("delays untold 1");
        });
    }

    @Test
    @DisplayName("DS-4.2 the order follows a part shipment: shipped in part when it leaves, accepted only with the last")
    void givenTwoShipments_whenTheFirstIsAccepted_thenOrderWaitsForTheSecond() {
        Order approved = submitAndReview("100", "2026-04-10");
        sdk.orders().release(PRODUCTION, new ReleaseOrder(approved.id()));
        LocalDate today = LocalDate.now(clock);
        sdk.inspections().record(Staff.QUALITY, new RecordInspection("FINAL", "P-100", "L-A",
            new RecordInspection.SamplingDetails(500L, 13L, 1L), 0L, List.of(), today));
        ShipOrderGoods.Route route = new ShipOrderGoods.Route(120, false, false);
        PlanShipment.CargoDetails cargo = new PlanShipment.CargoDetails(BigDecimal.ONE, new BigDecimal("0.01"),
            List.of());
        PlanShipment.LotDetails lot = new PlanShipment.LotDetails("L-A", today.minusDays(1), 12, "MONTHS");
        ShipmentId first = sdk.orderShipments().plan(Staff.LOGISTICS, new ShipOrderGoods(approved.id(), today, route,
            List.of(new ShipOrderGoods.LotLine(1, new BigDecimal("60"), lot, cargo)))).id();
        assertThatThrownBy(() -> sdk.orderShipments().plan(Staff.LOGISTICS, new ShipOrderGoods(approved.id(), today,
            route, List.of(new ShipOrderGoods.LotLine(1, new BigDecimal("41"), lot, cargo)))))
            .as("60 planned, 40 left").isInstanceOf(NotReadyToPlan.class);
        ShipmentId second = sdk.orderShipments().plan(Staff.LOGISTICS, new ShipOrderGoods(approved.id(), today, route,
            List.of(new ShipOrderGoods.LotLine(1, new BigDecimal("40"), lot, cargo)))).id();

        Deliveries.dispatch(sdk, first, today);
        Deliveries.acceptAsShipped(sdk, first, today);
        sdk.events().drain();
        assertThat(sdk.orders().get(SALES, approved.id()).status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);

        Deliveries.dispatch(sdk, second, today);
        Deliveries.acceptAsShipped(sdk, second, today);
        sdk.events().drain();
        Order accepted = sdk.orders().get(SALES, approved.id());
        assertThat(accepted.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(accepted.fulfilment().shipments()).hasSize(2);
    }

    @Test
    @DisplayName("DS-6.2.2 a cancelled order gives back its credit and its stock")
    void givenReleasedOrder_whenCancelled_thenCreditAndStockReleased() {
        Order approved = submitAndReview("300", "2026-04-10");
        sdk.orders().release(PRODUCTION, new ReleaseOrder(approved.id()));
        assertThat(stock.stockOf(SOY_SAUCE, "500ml")).isZero();

        sdk.orders().cancel(SALES, new CancelOrder(approved.id(), "the customer's plant is closed", "Ms Chen",
            "PHONE"));
        sdk.events().drain();

        assertThat(account().reservation(reference(approved))).isEmpty();
        assertThat(account().exposure().approvedUninvoiced()).isEqualTo(Money.cny("0.00"));
        assertThat(stock.stockOf(SOY_SAUCE, "500ml")).isEqualByComparingTo("100");
    }

    @Test
    @DisplayName("DS-6.2.2 an amendment releases the old revision's credit; the new revision is checked anew")
    void givenApprovedOrder_whenAmended_thenOldRevisionReleasedAndNewOneReserved() {
        Order approved = submitAndReview("300", "2026-04-10");

        Order amended = sdk.orders().amend(SALES, new AmendOrder(approved.id(), List.of(new LineChange(1,
            new BigDecimal("400"))), null, null, "Ms Chen", null, "PHONE"));
        sdk.events().drain();
        assertThat(account().reservation(reference(approved))).isEmpty();

        Order again = sdk.orders().review(SALES, new ReviewOrder(amended.id()));
        assertThat(again.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(account().reservation(reference(again))).hasValueSatisfying(
            reservation -> assertThat(reservation.orderAmount()).isEqualTo(Money.cny("48000.00")));
    }

    @Test
    @DisplayName("DS-6.2.1 purchases that lift the customer's scale raise its credit limit")
    void givenPurchasesLiftingTheScale_whenRelayed_thenLimitFollows() {
        Money before = account().limit(LocalDate.now(clock));
        assertThat(account().scaleTier()).isEqualTo(ScaleTier.MEDIUM);

        sdk.customers().recordPurchase(FINANCE, new RecordPurchase(customer, "INV-OLD-1", LocalDate.parse("2026-03-10"),
            new BigDecimal("6000000"), null));
        sdk.events().drain();

        assertThat(account().scaleTier()).isEqualTo(ScaleTier.LARGE);
        assertThat(account().limit(LocalDate.now(clock))).isGreaterThan(before);
    }

    @Test
    @DisplayName("the relay delivers each event to each subscriber once, however often it runs")
    void givenRelayRunTwice_whenEventsWereDelivered_thenNothingTwice() {
        Order approved = submitAndReview("100", "2026-04-10");
        deliverAndAccept(approved.id());

        EventRelay.Relayed again = sdk.events().drain();

        assertThat(again.events()).isZero();
        assertThat(again.failures()).isEmpty();
        assertThat(shippedNotices).hasValue(1);
        assertThat(account().openItems()).as("billed once").hasSize(1);
    }

    @Test
    @DisplayName("an event the store hands out twice reaches each subscriber once: the relay's notes skip it")
    void givenStoreHandingEventsOutTwice_whenRelayed_thenEachSubscriberOnce() {
        AtomicInteger delivered = new AtomicInteger();
        DocumentStore forgetful = new ForwardingDocumentStore(new InMemoryDocumentStore()) {
            private boolean forgot;

            @Override
            public int relay(int limit, OutboxHandler handler) {
                if (!forgot) {
                    // A relay that crashed after handling, before marking the run dispatched.
                    forgot = true;
                    try {
                        handler.handle(pendingEvents(limit));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return 0;
                }
                return super.relay(limit, handler);
            }
        };
        DirectSupply twice = DirectSupply.builder().clock(clock).store(forgetful)
            .subscribe("counter", "customer.CustomerRegistered", event -> delivered.incrementAndGet()).build();
        Staff.putOnRecord(twice.agreements());
        String first17 = "91310000000000099";
        twice.customers().importExisting(Staff.MANAGEMENT, new ImportCustomer(
            new RegisterCustomer("宁波顺达物流有限公司",
            first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "LOGISTICS",
            new BigDecimal("300000"), List.of(), List.of()), Staff.SALES.id().value(), "SALES", "GENERAL",
            "an existing customer"));

        twice.events().drain();
        twice.events().drain();

        assertThat(delivered).hasValue(1);
        assertThat(forgetful.pendingEvents(10)).isEmpty();
    }

    @Test
    @DisplayName("a subscriber that keeps failing is parked after five attempts, and the rest go on")
    void givenFailingSubscriber_whenRelayedRepeatedly_thenParkedAndOthersDelivered() {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger warehouse = new AtomicInteger();
        DirectSupply failing = DirectSupply.builder().clock(clock).store(sdk.store()).catalogue(catalogue)
            .supply(stock).production(stock)
            .subscribe("flaky-erp", "orders.OrderReceived", event -> {
                attempts.incrementAndGet();
                throw new IllegalStateException("the ERP is down");
            })
            .subscribe("warehouse", "orders.OrderReceived", event -> warehouse.incrementAndGet()).build();
        Order received = failing.orders().submit(SALES, new SubmitOrder("k-flaky", customer, "EDI", null,
            List.of(new SubmittedLine("P-100", "500ml", new BigDecimal("10"), "case", new BigDecimal("120.00"))),
            LocalDate.parse("2026-04-10"), "SH-WH1", null));

        for (int round = 1; round < EventRelay.MAX_ATTEMPTS; round++) {
            EventRelay.Relayed relayed = failing.events().drain(RELAY_INSPECTOR);
            assertThat(relayed.failures()).singleElement().asString().contains("the ERP is down");
            assertThat(failing.events().parked(RELAY_INSPECTOR)).isEmpty();
            clock.advance(Duration.ofHours(1));
        }
        failing.events().drain();

        assertThat(attempts).hasValue(EventRelay.MAX_ATTEMPTS);
        assertThat(warehouse).as("the working subscriber had the event once, however often it was relayed")
            .hasValue(1);
        assertThat(failing.events().parked(RELAY_INSPECTOR)).singleElement().satisfies(parked -> {
            assertThat(parked.subscriber()).isEqualTo("flaky-erp");
            assertThat(parked.event().aggregateId()).isEqualTo(received.id().value());
        });
        clock.advance(Duration.ofHours(1));
        assertThat(failing.events().drain().failures()).isEmpty();
        assertThat(failing.store().pendingEvents(100)).isEmpty();
    }

    @Test
    @DisplayName("a parked event is handed over again once its subscriber works, and is then no longer parked")
    void givenParkedEvent_whenSubscriberRecovers_thenRetriedAndDelivered() {
        AtomicInteger attempts = new AtomicInteger();
        AtomicBoolean erpDown = new AtomicBoolean(true);
        DirectSupply failing = DirectSupply.builder().clock(clock).store(sdk.store()).catalogue(catalogue)
            .supply(stock).production(stock)
            .subscribe("flaky-erp", "orders.OrderReceived", event -> {
                attempts.incrementAndGet();
                if (erpDown.get()) {
                    throw new IllegalStateException("the ERP is down");
                }
            }).build();
        failing.orders().submit(SALES, new SubmitOrder("k-later", customer, "EDI", null,
            List.of(new SubmittedLine("P-100", "500ml", new BigDecimal("10"), "case", new BigDecimal("120.00"))),
            LocalDate.parse("2026-04-10"), "SH-WH1", null));
        for (int round = 0; round < EventRelay.MAX_ATTEMPTS; round++) {
            failing.events().drain();
            clock.advance(Duration.ofHours(1));
        }
        assertThat(failing.events().parked(RELAY_INSPECTOR)).hasSize(1);
        assertThat(failing.events().retryParked()).as("still down").isZero();

        erpDown.set(false);

        assertThat(failing.events().retryParked()).isEqualTo(1);
        assertThat(failing.events().parked(RELAY_INSPECTOR)).isEmpty();
        assertThat(attempts).hasValue(EventRelay.MAX_ATTEMPTS + 2);
    }

    /** What the risk module knows the order's current revision by. */
    private static OrderReference reference(Order order) {
        return OrderReference.of(order.id().value(), order.revision());
    }

    @Test
    @DisplayName("DS-4.1.2 an order's review and the credit it reserves are stored in one write, with both audit entries")
    void givenOrderReviewed_whenCreditReserved_thenOneWriteForBoth() {
        List<WriteBatch> written = new java.util.concurrent.CopyOnWriteArrayList<>();
        DocumentStore counting = new ForwardingDocumentStore(sdk.store()) {
            @Override
            public void write(WriteBatch batch) {
                written.add(batch);
                super.write(batch);
            }
        };
        DirectSupply joined = DirectSupply.builder().store(counting).clock(clock).catalogue(catalogue)
            .supply(stock).production(stock).build();
        Order submitted = joined.orders().submit(SALES, new SubmitOrder("k-joined", customer, "EDI", null,
            List.of(new SubmittedLine("P-100", "500ml", new BigDecimal("10"), "case", new BigDecimal("120.00"))),
            LocalDate.parse("2026-04-01"), "SH-WH1", null));
        written.clear();

        Order reviewed = joined.orders().review(SALES, new ReviewOrder(submitted.id()));

        assertThat(reviewed.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(written).singleElement().satisfies(batch -> assertThat(batch.auditEntries())
            .extracting(AuditEntry::collection).containsExactly("credit-accounts", "orders"));
        assertThat(account().reservations()).hasSize(1);
    }
}
