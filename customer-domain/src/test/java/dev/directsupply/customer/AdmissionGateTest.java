package dev.directsupply.customer;

import static dev.directsupply.customer.Fixtures.aRegistration;
import static dev.directsupply.customer.Fixtures.aRegistry;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.Fixtures.Harness;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.kernel.store.Changed;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** No customer trades before it is admitted (DS-3.4): the customer's side of the admission gate. */
class AdmissionGateTest {
    private final Harness harness = aRegistry();
    private final CustomerDesk desk = harness.desk();
    private final ManualClock clock = harness.clock();
    private final ScalePolicy policy = new ScalePolicy(ClassificationParameters.defaults());

    @Test
    @DisplayName("DS-3.4 a registered customer is a prospect, not active")
    void givenRegistration_whenRegistered_thenProspect() {
        Customer registered = desk.register(SALES, aRegistration());

        assertThat(registered.status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(registered.statusHistory()).isEmpty();
    }

    @Test
    @DisplayName("DS-3.4 DS-2.2.1 admitting sets the tier from the confirmed annual purchase, not the declared one")
    void givenDeclaredLarge_whenAdmittedWithSmallerConfirmedFigure_thenReclassifiedOnTheConfirmedOne() {
        Customer prospect = Fixtures.aCustomerDeclaring("6000000", policy, SALES, clock);
        assertThat(prospect.scaleTier()).isEqualTo(ScaleTier.LARGE);

        Changed<Customer> admitted = prospect.admit(CustomerStatusAction.ADMIT, Money.cny("2000000"),
            StrategicImportance.IMPORTANT, "admitted by application A-1", policy, MANAGEMENT, clock);

        Customer customer = admitted.aggregate();
        assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(customer.scaleTier()).isEqualTo(ScaleTier.MEDIUM);
        assertThat(customer.purchases().declaredAnnual()).isEqualTo(Money.cny("2000000"));
        assertThat(customer.importance()).isEqualTo(StrategicImportance.IMPORTANT);
        assertThat(admitted.events()).extracting(e -> e.getClass().getSimpleName())
            .containsExactly("CustomerReclassified", "CustomerReclassified", "CustomerStatusChanged");
        assertThat(customer.statusHistory()).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(CustomerStatusAction.ADMIT);
            assertThat(change.reason()).isEqualTo("admitted by application A-1");
        });
    }

    @Test
    @DisplayName("DS-3.4 a customer already active cannot be admitted again")
    void givenActiveCustomer_whenAdmitted_thenIllegalTransition() {
        Customer active = Fixtures.anActiveCustomerDeclaring("100", policy, SALES, clock);

        assertThatThrownBy(() -> active.admit(CustomerStatusAction.ADMIT, Money.cny("100"),
            StrategicImportance.GENERAL, "again", policy, MANAGEMENT, clock)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    @DisplayName("DS-3.4 nobody admits a prospect by a status change, in English and Chinese, and nothing changes")
    void givenProspect_whenStatusChangedToAdmit_thenRefusedNamingTheRule() {
        Customer prospect = harness.registered();

        assertThatThrownBy(() -> desk.changeStatus(MANAGEMENT, new ChangeCustomerStatus(prospect.id(), "ADMIT", "ok")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("action");
                    assertThat(v.rule()).isEqualTo("DS-3.4");
                    assertThat(v.english()).contains("admission workflow");
                    assertThat(v.chinese()).contains("准入流程");
                });
            });
        assertThat(desk.get(MANAGEMENT, prospect.id()).status()).isEqualTo(CustomerStatus.PROSPECT);
    }

    @Test
    @DisplayName("DS-3.4 only the SDK's admission module admits: a person holding every customer right is refused")
    void givenManagement_whenAdmitsDirectly_thenAccessDenied() {
        Customer prospect = harness.registered();
        AdmitCustomer admit = new AdmitCustomer(prospect.id(), "A-1", new BigDecimal("2000000"), "GENERAL", "ok");

        assertThatThrownBy(() -> desk.admit(MANAGEMENT, admit)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.admit(SALES_MANAGER, admit)).isInstanceOf(AccessDenied.class);
        assertThat(desk.get(MANAGEMENT, prospect.id()).status()).isEqualTo(CustomerStatus.PROSPECT);

        Customer admitted = desk.admit(harness.system(), admit);
        assertThat(admitted.status()).isEqualTo(CustomerStatus.ACTIVE);
    }

    @Test
    @DisplayName("DS-3.4 an imported customer is active at once, the reason in its history; sales may not import")
    void givenExistingCustomer_whenImportedByManagement_thenActiveWithReason() {
        ImportCustomer migration = new ImportCustomer(aRegistration(), SALES.id().value(), "SALES", "CORE",
            "ERP migration 2026");

        assertThatThrownBy(() -> desk.importExisting(SALES, migration)).isInstanceOf(AccessDenied.class);
        Customer imported = desk.importExisting(MANAGEMENT, migration);

        assertThat(imported.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(imported.importance()).isEqualTo(StrategicImportance.CORE);
        assertThat(imported.statusHistory()).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(CustomerStatusAction.IMPORT);
            assertThat(change.reason()).isEqualTo("imported: ERP migration 2026");
        });
        assertThat(harness.store().auditTrail(CustomerDesk.COLLECTION, imported.id().value()))
            .extracting(e -> e.actorId() + ":" + e.action()).containsExactly("chen.jie:ImportCustomer");
        assertThat(desk.assignment(SALES, imported.id()).owner()).as("the owner the import names").isEqualTo(SALES.id());
    }

    @Test
    @DisplayName("bad input to an import names every field, nested ones by their path, and stores nothing")
    void givenBadImport_whenImported_thenEveryFieldNamedAndNothingStored() {
        RegisterCustomer badCustomer = new RegisterCustomer(" ", Fixtures.creditCode(1), "SERVICES", "CATERING",
            new BigDecimal("-1"), List.of(), List.of());

        ImportCustomer bad = new ImportCustomer(badCustomer, "li.na", "NOWHERE", "HUGE", " ");

        assertThatThrownBy(() -> desk.importExisting(MANAGEMENT, bad))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactlyInAnyOrder("customer.legalName",
                    "customer.declaredAnnualPurchase", "department", "importance", "reason");
                assertThat(e.violations()).extracting(Violation::chinese).allSatisfy(m -> assertThat(m).isNotBlank());
            });
        assertThat(harness.store().size(CustomerDesk.COLLECTION)).isZero();
        assertThat(harness.store().pendingEvents(10)).isEmpty();
    }

    @Test
    @DisplayName("DS-3.4 a prospect that is not admitted may be ended")
    void givenProspect_whenTerminated_thenTerminated() {
        Customer prospect = harness.registered();

        Customer ended = desk.changeStatus(MANAGEMENT, new ChangeCustomerStatus(prospect.id(), "TERMINATE",
            "application rejected"));

        assertThat(ended.status()).isEqualTo(CustomerStatus.TERMINATED);
    }
}
