package dev.directsupply.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.ClassificationParameters;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerPermissions;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.agreement.AgreementPermissions;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.ShipOrder;
import dev.directsupply.orders.order.ShippedLine;
import dev.directsupply.risk.account.CreditCheckParameters;
import dev.directsupply.risk.account.OrderReference;
import dev.directsupply.risk.register.QualitySignal;
import dev.directsupply.risk.register.Risk;
import dev.directsupply.risk.register.RiskCategory;
import dev.directsupply.risk.register.RiskDesk;
import dev.directsupply.risk.register.RiskSubject;
import dev.directsupply.risk.register.SupplySignal;
import dev.directsupply.testing.Staff;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectSupplyTest {
    private static final Actor SALES = Actor.of("li.na", Department.SALES, Role.SALES);

    private static String code(long n) {
        String first17 = "91310000" + String.format("%09d", n);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private static RegisterCustomer registration(String declared) {
        return new RegisterCustomer("上海味道餐饮管理有限公司", code(1), "SERVICES", "CATERING", new BigDecimal(declared),
            List.of(), List.of());
    }

    @Test
    @DisplayName("with no options the SDK runs in memory on POLICY.md's defaults")
    void givenNoOptions_whenBuilt_thenDefaultsWork() {
        DirectSupply sdk = DirectSupply.builder().build();
        Staff.putOnRecord(sdk.agreements());

        Customer customer = sdk.customers().register(SALES, registration("6000000"));

        assertThat(customer.scaleTier()).isEqualTo(ScaleTier.LARGE);
        assertThat(sdk.store()).isInstanceOf(InMemoryDocumentStore.class);
        assertThat(sdk.clock().getZone()).isEqualTo(DirectSupply.DEFAULT_ZONE);
    }

    @Test
    @DisplayName("a policy file changes the thresholds the customers are classified by")
    void givenPolicyFile_whenBuilt_thenItsThresholdsApply(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("policy.json");
        Files.writeString(file, "{\"classification\": {\"largeThreshold\": 8000000}}");

        DirectSupply sdk = DirectSupply.builder().policyFile(file).build();
        Staff.putOnRecord(sdk.agreements());

        assertThat(sdk.policy().section(ClassificationParameters.class).x1()).isEqualTo(Money.cny("8000000"));
        assertThat(sdk.customers().register(SALES, registration("6000000")).scaleTier()).isEqualTo(ScaleTier.MEDIUM);
    }

    @Test
    @DisplayName("a policy file with thresholds out of order or an unknown section is refused at start-up")
    void givenBadPolicyFile_whenBuilt_thenRefusedNamingEachKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("policy.json");
        Files.writeString(file, "{\"classification\": {\"mediumThreshold\": 9000000}, \"clasification\": {}}");

        assertThatThrownBy(() -> DirectSupply.builder().policyFile(file).build())
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, e -> assertThat(e.keys())
                .containsExactlyInAnyOrder("clasification", "classification.mediumThreshold"));
    }

    @Test
    @DisplayName("the validator is the SDK's clock's: a purchase after the clock's today is in the future")
    void givenFixedClock_whenPurchaseAfterIt_thenRejected() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T01:00:00Z"), DirectSupply.DEFAULT_ZONE);
        DirectSupply sdk = DirectSupply.builder().clock(clock).build();
        Staff.putOnRecord(sdk.agreements());
        Customer customer = sdk.customers().register(SALES, registration("0"));

        assertThatThrownBy(() -> sdk.customers().recordPurchase(Staff.FINANCE,
            new dev.directsupply.customer.RecordPurchase(customer.id(), "INV-1",
                java.time.LocalDate.parse("2026-03-16"), BigDecimal.TEN, null)))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("purchasedOn"));
    }

    @Test
    @DisplayName("the risk services come wired: the credit desk knows the registry's customers")
    void givenRegisteredCustomer_whenCreditEvaluatedThroughTheSdk_thenGradedAndChecked() {
        DirectSupply sdk = DirectSupply.builder().build();
        Staff.putOnRecord(sdk.agreements());
        Customer customer = sdk.customers().register(SALES, registration("6000000"));
        Actor credit = Actor.of("qian.yu", Department.CREDIT, Role.CREDIT_MANAGER);

        dev.directsupply.risk.credit.CreditReport report = sdk.credit().evaluate(credit,
            new dev.directsupply.risk.account.EvaluateCredit(customer.id(), "INITIAL"));
        dev.directsupply.risk.account.CreditDecision decision = sdk.credit().reserve(SALES,
            new dev.directsupply.risk.account.ReserveCredit(customer.id(), OrderReference.of("SO-1", 1),
                new BigDecimal("1000")));

        assertThat(report.inputs()).containsEntry("industry", "SERVICES");
        assertThat(sdk.credit().account(credit, customer.id()).scaleTier()).isEqualTo(ScaleTier.LARGE);
        assertThat(decision.newCustomer()).isTrue();
    }

    @Test
    @DisplayName("one policy file carries every area's sections and its version")
    void givenPolicyFileWithRiskSection_whenBuilt_thenApplied(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("policy.json");
        Files.writeString(file, "{\"version\": \"2026-11\", \"creditCheck\": {\"overdueToleranceDays\": 15}}");

        DirectSupply sdk = DirectSupply.builder().policyFile(file).build();
        Staff.putOnRecord(sdk.agreements());

        assertThat(sdk.policy().version()).isEqualTo("2026-11");
        assertThat(sdk.policy().section(CreditCheckParameters.class).overdueToleranceDays()).isEqualTo(15);
    }

    @Test
    @DisplayName("a policy file may be YAML as well as JSON")
    void givenYamlPolicyFile_whenBuilt_thenApplied(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, "version: 2026-12\ncreditCheck:\n  overdueToleranceDays: 20\n");

        DirectSupply sdk = DirectSupply.builder().policyFile(file).build();
        Staff.putOnRecord(sdk.agreements());

        assertThat(sdk.policy().version()).isEqualTo("2026-12");
        assertThat(sdk.policy().section(CreditCheckParameters.class).overdueToleranceDays()).isEqualTo(20);
    }

    @Test
    @DisplayName("a host's subscriber to an event type no module publishes is refused, naming those that are")
    void givenUnknownEventType_whenSubscribed_thenRefused() {
        assertThatThrownBy(() -> DirectSupply.builder().subscribe("mine", "orders.OrderShiped", event -> { }))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orders.OrderShiped")
            .hasMessageContaining("orders.OrderShipped");
        assertThat(DirectSupply.builder().subscribe("mine", "orders.OrderShipped", event -> { }).build()).isNotNull();
    }

    @Test
    @DisplayName("DS-7.2.2 the host's access policy replaces the default grants")
    void givenHostAccessPolicy_whenBuilt_thenItDecides() {
        AccessPolicy nobodyRegisters = AccessPolicy.builder().grant(CustomerPermissions.VIEW, Role.SALES)
            .grantAll(AgreementPermissions.DEFAULT_GRANTS).build();
        DirectSupply sdk = DirectSupply.builder().access(nobodyRegisters).build();
        Staff.putOnRecord(sdk.agreements());

        assertThatThrownBy(() -> sdk.customers().register(SALES, registration("6000000")))
            .isInstanceOf(AccessDenied.class);
        assertThat(sdk.access()).isSameAs(nobodyRegisters);
        assertThat(DirectSupply.defaultAccess().allows(SALES, CustomerPermissions.REGISTER)).isTrue();
    }

    @Test
    @DisplayName("the default policy is every module's section with POLICY.md's values")
    void givenNoPolicy_whenDefaultsAsked_thenEverySectionThere() {
        PolicyParameters defaults = DirectSupply.defaultPolicy();

        assertThat(defaults.section(ClassificationParameters.class)).isNotNull();
        assertThat(defaults.section(CreditCheckParameters.class).overdueToleranceDays()).isEqualTo(30);
        assertThat(DirectSupply.builder().build().policy().section(CreditCheckParameters.class))
            .isEqualTo(defaults.section(CreditCheckParameters.class));
    }

    @Test
    @DisplayName("DS-6.1.3, DS-6.1.4 the host's quality and supply signals reach the risk register")
    void givenHostSignals_whenMonitored_thenRisksRaised() {
        RiskSubject frozen = RiskSubject.productLine("PL-FROZEN");
        RiskSubject noodles = RiskSubject.productLine("PL-NOODLES");
        DirectSupply sdk = DirectSupply.builder()
            .qualitySignals(() -> List.of(new QualitySignal(frozen, YearMonth.parse("2026-02"), new BigDecimal("0.08"),
                new BigDecimal("0.01"))))
            .supplySignals(() -> List.of(new SupplySignal(noodles, YearMonth.parse("2026-02"), new BigDecimal("0.15"))))
            .validator(DirectSupply.defaultValidator(Clock.systemUTC()))
            .auditKey("a secret kept outside the database".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .build();
        Staff.putOnRecord(sdk.agreements());

        List<Risk> raised = sdk.riskRegister().monitor(Actor.of("sun.mei", Department.QUALITY, Role.QUALITY));

        assertThat(raised).extracting(Risk::category).containsExactlyInAnyOrder(RiskCategory.QUALITY,
            RiskCategory.SUPPLY);
        assertThat(sdk.service(RiskDesk.class)).isSameAs(sdk.riskRegister());
    }

    @Test
    @DisplayName("DS-7.1.2 default validators share one factory yet each judges a date against its own SDK's clock")
    void givenTwoClocks_whenShipDateValidated_thenEachValidatorUsesItsOwnClock() {
        ShipOrder shippedOnThe20th = new ShipOrder(OrderId.of("ORD-1"), "WB-1", LocalDate.parse("2026-03-20"),
            List.of(new ShippedLine(1, BigDecimal.ONE)));
        Clock onThe15th = Clock.fixed(Instant.parse("2026-03-15T02:00:00Z"), DirectSupply.DEFAULT_ZONE);
        Clock onThe25th = Clock.fixed(Instant.parse("2026-03-25T02:00:00Z"), DirectSupply.DEFAULT_ZONE);

        var early = DirectSupply.defaultValidator(onThe15th).validate(shippedOnThe20th);
        var late = DirectSupply.defaultValidator(onThe25th).validate(shippedOnThe20th);

        assertThat(early).extracting(violation -> violation.getPropertyPath().toString()).containsExactly("shippedOn");
        assertThat(late).isEmpty();
    }
}
