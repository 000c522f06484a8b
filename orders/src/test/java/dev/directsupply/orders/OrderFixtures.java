package dev.directsupply.orders;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerPermissions;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.agreement.AgreementsModule;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.module.Assembly;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.orders.order.AgreedPrice;
import dev.directsupply.orders.order.AgreedTerms;
import dev.directsupply.orders.order.AgreedTermsSource;
import dev.directsupply.orders.order.Billing;
import dev.directsupply.orders.order.Communication;
import dev.directsupply.orders.order.CreditCheck;
import dev.directsupply.orders.order.CreditReference;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderMoved;
import dev.directsupply.orders.order.OrderParameters;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.orders.order.OrderingCustomer;
import dev.directsupply.orders.order.OrderingCustomers;
import dev.directsupply.orders.order.PlannedLine;
import dev.directsupply.orders.order.Product;
import dev.directsupply.orders.order.ProductCatalogue;
import dev.directsupply.orders.order.ProductCode;
import dev.directsupply.orders.order.ProductionPlanning;
import dev.directsupply.orders.order.ProductionRequest;
import dev.directsupply.orders.order.ReleaseOrder;
import dev.directsupply.orders.order.ReviewOrder;
import dev.directsupply.orders.order.StatusChange;
import dev.directsupply.orders.order.SubmitOrder;
import dev.directsupply.orders.order.SubmittedLine;
import dev.directsupply.orders.order.SupplyCheck;
import dev.directsupply.orders.reference.InMemoryProductCatalogue;
import dev.directsupply.orders.reference.StockAndCapacity;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.testing.ModuleHarness;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The orders module started for a test as the SDK starts it, over an in-memory store on a hand-moved
 * clock, with the reference ports: a catalogue of soy sauce (P-100, made to order from stock of 100
 * cases of 500ml), vinegar (P-200, 500 cases in stock), a discontinued product (P-300) and one that
 * keeps only 20 days (P-400); one CORE customer with an agreement in force since 2026-01-01 delivering
 * to SH-WH1 (3 days) and SZ-DC (1 day); a credit check the test scripts and billing and purchases it
 * records; today is Sunday 2026-03-15 in Shanghai.
 */
final class OrderFixtures {
    static final Actor SALES = Staff.SALES;
    static final Actor SALES_MANAGER = Staff.SALES_MANAGER;
    static final Actor FINANCE = Staff.FINANCE;
    static final Actor PRODUCTION = Staff.PRODUCTION;
    static final Actor LOGISTICS = Staff.LOGISTICS;
    static final CustomerId CUSTOMER = CustomerId.of("c-shanghai");
    static final ProductCode SOY_SAUCE = ProductCode.of("P-100");
    static final ProductCode VINEGAR = ProductCode.of("P-200");
    static final ProductCode DISCONTINUED = ProductCode.of("P-300");
    static final ProductCode SHORT_LIVED = ProductCode.of("P-400");

    final ManualClock clock;
    final InMemoryDocumentStore store;
    final InMemoryProductCatalogue catalogue = new InMemoryProductCatalogue();
    /** The agreed terms of each customer, as the host's source of agreed terms would answer them. */
    final Map<CustomerId, AgreedTerms> agreements = new ConcurrentHashMap<>();
    final StockAndCapacity supply = new StockAndCapacity(catalogue);
    final Map<CustomerId, OrderingCustomer> customers = new ConcurrentHashMap<>();
    final ScriptedCredit credit = new ScriptedCredit();
    /** What was billed: one line per bill, {@code customer order#revision owed issuedOn agreedDays}. */
    final List<String> bills = new CopyOnWriteArrayList<>();
    /** What counted as purchases: one line per purchase, {@code customer order value on}. */
    final List<String> purchases = new CopyOnWriteArrayList<>();
    /** Runs inside the next production planning, before it answers: lets another command overtake a release. */
    volatile Runnable beforePlanning = () -> { };
    /** What production answers for the next planning, given its real plan: lets a test hand back a faulty one. */
    volatile UnaryOperator<List<PlannedLine>> planAnswer = UnaryOperator.identity();
    final ModuleHarness modules;
    /** Who ships, delivers and accepts orders: the system, following the delivery module's shipments (DS-4.2). */
    final dev.directsupply.kernel.Actor delivery;
    final OrderDesk orders;

    OrderFixtures() {
        this(OrderParameters.defaults());
    }

    OrderFixtures(OrderParameters parameters) {
        this(TestClock.on("2026-03-15"), new InMemoryDocumentStore(), parameters);
    }

    private OrderFixtures(ManualClock clock, InMemoryDocumentStore store, OrderParameters parameters) {
        this.clock = clock;
        this.store = store;
        catalogue.add(new Product(SOY_SAUCE, "酱油", Set.of("500ml", "1L"), Set.of("case"), 5, 365, true))
            .add(new Product(VINEGAR, "香醋", Set.of(), Set.of("case"), 3, 540, true))
            .add(new Product(DISCONTINUED, "老抽", Set.of(), Set.of("case"), 3, 365, false))
            .add(new Product(SHORT_LIVED, "鲜酱", Set.of(), Set.of("case"), 1, 20, true));
        supply.stock(SOY_SAUCE, "500ml", new BigDecimal("100")).stock(VINEGAR, "", new BigDecimal("500"))
            .dailyOutput(SOY_SAUCE, new BigDecimal("200")).dailyOutput(VINEGAR, new BigDecimal("300"))
            .dailyOutput(SHORT_LIVED, new BigDecimal("100"));
        customer(CUSTOMER, StrategicImportance.CORE);
        agreements.put(CUSTOMER, agreementFor(CUSTOMER));
        modules = ModuleHarness.with(new OrdersModule()).store(store).clock(clock).access(accessAsInTheSdk())
            .policy(PolicyParameters.defaults(new OrdersModule().parameters()).with(parameters))
            .port(OrderingCustomers.class, new OrderingCustomers() {
                @Override
                public Optional<OrderingCustomer> find(CustomerId id) {
                    return Optional.ofNullable(customers.get(id));
                }

                @Override
                public void recordPurchase(Actor actor, CustomerId customer, OrderId order, LocalDate on,
                                           Money value) {
                    purchases.add(customer + " " + order + " " + value + " " + on);
                }
            })
            .port(AgreedTermsSource.class, (customer, day) -> Optional.ofNullable(agreements.get(customer)))
            .port(ProductCatalogue.class, catalogue)
            .port(SupplyCheck.class, supply)
            .port(ProductionPlanning.class, new ProductionPlanning() {
                @Override
                public List<PlannedLine> plan(OrderId order, List<ProductionRequest> lines, LocalDate today) {
                    List<PlannedLine> plan = supply.plan(order, lines, today);
                    Runnable overtake = beforePlanning;
                    beforePlanning = () -> { };
                    overtake.run();
                    UnaryOperator<List<PlannedLine>> answer = planAnswer;
                    planAnswer = UnaryOperator.identity();
                    return answer.apply(plan);
                }

                @Override
                public void withdraw(OrderId order) {
                    supply.withdraw(order);
                }
            })
            .port(CreditCheck.class, credit)
            .port(Billing.class, (Billing) (actor, customer, reference, owed, issuedOn, days) -> bills.add(customer
                + " " + reference.order() + "#" + reference.revision() + " " + owed + " " + issuedOn + " " + days + "d"))
            .build();
        orders = modules.service(OrderDesk.class);
        delivery = modules.system();
        customers.keySet().forEach(customer -> modules.assign(customer.value(), Staff.SALES));
    }

    /**
     * The grants the SDK starts with for what this test starts: the orders module's and the agreement
     * register's, and the customer registry's right to see contacts unmasked, which the order feed follows
     * (DS-7.2.2).
     */
    static AccessPolicy accessAsInTheSdk() {
        return Assembly.defaultAccess(List.of(new AgreementsModule(), new OrdersModule())).toBuilder()
            .grant(CustomerPermissions.VIEW_CONTACT_DETAILS,
                CustomerPermissions.DEFAULT_GRANTS.get(CustomerPermissions.VIEW_CONTACT_DETAILS))
            .build();
    }

    /** The module over the same store and clock with nothing cached, as another host or a restart sees it. */
    OrderFixtures anotherHost() {
        return new OrderFixtures(clock, store, orders.parameters());
    }

    /** Relays the events written so far to the module's reactions. */
    List<OutboxEvent> relay() {
        return modules.relay();
    }

    /** The reference the credit check knows the order's revision by. */
    static CreditReference revision(Order order, int revision) {
        return new CreditReference(order.id(), revision);
    }

    /** A customer that orders, looked after by {@code Staff.SALES} (DS-7.2.2). */
    void customer(CustomerId id, StrategicImportance importance) {
        customers.put(id, new OrderingCustomer(id, "上海味道餐饮管理有限公司 " + id, true, importance));
        if (modules != null) {
            modules.assign(id.value(), Staff.SALES);
        }
    }

    static AgreedTerms agreementFor(CustomerId customer) {
        return new AgreedTerms("AG-" + customer.value() + "/v1", Map.of(
            SOY_SAUCE, new AgreedPrice(Money.cny("120.00"), "case"),
            VINEGAR, new AgreedPrice(Money.cny("80.00"), "case"),
            SHORT_LIVED, new AgreedPrice(Money.cny("50.00"), "case")), 30, BigDecimal.ZERO, 90, Map.of("SH-WH1", 3, "SZ-DC", 1));
    }

    static SubmittedLine line(ProductCode product, String specification, String quantity, String unitPrice) {
        return new SubmittedLine(product.value(), specification, new BigDecimal(quantity), "case",
            new BigDecimal(unitPrice));
    }

    /** 300 cases of soy sauce (100 from stock, 200 to make) and 200 of vinegar (stock), for 10 April to SH-WH1. */
    static SubmitOrder anOrder(String key) {
        return anOrder(key, List.of(line(SOY_SAUCE, "500ml", "300", "120.00"), line(VINEGAR, "", "200", "80.00")),
            "2026-04-10", "SH-WH1");
    }

    static SubmitOrder anOrder(String key, List<SubmittedLine> lines, String date, String place) {
        return new SubmitOrder(key, CUSTOMER, "EDI", "PO-" + key, lines, LocalDate.parse(date), place, "NORMAL");
    }

    Order submitted(String key) {
        return orders.submit(SALES, anOrder(key));
    }

    Order reviewed(SubmitOrder order) {
        Order submitted = orders.submit(SALES, order);
        return orders.review(SALES, new ReviewOrder(submitted.id()));
    }

    Order approved(String key) {
        Order order = reviewed(anOrder(key));
        if (order.status() != OrderStatus.APPROVED) {
            throw new IllegalStateException("the fixture order was not approved: " + order.status());
        }
        return order;
    }

    Order released(String key) {
        return orders.release(PRODUCTION, new ReleaseOrder(approved(key).id()));
    }

    /** The order's events as written to the outbox, oldest first. */
    List<OutboxEvent> events(OrderId order) {
        return store.pendingEvents(Integer.MAX_VALUE).stream().map(PendingEvent::event)
            .filter(event -> event.aggregateId().equals(order.value())).toList();
    }

    /** The order's event types, oldest first, without the module prefix. */
    List<String> eventTypes(OrderId order) {
        return events(order).stream().map(event -> event.type().substring("orders.".length())).toList();
    }

    /** The order's moves as its {@code OrderMoved} events published them, oldest first. */
    List<StatusChange> moves(OrderId order) {
        return events(order).stream().filter(event -> event.type().startsWith("orders.OrderMoved"))
            .map(event -> Json.read(event.payload(), OrderMoved.class).move()).toList();
    }

    /** What the customer was told and agreed about the order, oldest first. */
    List<Communication> feed(OrderId order) {
        return orders.feed(SALES, order);
    }

    static BigDecimal quantity(String value) {
        return new BigDecimal(value);
    }
}
