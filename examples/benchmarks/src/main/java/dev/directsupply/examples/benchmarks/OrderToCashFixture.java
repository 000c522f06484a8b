package dev.directsupply.examples.benchmarks;

import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.SALES;

import dev.directsupply.admission.cooperation.AgreementDetails;
import dev.directsupply.admission.cooperation.DeliveryDetails;
import dev.directsupply.admission.cooperation.PartiesDetails;
import dev.directsupply.admission.cooperation.PaymentDetails;
import dev.directsupply.admission.cooperation.PlaceDetails;
import dev.directsupply.admission.cooperation.PriceDetails;
import dev.directsupply.admission.cooperation.PriceLineDetails;
import dev.directsupply.admission.cooperation.RecordExistingAgreement;
import dev.directsupply.admission.cooperation.SignaturesDetails;
import dev.directsupply.admission.cooperation.TermsDetails;
import dev.directsupply.admission.cooperation.ValidityDetails;
import dev.directsupply.customer.ImportCustomer;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.orders.order.Product;
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
 * the same in-memory ports (catalogue, stock, company facts); the agreements are in the store.
 */
final class OrderToCashFixture {
    static final String TODAY = "2026-03-15";

    private OrderToCashFixture() {
    }

    /** A clock on the benchmark's day. */
    static ManualClock clock() {
        return ManualClock.on(TODAY, DirectSupply.DEFAULT_ZONE);
    }

    /**
     * Registers the customers, evaluates and guarantees their credit, puts the staff on record, passes the lot
     * every order ships from by its final inspection, relays.
     */
    static List<CustomerId> seed(DocumentStore store, int count) {
        try (DirectSupply sdk = sdk(store, "")) {
            Staff.putOnRecord(sdk.agreements());
            OrderLifecycleBenchmark.inspectLot(sdk);
            List<CustomerId> customers = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String first17 = "91310000" + String.format("%09d", i + 1);
                CustomerId customer = sdk.customers().importExisting(Staff.MANAGEMENT, new ImportCustomer(
            new RegisterCustomer("客户 " + i,
                    first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "CATERING",
                    new BigDecimal("2000000"), List.of(), List.of()), Staff.SALES.id().value(), "SALES", "GENERAL",
            "an existing customer")).id();
                sdk.cooperation().recordExisting(Staff.MANAGEMENT, new RecordExistingAgreement(customer,
                    agreement("AG-" + i, OrderLifecycleBenchmark.VINEGAR.value(), "80.00"),
                    "the customer's agreement from before the SDK"));
                sdk.credit().evaluate(CREDIT, new EvaluateCredit(customer, "INITIAL"));
                sdk.credit().recordGuarantee(FINANCE, new RecordGuarantee(customer, "BANK_GUARANTEE",
                    new BigDecimal("500000"), "银行", LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31")));
                customers.add(customer);
            }
            sdk.events().drain();
            return List.copyOf(customers);
        }
    }

    /** An SDK on the store, for the SDK instance of that name among several on the store (or ""). */
    static DirectSupply sdk(DocumentStore store, String instance) {
        Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
        InMemoryProductCatalogue catalogue = new InMemoryProductCatalogue()
            .add(new Product(OrderLifecycleBenchmark.VINEGAR, "香醋", Set.of(), Set.of("case"), 3, 540, true));
        StockAndCapacity stock = new StockAndCapacity(catalogue)
            .stock(OrderLifecycleBenchmark.VINEGAR, "", new BigDecimal("1000000000"));
        DirectSupply.Builder builder = instance.isEmpty() ? DirectSupply.builder() : DirectSupply.builder().instance(instance);
        return builder.store(store).clock(clock()).catalogue(catalogue)
            .supply(stock).production(stock)
            .companyFacts(id -> new CompanyData(Optional.of(LocalDate.parse("2005-01-01")),
                Optional.of(Money.cny("50000000")), Optional.of("AA"), Map.of()))
            .build();
    }

    /**
     * The cooperation agreement each benchmark customer buys under: the product at the price per case,
     * payment in 30 days, 90 days of shelf life left, delivered to SH-WH1 in 3 days, from 2026-01-01.
     */
    static AgreementDetails agreement(String reference, String product, String price) {
        return new AgreementDetails(reference, new TermsDetails(new PartiesDetails("上海酿造有限公司", "客户"), "FRAMEWORK",
            List.of("agreed prices"), List.of("payment within the terms"),
            new PriceDetails(List.of(new PriceLineDetails(product, "case", new BigDecimal(price))), BigDecimal.ZERO,
                new BigDecimal("0.13"), true),
            new PaymentDetails(30, BigDecimal.ZERO, BigDecimal.ZERO),
            new DeliveryDetails(List.of("ROAD"), List.of(new PlaceDetails("SH-WH1", "上海", 3)), 90)),
            new ValidityDetails(LocalDate.parse("2026-01-01"), null, null),
            new SignaturesDetails("王经理", LocalDate.parse("2025-12-20"), "李总", LocalDate.parse("2025-12-22")));
    }
}
