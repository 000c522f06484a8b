package dev.directsupply.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.directsupply.orders.archfixture.CompliantReview;
import dev.directsupply.orders.archfixture.DeadlineFromTheWallClock;
import dev.directsupply.orders.archfixture.MillisFromTheSystem;
import dev.directsupply.orders.archfixture.OrderManager;
import dev.directsupply.orders.archfixture.OrderParsingJson;
import dev.directsupply.orders.archfixture.OrderUsingJdbc;
import dev.directsupply.orders.archfixture.OrdersCallingTheSdk;
import dev.directsupply.orders.archfixture.PeekingIntoCustomerInternals;
import dev.directsupply.orders.archfixture.ReviewAskingRiskDirectly;
import dev.directsupply.persistence.internal.SpiUsingMoney;
import dev.directsupply.relationship.archfixture.CycleEnd;
import dev.directsupply.risk.archfixture.CreditStanding;
import dev.directsupply.sdk.archfixture.CycleStart;
import dev.directsupply.sdk.archfixture.SdkUsingAnExample;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each rule fails on a class that breaks it, and holds for one that does not: no rule is vacuous. */
class ArchitectureRulesCatchViolationsTest {

    private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
        return rule.evaluate(new ClassFileImporter().importClasses(classes));
    }

    private static void assertCaught(ArchRule rule, Class<?> offender, Class<?>... others) {
        Class<?>[] classes = new Class<?>[others.length + 1];
        classes[0] = offender;
        System.arraycopy(others, 0, classes, 1, others.length);
        EvaluationResult result = evaluate(rule, classes);
        assertThat(result.hasViolation()).as("%s should break '%s'", offender.getSimpleName(), rule.getDescription())
            .isTrue();
        assertThat(result.getFailureReport().toString()).contains(offender.getSimpleName());
    }

    private static void assertHolds(ArchRule rule, Class<?>... classes) {
        EvaluationResult result = evaluate(rule, classes);
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    @DisplayName("domain modules do not depend on each other: orders using a risk type is caught")
    void givenOrdersUsingRisk_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.domain_modules_do_not_depend_on_each_other, ReviewAskingRiskDirectly.class,
            CreditStanding.class);
        assertHolds(ArchitectureRules.domain_modules_do_not_depend_on_each_other, CompliantReview.class,
            CreditStanding.class);
    }

    @Test
    @DisplayName("domain modules depend only on the kernel and the SPI: orders calling the sdk is caught")
    void givenOrdersCallingTheSdk_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.domain_modules_depend_only_on_the_kernel_and_the_spi,
            OrdersCallingTheSdk.class);
        assertHolds(ArchitectureRules.domain_modules_depend_only_on_the_kernel_and_the_spi, CompliantReview.class);
    }

    @Test
    @DisplayName("no module imports another's internal package: orders using customer.internal is caught")
    void givenOrdersUsingCustomerInternals_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.no_module_imports_another_modules_internal_package,
            PeekingIntoCustomerInternals.class);
        assertCaught(ArchitectureRules.no_module_imports_another_modules_internal_package,
            dev.directsupply.persistence.jdbc.archfixture.AdapterPeekingIntoTheSpi.class);
        assertHolds(ArchitectureRules.no_module_imports_another_modules_internal_package,
            dev.directsupply.customer.CustomerDesk.class);
    }

    @Test
    @DisplayName("nothing depends on examples: the sdk running the quick start is caught")
    void givenSdkUsingAnExample_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.nothing_depends_on_examples, SdkUsingAnExample.class);
        assertHolds(ArchitectureRules.nothing_depends_on_examples, CompliantReview.class);
    }

    @Test
    @DisplayName("no cycles between modules: sdk ⇄ relationship is caught")
    void givenCycleBetweenModules_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.modules_are_free_of_cycles, CycleStart.class, CycleEnd.class);
        assertHolds(ArchitectureRules.modules_are_free_of_cycles, CompliantReview.class, CreditStanding.class);
    }

    @Test
    @DisplayName("no cycles between packages of one module: archfixture ⇄ archfixture.cycle is caught")
    void givenCycleBetweenPackagesOfOneModule_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.packages_are_free_of_cycles,
            dev.directsupply.orders.archfixture.cycle.Left.class,
            dev.directsupply.orders.archfixture.CycleRight.class);
        assertHolds(ArchitectureRules.packages_are_free_of_cycles,
            dev.directsupply.customer.CustomerDesk.class,
            dev.directsupply.customer.internal.CustomerDocuments.class);
    }

    @Test
    @DisplayName("domain packages import no Jackson or JDBC types: both are caught")
    void givenDomainClassesUsingJacksonAndJdbc_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.domain_packages_use_no_jackson_jdbc_mapstruct_or_hibernate,
            OrderParsingJson.class);
        assertCaught(ArchitectureRules.domain_packages_use_no_jackson_jdbc_mapstruct_or_hibernate,
            OrderUsingJdbc.class);
        assertHolds(ArchitectureRules.domain_packages_use_no_jackson_jdbc_mapstruct_or_hibernate,
            CompliantReview.class);
    }

    @Test
    @DisplayName("no now() without a Clock: Instant.now(), now(zone), currentTimeMillis() and new Date() are caught")
    void givenWallClockCalls_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.time_comes_from_an_injected_clock, DeadlineFromTheWallClock.class);
        assertCaught(ArchitectureRules.time_comes_from_an_injected_clock, MillisFromTheSystem.class);
        assertCaught(ArchitectureRules.time_comes_from_an_injected_clock,
            dev.directsupply.orders.archfixture.DeadlineInAZone.class);
        assertCaught(ArchitectureRules.time_comes_from_an_injected_clock,
            dev.directsupply.orders.archfixture.OldSchoolDate.class);
        assertHolds(ArchitectureRules.time_comes_from_an_injected_clock, CompliantReview.class);
    }

    @Test
    @DisplayName("the SPI depends on no project module: the SPI using Money is caught")
    void givenSpiUsingTheKernel_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.the_storage_spi_depends_on_no_project_module, SpiUsingMoney.class);
        assertHolds(ArchitectureRules.the_storage_spi_depends_on_no_project_module,
            dev.directsupply.persistence.InMemoryDocumentStore.class);
    }

    @Test
    @DisplayName("no technical suffixes in domain names: OrderManager is caught")
    void givenManagerClass_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.domain_types_have_no_technical_suffixes, OrderManager.class);
        assertHolds(ArchitectureRules.domain_types_have_no_technical_suffixes, CompliantReview.class);
    }

    @Test
    @DisplayName("services go through the pipeline: a review checking permissions and validating by itself is caught")
    void givenServiceBypassingThePipeline_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.services_go_through_the_pipeline,
            dev.directsupply.orders.archfixture.ReviewBypassingThePipeline.class);
        assertHolds(ArchitectureRules.services_go_through_the_pipeline, dev.directsupply.orders.order.OrderDesk.class,
            dev.directsupply.risk.register.RiskDesk.class);
    }

    @Test
    @DisplayName("records are small: an order of eleven components is caught")
    void givenWideRecord_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.records_are_small, dev.directsupply.orders.archfixture.WideOrder.class);
        assertHolds(ArchitectureRules.records_are_small, dev.directsupply.orders.order.Order.class,
            dev.directsupply.orders.order.Fulfilment.class);
    }

    @Test
    @DisplayName("constructor calls are short: copying an order by an eleven-argument constructor call is caught")
    void givenLongConstructorCall_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.constructor_calls_are_short,
            dev.directsupply.orders.archfixture.CopyingAWideOrder.class,
            dev.directsupply.orders.archfixture.WideOrder.class);
        assertHolds(ArchitectureRules.constructor_calls_are_short, dev.directsupply.orders.order.Fulfilment.class,
            dev.directsupply.orders.order.Order.class);
    }

    @Test
    @DisplayName("published events are pinned: an event without a golden file is caught")
    void givenEventWithoutGoldenFile_whenChecked_thenCaught() {
        assertCaught(ArchitectureRules.published_events_are_pinned,
            dev.directsupply.orders.archfixture.UnpinnedEvent.class);
        assertHolds(ArchitectureRules.published_events_are_pinned, dev.directsupply.orders.order.OrderShipped.class,
            dev.directsupply.risk.account.CreditHoldReleased.class);
    }
}
