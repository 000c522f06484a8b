package dev.directsupply.customer;

import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.kernel.store.Changed;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Customer aggregate on its own: given a customer, when a behaviour runs, then the new state and events. */
class CustomerTest {
    private final ManualClock clock = ManualClock.on("2026-03-15", Fixtures.SHANGHAI);
    private final ScalePolicy policy = new ScalePolicy(ClassificationParameters.defaults());

    private Customer aCustomerDeclaring(String declared) {
        return Fixtures.aCustomerDeclaring(declared, policy, SALES, clock);
    }

    @Test
    @DisplayName("DS-2.2 a new customer is GENERAL, scaled on its declaration, with a first history line per axis")
    void givenRegistration_whenRegistered_thenClassifiedWithHistory() {
        Changed<Customer> registered = Customer.register(CustomerId.of("c-1"), Fixtures.aProfile(clock),
            IndustryClassification.of(SubIndustry.CATERING), Money.cny("6000000"), policy, SALES, clock);

        Customer customer = registered.aggregate();
        assertThat(customer.scaleTier()).isEqualTo(ScaleTier.LARGE);
        assertThat(customer.importance()).isEqualTo(StrategicImportance.GENERAL);
        assertThat(customer.industry().code()).isEqualTo("SERVICES/CATERING");
        assertThat(customer.status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(customer.classificationHistory()).extracting(ClassificationChange::dimension)
            .containsExactly(ClassificationDimension.SCALE, ClassificationDimension.INDUSTRY,
                ClassificationDimension.STRATEGIC_IMPORTANCE);
        assertThat(registered.events()).singleElement().isInstanceOf(CustomerRegistered.class);
    }

    @Test
    @DisplayName("DS-2.2.1 purchases that lift the annual amount past X1 reclassify the customer, with who, when and why")
    void givenMediumCustomer_whenPurchasesPassX1_thenReclassifiedLarge() {
        Customer medium = aCustomerDeclaring("1500000");

        Changed<Customer> changed = medium.recordPurchase("INV-1", YearMonth.parse("2026-03"), Money.cny("5200000"),
            policy, dev.directsupply.testing.Staff.FINANCE, clock);

        assertThat(changed.aggregate().scaleTier()).isEqualTo(ScaleTier.LARGE);
        assertThat(changed.events()).hasSize(2);
        assertThat(changed.events().get(0)).isInstanceOf(PurchaseRecorded.class);
        CustomerReclassified reclassified = (CustomerReclassified) changed.events().get(1);
        assertThat(reclassified.dimension()).isEqualTo(ClassificationDimension.SCALE);
        assertThat(reclassified.from()).isEqualTo("MEDIUM");
        assertThat(reclassified.to()).isEqualTo("LARGE");
        ClassificationChange last = changed.aggregate().classificationHistory()
            .get(changed.aggregate().classificationHistory().size() - 1);
        assertThat(last.by()).isEqualTo(dev.directsupply.testing.Staff.FINANCE.id());
        assertThat(last.at()).isEqualTo(clock.instant());
        assertThat(last.from()).isEqualTo("MEDIUM");
        assertThat(last.to()).isEqualTo("LARGE");
        assertThat(last.reason()).isEqualTo("purchase INV-1 recorded");
        assertThat(last.explain(java.util.Locale.ENGLISH)).contains("INV-1").contains("at least X1");
        assertThat(last.explain(java.util.Locale.SIMPLIFIED_CHINESE)).contains("不低于 X1").contains("大型直供客户");
    }

    @Test
    @DisplayName("a purchase that leaves the tier as it is raises no reclassification")
    void givenSmallPurchase_whenRecorded_thenOnlyPurchaseRecorded() {
        Customer medium = aCustomerDeclaring("1500000");

        Changed<Customer> changed = medium.recordPurchase("INV-1", YearMonth.parse("2026-03"), Money.cny("1000"),
            policy, dev.directsupply.testing.Staff.FINANCE, clock);

        assertThat(changed.events()).singleElement().isInstanceOf(PurchaseRecorded.class);
        assertThat(changed.aggregate().classificationHistory()).hasSize(3);
    }

    @Test
    @DisplayName("the aggregate counts every purchase it is given: telling repeats apart is the desk's")
    void givenTwoPurchases_whenRecorded_thenBothCount() {
        Customer once = aCustomerDeclaring("0").recordPurchase("INV-1", YearMonth.parse("2026-03"),
            Money.cny("100"), policy, dev.directsupply.testing.Staff.FINANCE, clock).aggregate();

        Changed<Customer> twice = once.recordPurchase("INV-2", YearMonth.parse("2026-03"), Money.cny("100"), policy,
            dev.directsupply.testing.Staff.FINANCE, clock);

        assertThat(twice.aggregate().purchases().trailing(YearMonth.parse("2026-03"), 12)).isEqualTo(Money.cny("200"));
    }

    @Test
    @DisplayName("DS-2.2.3 strategic importance changes with its reason in the history")
    void givenGeneralCustomer_whenMadeCore_thenHistoryHasReason() {
        Changed<Customer> changed = aCustomerDeclaring("0").setStrategicImportance(StrategicImportance.CORE,
            "national chain, five-year framework", MANAGEMENT, clock);

        assertThat(changed.aggregate().importance()).isEqualTo(StrategicImportance.CORE);
        ClassificationChange last = changed.aggregate().classificationHistory().get(3);
        assertThat(last).isEqualTo(new ClassificationChange(ClassificationDimension.STRATEGIC_IMPORTANCE, "GENERAL",
            "CORE", MANAGEMENT.id(), clock.instant(), "national chain, five-year framework"));
    }

    @Test
    void givenSameImportance_whenSet_thenNothingChanges() {
        assertThat(aCustomerDeclaring("0").setStrategicImportance(StrategicImportance.GENERAL, "same", MANAGEMENT,
            clock).isNothing()).isTrue();
    }

    @Test
    @DisplayName("DS-2.2.2 changing industry is a reclassification on the industry axis")
    void givenCateringCustomer_whenMovedToHotels_thenIndustryHistory() {
        Changed<Customer> changed = aCustomerDeclaring("0").changeIndustry(IndustryClassification.of(SubIndustry.HOTELS),
            "opened hotels", MANAGEMENT, clock);

        assertThat(changed.aggregate().industry().subIndustry()).isEqualTo(SubIndustry.HOTELS);
        assertThat(((CustomerReclassified) changed.events().get(0)).from()).isEqualTo("SERVICES/CATERING");
    }

    @Test
    @DisplayName("a terminated customer cannot be reinstated: the lifecycle has no such row")
    void givenTerminatedCustomer_whenReinstated_thenIllegalTransition() {
        Customer terminated = aCustomerDeclaring("0").changeStatus(CustomerStatusAction.TERMINATE, "ended", MANAGEMENT,
            clock).aggregate();

        assertThat(terminated.status()).isEqualTo(CustomerStatus.TERMINATED);
        assertThatThrownBy(() -> terminated.changeStatus(CustomerStatusAction.REINSTATE, "again", MANAGEMENT, clock))
            .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                assertThat(e.state()).isEqualTo(CustomerStatus.TERMINATED);
                assertThat(e.action()).isEqualTo(CustomerStatusAction.REINSTATE);
                assertThat(e.getMessage()).isEqualTo(
                    "[illegal-transition] Customer status: Reinstate cooperation is not possible in state Terminated");
                assertThat(e.chineseMessage()).isEqualTo("客户状态：状态 终止合作 下不能执行 恢复合作");
            });
    }

    @Test
    @DisplayName("DS-7.1.1 every status change is kept with who, when and why")
    void givenSuspendedAndReinstated_whenRead_thenStatusHistoryHasBoth() {
        Customer customer = Fixtures.anActiveCustomerDeclaring("0", policy, SALES, clock)
            .changeStatus(CustomerStatusAction.SUSPEND, "quality dispute", MANAGEMENT, clock).aggregate()
            .changeStatus(CustomerStatusAction.REINSTATE, "dispute settled", MANAGEMENT, clock).aggregate();

        assertThat(customer.statusHistory()).containsExactly(
            new StatusChange(CustomerStatus.PROSPECT, CustomerStatus.ACTIVE, CustomerStatusAction.ADMIT,
                SALES.id(), clock.instant(), "admitted"),
            new StatusChange(CustomerStatus.ACTIVE, CustomerStatus.SUSPENDED, CustomerStatusAction.SUSPEND,
                MANAGEMENT.id(), clock.instant(), "quality dispute"),
            new StatusChange(CustomerStatus.SUSPENDED, CustomerStatus.ACTIVE, CustomerStatusAction.REINSTATE,
                MANAGEMENT.id(), clock.instant(), "dispute settled"));
    }

    @Test
    @DisplayName("a sub-industry of another industry is refused (DS-2.2.2)")
    void givenMismatchedSubIndustry_whenClassified_thenRefused() {
        assertThatThrownBy(() -> new IndustryClassification(Industry.MANUFACTURING, SubIndustry.HOTELS))
            .hasMessageContaining("subIndustry");
    }

    @Test
    @DisplayName("DS-7.2 a customer's contact phones and e-mails never appear in its toString")
    void givenCustomerWithContact_whenPrinted_thenContactDetailsMasked() {
        Profile profile = new Profile("上海味道餐饮管理有限公司", UnifiedSocialCreditCode.of(Fixtures.creditCode(1)),
            List.of(new Contact("张伟", "采购经理", "13812345678", "zhang.wei@example.com")), List.of(), clock.instant());
        Customer customer = Customer.register(CustomerId.of("c-1"), profile,
            IndustryClassification.of(SubIndustry.CATERING), Money.cny("0"), policy, SALES, clock).aggregate();

        assertThat(customer.toString()).contains("138****5678").contains("z***@example.com")
            .doesNotContain("13812345678").doesNotContain("zhang.wei@");
    }

    @Test
    @DisplayName("DS-7.2.2 the masked customer hides contact names, phones and e-mails")
    void givenCustomerWithContact_whenMasked_thenNamePhoneAndEmailHidden() {
        Contact masked = new Contact("张伟", "采购经理", "13812345678", "zhang.wei@example.com").masked();

        assertThat(masked).isEqualTo(new Contact("张*", "采购经理", "138****5678", "z***@example.com"));
    }
}
