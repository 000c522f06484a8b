package dev.directsupply.customer;

import static dev.directsupply.testing.Staff.SALES;

import dev.directsupply.customer.internal.CustomerDocuments;
import dev.directsupply.customer.internal.PurchaseRecords;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.testing.Golden;
import dev.directsupply.testing.PublishedEvents;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What leaves the module and what it stores, pinned by golden files: a renamed component breaks a
 * test here, not a host's subscriber or a database.
 */
class CustomerContractTest {
    private final ManualClock clock = ManualClock.on("2026-03-15", Fixtures.SHANGHAI);

    @Test
    @DisplayName("every published customer event is written as its golden JSON")
    void givenEachPublishedEvent_whenWritten_thenItsGoldenJson() {
        PublishedEvents.matchTheirGoldenFiles(new CustomerModule());
    }

    @Test
    @DisplayName("a customer is stored in layout 3 as its golden document")
    void givenCustomer_whenStored_thenGoldenLayout() {
        ScalePolicy policy = new ScalePolicy(ClassificationParameters.defaults());
        Profile profile = new Profile("上海味道餐饮管理有限公司", UnifiedSocialCreditCode.of(Fixtures.creditCode(1)),
            List.of(new Contact("张伟", "采购经理", "13812345678", "zhang.wei@example.com")),
            List.of(new Address(AddressKind.DELIVERY, "上海市", "上海市", "浦东新区", "世纪大道 100 号", "200120")),
            clock.instant());
        Customer customer = Customer.register(CustomerId.of("c-1"), profile,
            IndustryClassification.of(SubIndustry.CATERING), Money.cny("2000000"), policy, SALES, clock).aggregate()
            .admit(CustomerStatusAction.ADMIT, Money.cny("2000000"), StrategicImportance.GENERAL, "admitted by A-1",
                policy, SALES, clock).aggregate()
            .recordPurchase("INV-1", YearMonth.parse("2026-03"), Money.cny("100"), policy, SALES, clock).aggregate();

        Golden.assertJson("documents/customer", CustomerDocuments.CODEC.encode(customer));
    }

    @Test
    @DisplayName("a purchase record is stored as its golden document")
    void givenPurchaseRecord_whenStored_thenGoldenLayout() {
        PurchaseRecords.PurchaseRecord record = new PurchaseRecords.PurchaseRecord(CustomerId.of("c-1"), "INV-1",
            YearMonth.parse("2026-03"), Money.cny("100"), clock.instant(), ActorId.of("zhao.lei"));

        Golden.assertJson("documents/purchase-record", PurchaseRecords.CODEC.encode(record));
    }
}
