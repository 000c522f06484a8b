package dev.directsupply.examples.benchmarks;

import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.LOGISTICS;
import static dev.directsupply.testing.Staff.PRODUCTION;
import static dev.directsupply.testing.Staff.SALES;

import dev.directsupply.admission.cooperation.RecordExistingAgreement;
import dev.directsupply.customer.ImportCustomer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.delivery.inspection.RecordInspection;
import dev.directsupply.delivery.shipment.DispatchShipment;
import dev.directsupply.delivery.shipment.InspectShipment;
import dev.directsupply.delivery.shipment.NotifyCustomer;
import dev.directsupply.delivery.shipment.PackShipment;
import dev.directsupply.delivery.shipment.PlanShipment;
import dev.directsupply.delivery.shipment.RecordAcceptance;
import dev.directsupply.delivery.shipment.RecordArrival;
import dev.directsupply.delivery.shipment.ShipmentDesk;
import dev.directsupply.delivery.shipment.ShipmentId;
import dev.directsupply.orders.order.CloseOrder;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.Product;
import dev.directsupply.orders.order.ReleaseOrder;
import dev.directsupply.orders.order.ReviewOrder;
import dev.directsupply.orders.order.SubmitOrder;
import dev.directsupply.orders.order.SubmittedLine;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.orders.order.ProductCode;
import dev.directsupply.orders.reference.InMemoryProductCatalogue;
import dev.directsupply.orders.reference.StockAndCapacity;
import dev.directsupply.risk.account.CompanyData;
import dev.directsupply.risk.account.EvaluateCredit;
import dev.directsupply.risk.account.RecordGuarantee;
import dev.directsupply.sdk.DirectSupply;
import dev.directsupply.sdk.ShipOrderGoods;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One order's whole life through the SDK's services on the in-memory store — submitted, reviewed
 * (catalogue, agreement, stock, and credit reserved in the risk module), released, shipped through the
 * delivery module (planned, cleared by inspection, packed, announced, dispatched, accepted with the
 * customer), closed, and the events relayed so that the order follows its shipment, is billed and counted
 * as a purchase —
 * beside two hand-written baselines of the same steps and checks in plain maps with an enum for the
 * state: one that keeps everything in objects, and one that also does what a persisted application
 * must — writes the order as JSON after each step with an event and a SHA-256 audit line. The SDK
 * does more by contract (validation of every command, permissions, explanations, the customer's
 * credit account and invoice as aggregates of their own, optimistic concurrency); the ratios say
 * what that costs.
 * Orders go round 500 customers, so no customer's account grows long within an iteration.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class OrderLifecycleBenchmark {
    static final int CUSTOMERS = 500;
    static final ProductCode VINEGAR = ProductCode.of("P-200");
    static final BigDecimal CASES = new BigDecimal("10");
    static final BigDecimal PRICE = new BigDecimal("80.00");
    private static final List<SubmittedLine> LINES = List.of(new SubmittedLine(VINEGAR.value(), "", CASES, "case",
        PRICE));
    /** The lot every order ships from, passed by its final inspection once (DS-6.2.3). */
    static final String LOT = "L-BENCH";
    private static final ShipOrderGoods.Route ROUTE = new ShipOrderGoods.Route(120, false, false);
    private static final List<ShipOrderGoods.LotLine> SHIPPED = List.of(new ShipOrderGoods.LotLine(1, CASES,
        new PlanShipment.LotDetails(LOT, LocalDate.parse("2026-03-01"), 18, "MONTHS"),
        new PlanShipment.CargoDetails(new BigDecimal("7.5"), new BigDecimal("0.02"), List.of())));

    private DirectSupply sdk;
    private OrderDesk orders;
    private CustomerId[] customers;
    private HandWrittenOrders baseline;
    private HandWrittenOrders persisted;
    private LocalDate today;
    private LocalDate deliveryDate;
    private long sequence;

    @Setup(Level.Iteration)
    public void setUp() {
        Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.WARNING);
        ManualClock clock = ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE);
        today = clock.today();
        deliveryDate = today.plusDays(10);
        InMemoryProductCatalogue catalogue = new InMemoryProductCatalogue()
            .add(new Product(VINEGAR, "香醋", Set.of(), Set.of("case"), 3, 540, true));
        StockAndCapacity stock = new StockAndCapacity(catalogue).stock(VINEGAR, "", new BigDecimal("1000000000"));
        sdk = DirectSupply.builder().clock(clock).catalogue(catalogue).supply(stock)
            .production(stock)
            .companyFacts(id -> new CompanyData(Optional.of(LocalDate.parse("2005-01-01")),
                Optional.of(Money.cny("50000000")), Optional.of("AA"), Map.of()))
            .build();
        Staff.putOnRecord(sdk.agreements());
        inspectLot(sdk);
        orders = sdk.orders();
        baseline = new HandWrittenOrders(today, false);
        persisted = new HandWrittenOrders(today, true);
        customers = new CustomerId[CUSTOMERS];
        for (int i = 0; i < CUSTOMERS; i++) {
            String first17 = "91310000" + String.format("%09d", i + 1);
            customers[i] = sdk.customers().importExisting(Staff.MANAGEMENT, new ImportCustomer(
            new RegisterCustomer("客户 " + i,
                first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "CATERING",
                new BigDecimal("2000000"), List.of(), List.of()), Staff.SALES.id().value(), "SALES", "GENERAL",
            "an existing customer")).id();
            sdk.cooperation().recordExisting(Staff.MANAGEMENT, new RecordExistingAgreement(customers[i],
                OrderToCashFixture.agreement("AG-" + i, VINEGAR.value(), "80.00"), "the customer's agreement"));
            sdk.credit().evaluate(CREDIT, new EvaluateCredit(customers[i], "INITIAL"));
            sdk.credit().recordGuarantee(FINANCE, new RecordGuarantee(customers[i], "BANK_GUARANTEE",
                new BigDecimal("500000"), "银行", LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31")));
            // The baseline's exposure only grows (nothing is paid here), so its limit never binds.
            baseline.customer(customers[i].value(), "AG-" + i, new BigDecimal("1000000000000"));
            persisted.customer(customers[i].value(), "AG-" + i, new BigDecimal("1000000000000"));
        }
        sdk.events().drain();
    }

    @Benchmark
    public Order sdkOrderToCash() {
        long n = sequence++;
        OrderId id = deliver(sdk, customers[(int) (n % CUSTOMERS)], n, today, deliveryDate);
        return close(sdk, id);
    }

    /** The benchmark lot's final inspection, passed (DS-6.2.3): every order's goods come from it. */
    static void inspectLot(DirectSupply sdk) {
        sdk.inspections().record(Staff.QUALITY, new RecordInspection("FINAL", VINEGAR.value(), LOT,
            new RecordInspection.SamplingDetails(100_000L, 200L, 2L), 0L, List.of(), LocalDate.now(sdk.clock())));
    }

    /**
     * The n-th order from submission to its joint acceptance, as each benchmark on the SDK runs it: submitted,
     * reviewed, released, and its goods shipped through delivery — planned, cleared by the lot's inspection,
     * packed and labelled, announced, dispatched, arrived, accepted with the customer (DS-4.2). The order
     * follows its shipment through the relay, which is the caller's to drain; returns the order's id.
     */
    static OrderId deliver(DirectSupply sdk, CustomerId customer, long n, LocalDate today, LocalDate deliveryDate) {
        OrderDesk orders = sdk.orders();
        OrderId id = orders.submit(SALES, new SubmitOrder("k-" + n, customer, "EDI", null, LINES, deliveryDate,
            "SH-WH1", null)).id();
        Order order = orders.review(SALES, new ReviewOrder(id));
        if (order.status() != OrderStatus.APPROVED) {
            throw new IllegalStateException("the benchmark's order was not approved: " + order.status());
        }
        orders.release(PRODUCTION, new ReleaseOrder(id));
        ShipmentDesk shipments = sdk.shipments();
        ShipmentId shipment = sdk.orderShipments().plan(LOGISTICS, new ShipOrderGoods(id, today, ROUTE, SHIPPED)).id();
        shipments.inspect(LOGISTICS, new InspectShipment(shipment));
        shipments.pack(LOGISTICS, new PackShipment(shipment, List.of(new PackShipment.PackageDetails(1, CASES))));
        shipments.notifyCustomer(LOGISTICS, new NotifyCustomer(shipment, "顺丰", "SF-" + n, null));
        shipments.dispatch(LOGISTICS, new DispatchShipment(shipment, today));
        shipments.recordArrival(Staff.CUSTOMER_SERVICE, new RecordArrival(shipment, today));
        shipments.recordAcceptance(Staff.CUSTOMER_SERVICE, new RecordAcceptance(shipment, today, "ACCEPT", List.of(),
            "收货人", ""));
        return id;
    }

    /**
     * Drains the relay until the order has followed its accepted shipment — another host on the same store may
     * be relaying its events just then — and closes it.
     */
    static Order close(DirectSupply sdk, OrderId id) {
        for (int attempt = 0; sdk.orders().get(SALES, id).status() != OrderStatus.ACCEPTED; attempt++) {
            if (attempt > 10_000) {
                throw new IllegalStateException("order " + id + " never followed its accepted shipment");
            }
            sdk.events().drain();
            Thread.onSpinWait();
        }
        Order closed = sdk.orders().close(SALES, new CloseOrder(id));
        sdk.events().drain();
        return closed;
    }

    @Benchmark
    public HandWrittenOrders.Order handWrittenOrderToCash() {
        return handWritten(baseline);
    }

    @Benchmark
    public HandWrittenOrders.Order handWrittenPersistedOrderToCash() {
        return handWritten(persisted);
    }

    private HandWrittenOrders.Order handWritten(HandWrittenOrders baseline) {
        long n = sequence++;
        String customer = customers[(int) (n % CUSTOMERS)].value();
        HandWrittenOrders.Order order = baseline.submit("k-" + n, customer, VINEGAR.value(), "", CASES, "case",
            PRICE, deliveryDate, "SH-WH1");
        baseline.review(order.id);
        baseline.release(order.id);
        baseline.ship(order.id, CASES);
        baseline.deliver(order.id);
        baseline.accept(order.id);
        baseline.close(order.id);
        return order;
    }

    /**
     * What a team would write by hand for the same steps: plain maps, an enum and a switch per step,
     * the same checks (known product and unit, the agreed price, transport time, stock, the credit
     * limit), an invoice and a purchase on acceptance. No validation framework, no permissions, no
     * concurrency control; when {@code persisted}, each step also stores the order as JSON, an event
     * and a hash-chained audit line, as an application with a database must.
     */
    public static final class HandWrittenOrders {
        enum Status { RECEIVED, APPROVED, HELD, RELEASED, SHIPPED, DELIVERED, ACCEPTED, CLOSED }

        /** A mutable order. */
        public static final class Order {
            final String id;
            final String key;
            final String customer;
            final String product;
            final BigDecimal quantity;
            final String unit;
            final BigDecimal price;
            final LocalDate date;
            final String place;
            Status status = Status.RECEIVED;
            BigDecimal shipped = BigDecimal.ZERO;

            Order(String id, String key, String customer, String product, BigDecimal quantity, String unit,
                  BigDecimal price, LocalDate date, String place) {
                this.id = id;
                this.key = key;
                this.customer = customer;
                this.product = product;
                this.quantity = quantity;
                this.unit = unit;
                this.price = price;
                this.date = date;
                this.place = place;
            }

            BigDecimal total() {
                return quantity.multiply(price);
            }
        }

        private final LocalDate today;
        private final Map<String, Order> orders = new HashMap<>();
        private final Map<String, String> keys = new HashMap<>();
        private final Map<String, Set<String>> units = Map.of("P-200", Set.of("case"));
        private final Map<String, Map<String, BigDecimal>> prices = new HashMap<>();
        private final Map<String, Map<String, Integer>> places = new HashMap<>();
        private final Map<String, BigDecimal> stock = new HashMap<>(Map.of("P-200", new BigDecimal("1000000000")));
        private final Map<String, BigDecimal> limits = new HashMap<>();
        private final Map<String, BigDecimal> exposure = new HashMap<>();
        private final Map<String, BigDecimal> invoices = new HashMap<>();
        private final Map<String, BigDecimal> purchases = new HashMap<>();
        private final List<String> history = new ArrayList<>();
        private final boolean persisted;
        private final Map<String, String> documents = new HashMap<>();
        private final List<String> events = new ArrayList<>();
        private final MessageDigest sha256;
        private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        private String lastHash = "";
        private long sequence;

        HandWrittenOrders(LocalDate today, boolean persisted) {
            this.today = today;
            this.persisted = persisted;
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The order's stored form. */
        record Stored(String id, String customer, String product, BigDecimal quantity, String unit, BigDecimal price,
                      LocalDate date, String place, String status, BigDecimal shipped) {
        }

        private void store(Order order) {
            if (!persisted) {
                history.add(order.id + " " + order.status);
                return;
            }
            try {
                String body = json.writeValueAsString(new Stored(order.id, order.customer, order.product,
                    order.quantity, order.unit, order.price, order.date, order.place, order.status.name(),
                    order.shipped));
                documents.put(order.id, body);
                events.add(json.writeValueAsString(Map.of("order", order.id, "status", order.status.name())));
                lastHash = HexFormat.of().formatHex(sha256.digest((lastHash + body).getBytes(StandardCharsets.UTF_8)));
                history.add(order.id + " " + order.status + " " + lastHash);
                if (events.size() > 10_000) {
                    events.clear();
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        void customer(String customer, String agreement, BigDecimal limit) {
            prices.put(customer, Map.of("P-200", new BigDecimal("80.00")));
            places.put(customer, Map.of("SH-WH1", 3));
            limits.put(customer, limit);
            exposure.put(customer, BigDecimal.ZERO);
        }

        Order submit(String key, String customer, String product, String specification, BigDecimal quantity,
                     String unit, BigDecimal price, LocalDate date, String place) {
            if (key == null || key.isBlank() || customer == null || product == null || quantity == null
                || quantity.signum() <= 0 || unit == null || price == null || price.signum() <= 0 || date == null
                || date.isBefore(today) || place == null) {
                throw new IllegalArgumentException("bad order");
            }
            String existing = keys.get(customer + '\n' + key);
            if (existing != null) {
                return orders.get(existing);
            }
            Order order = new Order("SO-" + sequence++, key, customer, product, quantity, unit, price, date, place);
            orders.put(order.id, order);
            keys.put(customer + '\n' + key, order.id);
            store(order);
            return order;
        }

        void review(String id) {
            Order order = orders.get(id);
            if (order.status != Status.RECEIVED) {
                throw new IllegalStateException(order.status.name());
            }
            Set<String> allowed = units.get(order.product);
            BigDecimal agreed = prices.get(order.customer).get(order.product);
            Integer transport = places.get(order.customer).get(order.place);
            if (allowed == null || !allowed.contains(order.unit) || agreed == null || agreed.compareTo(order.price) != 0
                || transport == null || order.date.isBefore(today.plusDays(transport))
                || stock.get(order.product).compareTo(order.quantity) < 0) {
                throw new IllegalStateException("needs clarification");
            }
            BigDecimal after = exposure.get(order.customer).add(order.total());
            if (after.compareTo(limits.get(order.customer)) > 0) {
                order.status = Status.HELD;
            } else {
                exposure.put(order.customer, after);
                order.status = Status.APPROVED;
            }
            store(order);
        }

        void release(String id) {
            Order order = move(id, Status.APPROVED, Status.RELEASED);
            stock.merge(order.product, order.quantity.negate(), BigDecimal::add);
        }

        void ship(String id, BigDecimal quantity) {
            Order order = orders.get(id);
            if (order.shipped.add(quantity).compareTo(order.quantity) > 0) {
                throw new IllegalStateException("more than ordered");
            }
            order.shipped = order.shipped.add(quantity);
            move(id, Status.RELEASED, Status.SHIPPED);
        }

        void deliver(String id) {
            move(id, Status.SHIPPED, Status.DELIVERED);
        }

        void accept(String id) {
            Order order = move(id, Status.DELIVERED, Status.ACCEPTED);
            invoices.put("INV-" + id, order.total());
            purchases.merge(order.customer, order.total(), BigDecimal::add);
        }

        void close(String id) {
            Order order = move(id, Status.ACCEPTED, Status.CLOSED);
            // Closed orders go to the archive (a database, in a real application), not the working set.
            orders.remove(id);
            keys.remove(order.customer + '\n' + order.key);
            documents.remove(id);
            invoices.remove("INV-" + id);
            if (history.size() > 10_000) {
                history.clear();
            }
        }

        private Order move(String id, Status from, Status to) {
            Order order = orders.get(id);
            if (order.status != from) {
                throw new IllegalStateException(id + " is " + order.status + ", not " + from);
            }
            order.status = to;
            store(order);
            return order;
        }
    }
}
