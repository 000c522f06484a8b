package dev.directsupply.orders;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderParameters;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.orders.order.ProductCode;
import dev.directsupply.orders.reference.InMemoryAgreements;
import dev.directsupply.orders.reference.InMemoryProductCatalogue;
import dev.directsupply.orders.reference.StockAndCapacity;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * An orders module over an in-memory store with the reference ports: a catalogue of soy sauce
 * (P-100, made to order from stock of 100 cases of 500ml), vinegar (P-200, 500 cases in stock), a
 * discontinued product (P-300) and one that keeps only 20 days (P-400); one CORE customer with an
 * agreement in force since 2026-01-01 delivering to SH-WH1 (3 days) and SZ-DC (1 day); today is
 * Sunday 2026-03-15 in Shanghai.
 */
final class OrderFixtures {
    static final Actor SALES = Actor.of("li.na", Department.SALES, Role.SALES).withConfidentialityAgreement();
    static final Actor SALES_MANAGER = Actor.of("wang.fang", Department.SALES, Role.SALES_MANAGER)
        .withConfidentialityAgreement();
    static final Actor FINANCE = Actor.of("zhao.lei", Department.FINANCE, Role.FINANCE).withConfidentialityAgreement();
    static final Actor PRODUCTION = Actor.of("zhou.qiang", Department.PRODUCTION, Role.PRODUCTION)
        .withConfidentialityAgreement();
    static final Actor LOGISTICS = Actor.of("wu.gang", Department.LOGISTICS, Role.LOGISTICS)
        .withConfidentialityAgreement();
    static final Actor SYSTEM = Actor.system("tests");
    static final CustomerId CUSTOMER = CustomerId.of("c-shanghai");
    static final ProductCode SOY_SAUCE = ProductCode.of("P-100");
    static final ProductCode VINEGAR = ProductCode.of("P-200");
    static final ProductCode DISCONTINUED = ProductCode.of("P-300");
    static final ProductCode SHORT_LIVED = ProductCode.of("P-400");

    final ManualClock clock = TestClock.on("2026-03-15");
    final InMemoryDocumentStore store = new InMemoryDocumentStore();
    final InMemoryProductCatalogue catalogue = new InMemoryProductCatalogue();
    final InMemoryAgreements agreements = new InMemoryAgreements();
    final StockAndCapacity supply = new StockAndCapacity(catalogue);
    final Map<CustomerId, OrderingCustomer> customers = new ConcurrentHashMap<>();
    final ScriptedCredit credit = new ScriptedCredit();
    /** Runs inside the next production planning, before it answers: lets another command overtake a release. */
    volatile Runnable beforePlanning = () -> { };
    /** What production answers for the next planning, given its real plan: lets a test hand back a faulty one. */
    volatile UnaryOperator<List<PlannedLine>> planAnswer = UnaryOperator.identity();
    final OrderDesk orders;

    OrderFixtures() {
        this(OrderParameters.defaults());
    }

    OrderFixtures(OrderParameters parameters) {
        catalogue.add(new Product(SOY_SAUCE, "酱油", Set.of("500ml", "1L"), Set.of("case"), 5, 365, true))
            .add(new Product(VINEGAR, "香醋", Set.of(), Set.of("case"), 3, 540, true))
            .add(new Product(DISCONTINUED, "老抽", Set.of(), Set.of("case"), 3, 365, false))
            .add(new Product(SHORT_LIVED, "鲜酱", Set.of(), Set.of("case"), 1, 20, true));
        supply.stock(SOY_SAUCE, "500ml", new BigDecimal("100")).stock(VINEGAR, "", new BigDecimal("500"))
            .dailyOutput(SOY_SAUCE, new BigDecimal("200")).dailyOutput(VINEGAR, new BigDecimal("300"))
            .dailyOutput(SHORT_LIVED, new BigDecimal("100"));
        customer(CUSTOMER, StrategicImportance.CORE);
        agreements.add(agreementFor(CUSTOMER));
        CommandValidator validator = new CommandValidator(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).clockProvider(() -> clock)
            .buildValidatorFactory().getValidator());
        orders = new OrderDesk(store, validator, AccessPolicy.builder().grantAll(OrderPermissions.DEFAULT_GRANTS)
            .build(), parameters, new OrderPorts(id -> Optional.ofNullable(customers.get(id)), agreements,
            catalogue, supply, new ProductionPlanning() {
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
            }, credit), AuditSeal.unkeyed(), clock);
    }

    void customer(CustomerId id, StrategicImportance importance) {
        customers.put(id, new OrderingCustomer(id, "上海味道餐饮管理有限公司 " + id, true, importance));
    }

    static Agreement agreementFor(CustomerId customer) {
        return new Agreement("AG-" + customer.value(), customer, LocalDate.parse("2026-01-01"), null, Map.of(
            SOY_SAUCE, new AgreedPrice(Money.cny("120.00"), "case"),
            VINEGAR, new AgreedPrice(Money.cny("80.00"), "case"),
            SHORT_LIVED, new AgreedPrice(Money.cny("50.00"), "case")), 30, 90, List.of(
            new DeliveryPlace("SH-WH1", "上海市闵行区仓库一号", 3), new DeliveryPlace("SZ-DC", "苏州配送中心", 1)));
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

    static BigDecimal quantity(String value) {
        return new BigDecimal(value);
    }
}
