package dev.directsupply.admission.application;


import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.admission.AdmissionFixtures;
import dev.directsupply.admission.cooperation.AgreementsOverlap;
import dev.directsupply.admission.cooperation.CooperationAgreement;
import dev.directsupply.admission.cooperation.CooperationDesk;
import dev.directsupply.admission.cooperation.RecordExistingAgreement;
import dev.directsupply.customer.ImportCustomer;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerStatus;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.testing.ModuleHarness;
import dev.directsupply.testing.Races;
import dev.directsupply.kernel.NotFound;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Several SDK instances (harnesses) on one store whose writes take 15 ms, so that their commands overlap on
 * this 2-core machine: the store counts the version conflicts, and each test checks there were some.
 */
class AdmissionRaceTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Races.SlowStore store = new Races.SlowStore();
    private final ManualClock clock = ManualClock.on("2026-03-15", ModuleHarness.SHANGHAI);
    private final AdmissionFixtures.Grades grades = new AdmissionFixtures.Grades();
    private final List<AdmissionFixtures> hosts = List.of(host(), host(), host(), host());

    private AdmissionFixtures host() {
        return new AdmissionFixtures(store, clock, null, grades);
    }

    /** An application of the customer taken through steps 1 to 3 on the first host. */
    private ApplicationId creditEvaluated(CustomerId customer) {
        AdmissionDesk desk = hosts.get(0).admission;
        ApplicationId id = desk.apply(SALES, AdmissionFixtures.application(customer)).id();
        desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "PASS", false, "ok"));
        desk.evaluateCredit(CREDIT, new EvaluateApplicantCredit(id, new BigDecimal("2000000"), "ok"));
        return id;
    }

    @RepeatedTest(3)
    @DisplayName("DS-3.4 four hosts applying for one prospect at once open one application; the rest are refused")
    void givenFourHosts_whenApplyingAtOnce_thenOneApplication() throws Exception {
        CustomerId customer = hosts.get(0).prospect();
        int before = store.conflicts();

        List<Object> outcomes = Races.race(hosts.stream().<Callable<Application>>map(host ->
            () -> host.admission.apply(SALES, AdmissionFixtures.application(customer))).toList());

        assertThat(outcomes).filteredOn(Application.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ApplicationAlreadyOpen.class::isInstance).hasSize(3);
        assertThat(hosts.get(1).admission.applicationsOf(MANAGEMENT, customer)).hasSize(1);
        assertThat(store.conflicts() - before).as("the hosts did race").isPositive();
    }

    @RepeatedTest(3)
    @DisplayName("DS-3.4 four hosts signing one approved application at once admit the customer once")
    void givenFourHosts_whenSigningAtOnce_thenAdmittedOnce() throws Exception {
        CustomerId customer = hosts.get(0).prospect();
        ApplicationId id = creditEvaluated(customer);
        hosts.get(0).admission.decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "GENERAL", "ok"));
        // Each host's validator learns the large command once before the race, so that no host is still doing so
        // when another has already signed.
        for (AdmissionFixtures host : hosts) {
            assertThatThrownBy(() -> host.admission.signAgreement(SALES_MANAGER, AdmissionFixtures.signing(
                ApplicationId.numbered(customer, 99), "CA-0", LocalDate.parse("2026-03-15"))))
                .isInstanceOf(NotFound.class);
        }
        int before = store.conflicts();

        List<Object> outcomes = Races.race(hosts.stream().<Callable<Application>>map(host -> () -> host.admission
            .signAgreement(SALES_MANAGER, AdmissionFixtures.signing(id, "CA-1", LocalDate.parse("2026-03-15")))).toList());

        assertThat(outcomes).filteredOn(Application.class::isInstance).hasSize(1);
        assertThat(hosts.get(2).customers.get(MANAGEMENT, customer).status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(hosts.get(2).customers.get(MANAGEMENT, customer).statusHistory()).hasSize(1);
        assertThat(hosts.get(2).modules.service(CooperationDesk.class).agreementsOf(MANAGEMENT, customer)).hasSize(1);
        // A host that read the approved application and then found the winner's agreement in place raced too:
        // it stops at the overlap before its write, where the others stop at the version.
        long overlaps = outcomes.stream().filter(AgreementsOverlap.class::isInstance).count();
        assertThat(store.conflicts() - before + overlaps).as("the hosts did race: %s", outcomes).isPositive();
    }

    @RepeatedTest(3)
    @DisplayName("DS-3.4 two managers recording two agreements for one customer at once: one is recorded, the other overlaps")
    void givenTwoHosts_whenRecordingAgreementsAtOnce_thenOneRecorded() throws Exception {
        String first17 = String.format("9132000000%07d", COUNTER.incrementAndGet());
        CustomerId customer = hosts.get(0).customers.importExisting(MANAGEMENT, new ImportCustomer(new RegisterCustomer(
            "苏州老客户", first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "CATERING",
            new BigDecimal("2000000"), List.of(), List.of()), SALES.id().value(), "SALES", "GENERAL", "migrated")).id();
        int before = store.conflicts();

        List<Object> outcomes = Races.race(List.<Callable<CooperationAgreement>>of(
            () -> hosts.get(0).modules.service(CooperationDesk.class).recordExisting(MANAGEMENT,
                new RecordExistingAgreement(customer, AdmissionFixtures.agreement("OLD-A" + first17,
                    LocalDate.parse("2026-03-01")), "paper")),
            () -> hosts.get(1).modules.service(CooperationDesk.class).recordExisting(MANAGEMENT,
                new RecordExistingAgreement(customer, AdmissionFixtures.agreement("OLD-B" + first17,
                    LocalDate.parse("2026-03-01")), "paper"))));

        assertThat(outcomes).filteredOn(CooperationAgreement.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(AgreementsOverlap.class::isInstance).hasSize(1);
        assertThat(hosts.get(2).modules.service(CooperationDesk.class).agreementsOf(MANAGEMENT, customer)).hasSize(1);
        assertThat(store.conflicts() - before).as("the hosts did race").isPositive();
    }

    @RepeatedTest(3)
    @DisplayName("DS-3.4 two withdrawals racing the final approval: withdrawn once, every step that stood is kept")
    void givenWithdrawalAndApproval_whenAtOnce_thenOneWins() throws Exception {
        AdmissionDesk desk = hosts.get(0).admission;
        ApplicationId id = creditEvaluated(hosts.get(0).prospect());
        int before = store.conflicts();

        List<Object> outcomes = Races.race(List.<Callable<Application>>of(
            () -> hosts.get(1).admission.withdraw(SALES, new WithdrawApplication(id, "no longer")),
            () -> hosts.get(2).admission.decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "GENERAL", "ok")),
            () -> hosts.get(3).admission.withdraw(SALES, new WithdrawApplication(id, "no longer"))));

        List<Object> withdrawals = List.of(outcomes.get(0), outcomes.get(2));
        assertThat(withdrawals).filteredOn(Application.class::isInstance).as("withdrawn once").hasSize(1);
        long stood = outcomes.stream().filter(Application.class::isInstance).count();
        Application after = desk.application(MANAGEMENT, id);
        assertThat(after.status()).as("an approval after the withdrawal is refused; a withdrawal after it is not")
            .isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(after.steps()).as("no step that stood was lost").hasSize(3 + (int) stood);
        assertThat(store.conflicts() - before).as("the hosts did race").isPositive();
    }
}
