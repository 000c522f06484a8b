package dev.directsupply.examples.benchmarks;

import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.SALES;

import dev.directsupply.customer.ImportCustomer;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.orders.order.AgreedPrice;
import dev.directsupply.orders.order.Agreement;
import dev.directsupply.orders.order.DeliveryPlace;
import dev.directsupply.orders.order.Product;
import dev.directsupply.orders.reference.InMemoryAgreements;
import dev.directsupply.orders.reference.InMemoryProductCatalogue;
import dev.directsupply.orders.reference.StockAndCapacity;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.risk.account.CompanyData;
import dev.directsupply.risk.account.EvaluateCredit;
import dev.directsupply.risk.account.RecordGuarantee;
import dev.directsupply.sdk.DirectSupply;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The world of {@link OrderLifecycleBenchmark} for SDKs on a shared store: one product, a price
 * agreement and a graded credit account with a bank guarantee per customer, a clock that stands on
 * 2026-03-15. The customers are registered once, in the store; every host then builds its SDK with
 * the same in-memory ports (catalogue, agreements, stock, company facts).
 */
final class OrderToCashFixture {
    static final String TODAY = "2026-03-15";

    private OrderToCashFixture() {
    }

    /** A clock on the benchmark's day. */
    static ManualClock clock() {
        return ManualClock.on(TODAY, DirectSupply.DEFAULT_ZONE);
    }

    /** Registers the customers, evaluates and guarantees their credit, puts the staff on record, relays. */
    static List<CustomerId> seed(DocumentStore store, int count) {
        InMemoryAgreements agreements = new InMemoryAgreements();
        try (DirectSupply sdk = sdk(store, agreements, "")) {
            Staff.putOnRecord(sdk.agreements());
            List<CustomerId> customers = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String first17 = "91310000" + String.format("%09d", i + 1);
                CustomerId customer = sdk.customers().importExisting(Staff.MANAGEMENT, new ImportCustomer(
            new RegisterCustomer("客户 " + i,
                    first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "CATERING",
                    new BigDecimal("2000000"), List.of(), List.of()), Staff.SALES.id().value(), "SALES", "GENERAL",
            "an existing customer")).id();
                agreements.add(agreement(i, customer));
                sdk.credit().evaluate(CREDIT, new EvaluateCredit(customer, "INITIAL"));
                sdk.credit().recordGuarantee(FINANCE, new RecordGuarantee(customer, "BANK_GUARANTEE",
                    new BigDecimal("500000"), "银行", LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31")));
                customers.add(customer);
            }
            sdk.events().drain();
            return List.copyOf(customers);
        }
    }

    /** An SDK on the store that knows the customers' agreements. */
    static DirectSupply sdk(DocumentStore store, List<CustomerId> customers) {
        return sdk(store, customers, "");
    }

    /** As {@link #sdk(DocumentStore, List)}, for the SDK instance of that name among several on the store (or ""). */
    static DirectSupply sdk(DocumentStore store, List<CustomerId> customers, String instance) {
        InMemoryAgreements agreements = new InMemoryAgreements();
        for (int i = 0; i < customers.size(); i++) {
            agreements.add(agreement(i, customers.get(i)));
        }
        return sdk(store, agreements, instance);
    }

    private static DirectSupply sdk(DocumentStore store, InMemoryAgreements agreements, String instance) {
        Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
        InMemoryProductCatalogue catalogue = new InMemoryProductCatalogue()
            .add(new Product(OrderLifecycleBenchmark.VINEGAR, "香醋", Set.of(), Set.of("case"), 3, 540, true));
        StockAndCapacity stock = new StockAndCapacity(catalogue)
            .stock(OrderLifecycleBenchmark.VINEGAR, "", new BigDecimal("1000000000"));
        DirectSupply.Builder builder = instance.isEmpty() ? DirectSupply.builder() : DirectSupply.builder().instance(instance);
        return builder.store(store).clock(clock()).catalogue(catalogue).agreements(agreements)
            .supply(stock).production(stock)
            .companyFacts(id -> new CompanyData(Optional.of(LocalDate.parse("2005-01-01")),
                Optional.of(Money.cny("50000000")), Optional.of("AA"), Map.of()))
            .build();
    }

    private static Agreement agreement(int index, CustomerId customer) {
        return new Agreement("AG-" + index, customer, LocalDate.parse("2026-01-01"), null,
            Map.of(OrderLifecycleBenchmark.VINEGAR, new AgreedPrice(Money.cny("80.00"), "case")), 30, 90,
            List.of(new DeliveryPlace("SH-WH1", "上海", 3)));
    }
}
