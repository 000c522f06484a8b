package dev.directsupply.sdk;

import static dev.directsupply.testing.Staff.AUDITOR;
import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.PRODUCTION;
import static dev.directsupply.testing.Staff.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.customer.ImportCustomer;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.delivery.shipment.ShipmentId;
import dev.directsupply.orders.order.CloseOrder;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.orders.order.Product;
import dev.directsupply.orders.order.ProductCode;
import dev.directsupply.orders.order.ReleaseOrder;
import dev.directsupply.orders.order.ReviewOrder;
import dev.directsupply.orders.order.SubmitOrder;
import dev.directsupply.orders.order.SubmittedLine;
import dev.directsupply.orders.reference.InMemoryProductCatalogue;
import dev.directsupply.orders.reference.StockAndCapacity;
import dev.directsupply.persistence.jdbc.JdbcDocumentStore;
import dev.directsupply.risk.account.CompanyData;
import dev.directsupply.risk.account.EvaluateCredit;
import dev.directsupply.risk.account.RecordGuarantee;
import dev.directsupply.sdk.tamper.Databases;
import dev.directsupply.testing.Staff;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three SDK instances, each its own host with its own store object, on one PostgreSQL database, place
 * orders for the same two customers at once and relay each other's events: the reviews' credit
 * reservations, the reactions written together per run (ADR 0031, 0032) and the runs' notes written
 * with their marks (ADR 0034) all race on the same credit accounts and customers. The test checks
 * that writing transactions really were rolled back before it trusts the outcome.
 */
class HostsRaceOnPostgresTest {
    private static final ProductCode SOY_SAUCE = ProductCode.of("P-100");
    private static final int HOSTS = 3;
    private static final int ORDERS_PER_HOST = 8;

    private final ManualClock clock = ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE);
    private final InMemoryProductCatalogue catalogue = new InMemoryProductCatalogue()
        .add(new Product(SOY_SAUCE, "酱油", Set.of("500ml"), Set.of("case"), 5, 365, true));
    private final AtomicInteger abortedWrites = new AtomicInteger();

    private DirectSupply host(DataSource database, String name) {
        StockAndCapacity stock = new StockAndCapacity(catalogue).stock(SOY_SAUCE, "500ml", new BigDecimal("100000"));
        return DirectSupply.builder().instance(name).store(JdbcDocumentStore.builder(database).build()).clock(clock)
            .catalogue(catalogue).supply(stock).production(stock)
            .companyFacts(id -> new CompanyData(Optional.of(LocalDate.parse("2005-01-01")),
                Optional.of(Money.cny("50000000")), Optional.of("AA"), Map.of()))
            .build();
    }

    private CustomerId customer(DirectSupply sdk, String first17, String name) {
        CustomerId id = sdk.customers().importExisting(Staff.MANAGEMENT, new ImportCustomer(
            new RegisterCustomer(name,
            first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "CATERING",
            new BigDecimal("2000000"), List.of(), List.of()), Staff.SALES.id().value(), "SALES", "GENERAL",
            "an existing customer")).id();
        AgreementsOnRecord.record(sdk, "AG-" + first17, id);
        sdk.credit().evaluate(CREDIT, new EvaluateCredit(id, "INITIAL"));
        sdk.credit().recordGuarantee(FINANCE, new RecordGuarantee(id, "BANK_GUARANTEE", new BigDecimal("5000000"),
            "中国银行上海分行", LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31")));
        return id;
    }

    /** One order from submission to closing, then the host's relay drained (it relays the others' too). */
    private OrderId orderToCash(DirectSupply sdk, CustomerId customer, String key) {
        LocalDate today = LocalDate.now(clock);
        OrderId id = sdk.orders().submit(SALES, new SubmitOrder(key, customer, "EDI", null,
            List.of(new SubmittedLine("P-100", "500ml", new BigDecimal("10"), "case", new BigDecimal("120.00"))),
            LocalDate.parse("2026-04-01"), "SH-WH1", null)).id();
        assertThat(sdk.orders().review(SALES, new ReviewOrder(id)).status()).isEqualTo(OrderStatus.APPROVED);
        sdk.orders().release(PRODUCTION, new ReleaseOrder(id));
        ShipmentId shipment = Deliveries.planReady(sdk, id, today).id();
        Deliveries.dispatch(sdk, shipment, today);
        Deliveries.acceptAsShipped(sdk, shipment, today);
        // The order follows its shipment through the relay, which any of the hosts may be running just now.
        for (int attempt = 0; sdk.orders().get(SALES, id).status() != OrderStatus.ACCEPTED; attempt++) {
            assertThat(attempt).as("the order follows its accepted shipment").isLessThan(200);
            sdk.events().drain();
            Thread.onSpinWait();
        }
        sdk.orders().close(SALES, new CloseOrder(id));
        sdk.events().drain();
        return id;
    }

    @Test
    @Timeout(300)
    @DisplayName("three hosts ordering for the same customers at once on PostgreSQL: every order closed, billed once and counted once, nothing left pending")
    void givenThreeHostsOnOneDatabase_whenOrderingForTheSameCustomers_thenEachOrderBilledAndCountedOnce() throws Exception {
        DataSource database = countingAbortedWrites(Databases.newPostgres());
        List<DirectSupply> hosts = new ArrayList<>();
        for (int h = 0; h < HOSTS; h++) {
            hosts.add(host(database, "host-" + h));
        }
        Staff.putOnRecord(hosts.get(0).agreements());
        List<CustomerId> customers = List.of(customer(hosts.get(0), "91310000000000071", "上海味道餐饮管理有限公司"),
            customer(hosts.get(0), "91310000000000072", "宁波顺达物流有限公司"));
        hosts.get(0).events().drain();
        abortedWrites.set(0);

        List<List<OrderId>> placed = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(HOSTS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<OrderId>>> work = new ArrayList<>();
            for (int h = 0; h < HOSTS; h++) {
                DirectSupply sdk = hosts.get(h);
                int host = h;
                work.add(threads.submit(() -> {
                    go.await();
                    List<OrderId> mine = new ArrayList<>();
                    for (int i = 0; i < ORDERS_PER_HOST; i++) {
                        mine.add(orderToCash(sdk, customers.get(i % 2), "h" + host + "-" + i));
                    }
                    return mine;
                }));
            }
            go.countDown();
            for (Future<List<OrderId>> each : work) {
                placed.add(each.get(240, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        for (int round = 0; round < 20; round++) {
            hosts.forEach(sdk -> sdk.events().drain());
        }

        assertThat(abortedWrites.get()).as("writing transactions rolled back: the hosts really raced").isPositive();
        DirectSupply any = hosts.get(0);
        List<OrderId> all = placed.stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(HOSTS * ORDERS_PER_HOST).allSatisfy(id ->
            assertThat(any.orders().get(SALES, id).status()).isEqualTo(OrderStatus.CLOSED));
        for (CustomerId customer : customers) {
            assertThat(any.credit().account(FINANCE, customer).openItems()).as("one invoice per order")
                .hasSize(HOSTS * ORDERS_PER_HOST / 2);
            assertThat(any.credit().account(FINANCE, customer).reservations()).as("every reservation billed").isEmpty();
        }
        for (int h = 0; h < HOSTS; h++) {
            for (int i = 0; i < ORDERS_PER_HOST; i++) {
                OrderId id = placed.get(h).get(i);
                assertThat(any.customers().purchase(SALES, customers.get(i % 2), id.value())).as("counted once")
                    .isPresent();
            }
        }
        assertThat(any.store().pendingEvents(1)).isEmpty();
        assertThat(any.events().parked(AUDITOR)).isEmpty();
    }

    /**
     * The database, counting each transaction that wrote and was then rolled back (a lost race, in a
     * command, a reaction or a relay's notes).
     */
    private DataSource countingAbortedWrites(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
                Object result = invoke(target, method, args);
                if (!(result instanceof Connection connection)) {
                    return result;
                }
                boolean[] wrote = {false};
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (connectionProxy, call, callArgs) -> {
                        switch (call.getName()) {
                            case "prepareStatement" -> {
                                String sql = ((String) callArgs[0]).stripLeading().toUpperCase(Locale.ROOT);
                                wrote[0] |= sql.startsWith("INSERT") || sql.startsWith("UPDATE");
                            }
                            case "rollback" -> {
                                if (wrote[0] && (callArgs == null || callArgs.length == 0)) {
                                    abortedWrites.incrementAndGet();
                                }
                                wrote[0] = false;
                            }
                            case "commit", "close" -> wrote[0] = false;
                            default -> {
                            }
                        }
                        return invoke(connection, call, callArgs);
                    });
            });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
