package dev.directsupply.examples.benchmarks;

import static dev.directsupply.testing.Staff.PRODUCTION;
import static dev.directsupply.testing.Staff.SALES;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.agreement.AgreementDesk;
import dev.directsupply.kernel.agreement.AgreementsModule;
import dev.directsupply.kernel.agreement.StoredAgreements;
import dev.directsupply.kernel.module.Assembly;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.orders.OrdersModule;
import dev.directsupply.orders.order.AcceptOrder;
import dev.directsupply.orders.order.AgreedPrice;
import dev.directsupply.orders.order.AgreedTerms;
import dev.directsupply.orders.order.AgreedTermsSource;
import dev.directsupply.orders.order.Billing;
import dev.directsupply.orders.order.ConfirmDelivery;
import dev.directsupply.orders.order.CreditAnswer;
import dev.directsupply.orders.order.CreditCheck;
import dev.directsupply.orders.order.CreditOutcome;
import dev.directsupply.orders.order.CreditReference;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.orders.order.OrderingCustomer;
import dev.directsupply.orders.order.OrderingCustomers;
import dev.directsupply.orders.order.Product;
import dev.directsupply.orders.order.ProductCatalogue;
import dev.directsupply.orders.order.ProductCode;
import dev.directsupply.orders.order.ProductionPlanning;
import dev.directsupply.orders.order.RecordProgress;
import dev.directsupply.orders.order.ReleaseOrder;
import dev.directsupply.orders.order.ReviewOrder;
import dev.directsupply.orders.order.ShipOrder;
import dev.directsupply.orders.order.ShippedLine;
import dev.directsupply.orders.order.SubmitOrder;
import dev.directsupply.orders.order.SubmittedLine;
import dev.directsupply.orders.order.SupplyCheck;
import dev.directsupply.orders.reference.InMemoryProductCatalogue;
import dev.directsupply.orders.reference.StockAndCapacity;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.sdk.DirectSupply;
import dev.directsupply.testing.ModuleHarness;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The orders module alone on the in-memory store, as the service-level and domain-level benchmarks
 * use it: one customer under an agreement, a product made to order on one line and taken from stock
 * on the other, and a credit check that approves (the risk module is measured on its own).
 */
final class OrderScenario {
    static final CustomerId CUSTOMER = CustomerId.of("c-shanghai");
    static final ProductCode SOY_SAUCE = ProductCode.of("P-100");
    static final ProductCode VINEGAR = ProductCode.of("P-200");
    static final List<SubmittedLine> LINES = List.of(
        new SubmittedLine("P-100", "500ml", new BigDecimal("300"), "case", new BigDecimal("120.00")),
        new SubmittedLine("P-200", "", new BigDecimal("200"), "case", new BigDecimal("80.00")));

    final ManualClock clock = ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE);
    final InMemoryDocumentStore store = new InMemoryDocumentStore();
    final OrderDesk orders;
    private final Actor delivery;
    final LocalDate today = clock.today();
    final LocalDate deliveryDate = today.plusDays(30);

    OrderScenario() {
        InMemoryProductCatalogue catalogue = new InMemoryProductCatalogue()
            .add(new Product(SOY_SAUCE, "酱油", Set.of("500ml", "1L"), Set.of("case"), 5, 365, true))
            .add(new Product(VINEGAR, "香醋", Set.of(), Set.of("case"), 3, 540, true));
        // Stock for the vinegar line; the soy sauce is made to order, each run on the same plan.
        StockAndCapacity stock = new StockAndCapacity(catalogue).stock(VINEGAR, "", new BigDecimal("1000000000"))
            .dailyOutput(SOY_SAUCE, new BigDecimal("1000000000"));
        Optional<AgreedTerms> agreed = Optional.of(new AgreedTerms("AG-1/v1", Map.of(
            SOY_SAUCE, new AgreedPrice(Money.cny("120.00"), "case"),
            VINEGAR, new AgreedPrice(Money.cny("80.00"), "case")),
            30, BigDecimal.ZERO, 90, Map.of("SH-WH1", 3)));
        OrderingCustomer customer = new OrderingCustomer(CUSTOMER, "上海味道餐饮管理有限公司", true,
            StrategicImportance.CORE);
        Assembly assembly = Assembly.builder(List.of(new AgreementsModule(), new OrdersModule())).store(store)
            .clock(clock).validator(new CommandValidator(DirectSupply.defaultValidator(clock)))
            .agreements(new StoredAgreements(store)).seal(AuditSeal.unkeyed())
            .port(OrderingCustomers.class, new OrderingCustomers() {
                @Override
                public Optional<OrderingCustomer> find(CustomerId id) {
                    return Optional.of(customer);
                }

                @Override
                public void recordPurchase(Actor actor, CustomerId id, OrderId order, LocalDate on, Money value) {
                }
            })
            .port(AgreedTermsSource.class, (id, day) -> agreed).port(ProductCatalogue.class, catalogue).port(SupplyCheck.class, stock)
            .port(ProductionPlanning.class, stock).port(CreditCheck.class, new Approving())
            .port(Billing.class, (actor, id, reference, owed, issuedOn, days) -> { })
            .build();
        Staff.putOnRecord(assembly.service(AgreementDesk.class));
        ModuleHarness.assign(store, CUSTOMER.value(), SALES, clock.instant());
        orders = assembly.service(OrderDesk.class);
        // The orders module alone: its ship, deliver and accept steps are the system's, as in the SDK, where
        // they follow the delivery module's shipments (DS-4.2).
        delivery = assembly.pipeline().systemActor("delivery");
    }

    /** One order through every service call from submission to acceptance; returns the accepted order. */
    Order lifecycle(long n) {
        OrderId id = orders.submit(SALES, new SubmitOrder("k-" + n, CUSTOMER, "EDI", null, LINES, deliveryDate,
            "SH-WH1", null)).id();
        Order order = orders.review(SALES, new ReviewOrder(id));
        if (order.status() != OrderStatus.APPROVED) {
            throw new IllegalStateException("the scenario's order was not approved: " + order.status());
        }
        orders.release(PRODUCTION, new ReleaseOrder(id));
        orders.recordProgress(PRODUCTION, new RecordProgress(id, 1, "PRODUCTION_STARTED", today, null));
        orders.recordProgress(PRODUCTION, new RecordProgress(id, 1, "PACKED", today, null));
        orders.ship(delivery, new ShipOrder(id, "WB-" + n, today, List.of(
            new ShippedLine(1, new BigDecimal("300")), new ShippedLine(2, new BigDecimal("200")))));
        orders.confirmDelivery(delivery, new ConfirmDelivery(id, today));
        return orders.accept(delivery, new AcceptOrder(id, today, null, null));
    }

    /** A credit check that approves every order. */
    private static final class Approving implements CreditCheck {
        private static final CreditAnswer APPROVED = new CreditAnswer(CreditOutcome.APPROVED, BigDecimal.ZERO,
            List.of(), List.of("Decision: Approve"), List.of("结论：批准"));

        @Override
        public CreditAnswer reserve(Actor actor, CustomerId customer, CreditReference reference, Money amount) {
            return APPROVED;
        }

        @Override
        public CreditAnswer override(Actor actor, CustomerId customer, CreditReference reference, Money amount,
                                     String reason) {
            return APPROVED;
        }

        @Override
        public void release(Actor actor, CustomerId customer, CreditReference reference, String reason) {
        }

        @Override
        public void markDelivered(Actor actor, CustomerId customer, CreditReference reference) {
        }
    }
}
