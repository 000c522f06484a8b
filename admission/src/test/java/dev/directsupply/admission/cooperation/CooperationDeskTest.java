package dev.directsupply.admission.cooperation;

import static dev.directsupply.admission.AdmissionFixtures.agreement;
import static dev.directsupply.admission.AdmissionFixtures.application;
import static dev.directsupply.admission.AdmissionFixtures.details;
import static dev.directsupply.admission.AdmissionFixtures.signatures;
import static dev.directsupply.admission.AdmissionFixtures.signing;
import static dev.directsupply.admission.AdmissionFixtures.terms;
import static dev.directsupply.admission.AdmissionFixtures.withSecurity;
import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.admission.AdmissionFixtures;
import dev.directsupply.admission.application.AdmissionDesk;
import dev.directsupply.admission.application.ApplicationId;
import dev.directsupply.admission.application.ApplicationStatus;
import dev.directsupply.admission.application.ApplyForAdmission;
import dev.directsupply.admission.application.DecideAdmission;
import dev.directsupply.admission.application.EvaluateApplicantCredit;
import dev.directsupply.admission.application.ReviewPreliminarily;
import dev.directsupply.admission.application.SecurityDetails;
import dev.directsupply.admission.application.SignCooperationAgreement;
import dev.directsupply.admission.AdmissionModule;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerModule;
import dev.directsupply.customer.CustomerStatus;
import dev.directsupply.customer.ImportCustomer;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Role;
import dev.directsupply.testing.ModuleHarness;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Cooperation agreements (DS-3.4 step 6): opened by admission, amended and renewed as versions, looked up by day. */
class CooperationDeskTest {
    private static final LocalDate SIGNED = LocalDate.parse("2026-03-15");

    private final AdmissionFixtures fixtures = new AdmissionFixtures();
    private final AdmissionDesk admission = fixtures.admission;
    private final CooperationDesk desk = fixtures.modules.service(CooperationDesk.class);

    private ApplicationId approved(CustomerId customer, ApplyForAdmission form) {
        ApplicationId id = admission.apply(SALES, form).id();
        admission.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "PASS", false, "ok"));
        admission.evaluateCredit(CREDIT, new EvaluateApplicantCredit(id, new BigDecimal("2000000"), "ok"));
        admission.decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "GENERAL", "ok"));
        return id;
    }

    private CustomerId admitted(String reference) {
        CustomerId customer = fixtures.prospect();
        admission.signAgreement(SALES_MANAGER, signing(approved(customer, application(customer)), reference, SIGNED));
        return customer;
    }

    private CustomerId imported(int n) {
        String first17 = String.format("91320000%09d", n);
        return fixtures.customers.importExisting(MANAGEMENT, new ImportCustomer(new RegisterCustomer("苏州老客户" + n,
            first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "CATERING",
            new BigDecimal("2000000"), List.of(), List.of()), SALES.id().value(), "SALES", "GENERAL", "migrated"))
            .id();
    }

    private AmendAgreement amendment(String reference, LocalDate from, LocalDate until, int paymentDays) {
        return new AmendAgreement(AgreementId.of(reference),
            terms(new PaymentDetails(paymentDays, BigDecimal.ZERO, new BigDecimal("500000"))),
            new ValidityDetails(from, until, null), signatures(SIGNED), "payment terms renegotiated");
    }

    @Test
    @DisplayName("DS-3.4 step 6: signing opens the agreement as version 1 with every content, and orders can read its terms")
    void givenApprovedApplication_whenSigned_thenAgreementOpenedWithItsContents() {
        CustomerId customer = admitted("CA-2026-001");

        CooperationAgreement agreement = desk.agreement(MANAGEMENT, AgreementId.of("CA-2026-001"));
        assertThat(agreement.customerId()).isEqualTo(customer);
        assertThat(agreement.origin()).isEqualTo(AgreementOrigin.ADMISSION);
        assertThat(agreement.versions()).hasSize(1);
        AgreementTerms terms = agreement.latest().terms();
        assertThat(terms.parties().supplier()).isEqualTo("上海酿造有限公司");
        assertThat(terms.mode()).isEqualTo(CooperationMode.FRAMEWORK);
        assertThat(terms.clauses().rights()).containsExactly("priority supply in the peak season");
        assertThat(terms.clauses().obligations()).containsExactly("orders placed a week ahead");
        assertThat(terms.prices().agreedPrice("P-100", "case")).contains(Money.cny("114.00"));
        assertThat(terms.prices().agreedPrice("P-100", "bottle")).isEmpty();
        assertThat(terms.prices().taxRate()).isEqualByComparingTo("0.13");
        assertThat(terms.payment().days()).isEqualTo(30);
        assertThat(terms.payment().guarantee()).isEqualTo(Money.cny("500000.00"));
        assertThat(terms.delivery().modes()).containsExactlyInAnyOrder(DeliveryMode.ROAD, DeliveryMode.EXPRESS);
        assertThat(terms.delivery().place("SH-WH1")).map(AgreedPlace::transportDays).contains(3);
        assertThat(terms.delivery().place("BJ-1")).isEmpty();
        assertThat(agreement.latest().validity()).isEqualTo(new Validity(SIGNED, LocalDate.parse("2028-03-14"), 60));
        assertThat(agreement.latest().signatures().signedOn()).isEqualTo(SIGNED);
        assertThat(fixtures.customers.get(MANAGEMENT, customer).status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(desk.inForce(MANAGEMENT, customer, SIGNED)).map(TermsInForce::reference)
            .contains("CA-2026-001/v1");
        assertThat(desk.inForce(MANAGEMENT, customer, SIGNED.minusDays(1))).isEmpty();
        assertThat(desk.verifyTrail(MANAGEMENT, AgreementId.of("CA-2026-001")).isIntact()).isTrue();
    }

    @Test
    @DisplayName("DS-3.3.2 a new customer's agreement without a guarantee or a prepayment is refused, and nothing is signed")
    void givenNoSecurity_whenSigned_thenRefusedAndNothingChanged() {
        CustomerId customer = fixtures.prospect();
        ApplicationId id = approved(customer, application(customer));

        assertThatThrownBy(() -> admission.signAgreement(SALES_MANAGER, new SignCooperationAgreement(id,
            agreement("CA-1", SIGNED, new PaymentDetails(30, BigDecimal.ZERO, BigDecimal.ZERO)))))
            .isInstanceOfSatisfying(AgreementNotSecured.class, e -> assertThat(e.rule()).contains("DS-3.3.2"));

        assertThat(admission.application(MANAGEMENT, id).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(fixtures.customers.get(MANAGEMENT, customer).status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(desk.agreementsOf(MANAGEMENT, customer)).isEmpty();
    }

    @Test
    @DisplayName("DS-3.3.2 the agreement carries at least the guarantee the application offered and was approved on")
    void givenSmallerGuaranteeThanOffered_whenSigned_thenRefused() {
        CustomerId customer = fixtures.prospect();
        ApplicationId id = approved(customer, application(customer));

        assertThatThrownBy(() -> admission.signAgreement(SALES_MANAGER, new SignCooperationAgreement(id,
            agreement("CA-1", SIGNED, new PaymentDetails(30, BigDecimal.ZERO, new BigDecimal("499999.99"))))))
            .isInstanceOf(AgreementNotSecured.class).hasMessageContaining("500000");
        assertThat(admission.signAgreement(SALES_MANAGER, new SignCooperationAgreement(id,
            agreement("CA-1", SIGNED, new PaymentDetails(30, new BigDecimal("0.1"), new BigDecimal("500000")))))
            .status()).isEqualTo(ApplicationStatus.ADMITTED);
    }

    @Test
    @DisplayName("DS-3.3.2 an application offering a prepayment signs for at least that share, a guarantee alone does not do")
    void givenPrepaymentOffered_whenSignedWithLess_thenRefused() {
        CustomerId customer = fixtures.prospect();
        ApplicationId id = approved(customer, new ApplyForAdmission(customer, withSecurity(details(),
            new SecurityDetails("PREPAYMENT", null, new BigDecimal("0.3")))));

        assertThatThrownBy(() -> admission.signAgreement(SALES_MANAGER, new SignCooperationAgreement(id,
            agreement("CA-1", SIGNED, new PaymentDetails(30, new BigDecimal("0.2"), new BigDecimal("900000"))))))
            .isInstanceOf(AgreementNotSecured.class).hasMessageContaining("0.3");
        admission.signAgreement(SALES_MANAGER, new SignCooperationAgreement(id,
            agreement("CA-1", SIGNED, new PaymentDetails(30, new BigDecimal("0.3"), BigDecimal.ZERO))));
        assertThat(desk.inForce(MANAGEMENT, customer, SIGNED).orElseThrow().terms().payment().prepaymentRatio())
            .isEqualByComparingTo("0.3");
    }

    @Test
    @DisplayName("DS-3.4 an amendment is a new version from its first day; the version in force on each day can be looked up")
    void givenAmendment_whenLookedUpByDay_thenEachDayItsVersion() {
        CustomerId customer = admitted("CA-7");

        CooperationAgreement amended = desk.amend(SALES_MANAGER, amendment("CA-7", LocalDate.parse("2026-07-01"),
            LocalDate.parse("2028-03-14"), 45));

        assertThat(amended.versions()).extracting(AgreementVersion::number).containsExactly(1, 2);
        assertThat(amended.versions().get(0).terms().payment().days()).isEqualTo(30);
        assertThat(desk.inForce(MANAGEMENT, customer, LocalDate.parse("2026-06-30")).orElseThrow().reference())
            .isEqualTo("CA-7/v1");
        TermsInForce july = desk.inForce(MANAGEMENT, customer, LocalDate.parse("2026-07-01")).orElseThrow();
        assertThat(july.reference()).isEqualTo("CA-7/v2");
        assertThat(july.terms().payment().days()).isEqualTo(45);
        assertThat(amended.latest().note()).isEqualTo("payment terms renegotiated");
        assertThat(amended.latest().recordedBy()).isEqualTo(SALES_MANAGER.id());
    }

    @Test
    @DisplayName("DS-3.3.2 an amendment does not take a new customer's guarantee or prepayment away in its first year")
    void givenAdmittedCustomer_whenSecurityAmendedAway_thenRefusedUntilNoLongerNew() {
        CustomerId customer = admitted("CA-15");
        AmendAgreement unsecured = new AmendAgreement(AgreementId.of("CA-15"),
            terms(new PaymentDetails(30, BigDecimal.ZERO, BigDecimal.ZERO)),
            new ValidityDetails(LocalDate.parse("2027-03-14"), null, null), signatures(SIGNED), "guarantee released");

        assertThatThrownBy(() -> desk.amend(SALES_MANAGER, unsecured))
            .isInstanceOfSatisfying(AgreementNotSecured.class, e -> {
                assertThat(e.rule()).contains("DS-3.3.2");
                assertThat(e.getMessage()).contains("2027-03-15");
            });
        assertThat(desk.agreement(MANAGEMENT, AgreementId.of("CA-15")).versions()).hasSize(1);
        CooperationAgreement later = desk.amend(SALES_MANAGER, new AmendAgreement(AgreementId.of("CA-15"),
            unsecured.terms(), new ValidityDetails(LocalDate.parse("2027-03-15"), null, null), signatures(SIGNED),
            "a year without a late payment"));
        assertThat(later.latest().terms().payment().isSecured()).isFalse();
        assertThat(desk.inForce(MANAGEMENT, customer, LocalDate.parse("2027-03-14")).orElseThrow().terms().payment()
            .isSecured()).isTrue();
    }

    @Test
    @DisplayName("DS-3.4 a version that ends earlier does not bring the one it replaced back after its end")
    void givenShorterAmendment_whenItEnds_thenNothingInForce() {
        CustomerId customer = admitted("CA-8");
        desk.amend(SALES_MANAGER, amendment("CA-8", LocalDate.parse("2026-04-01"), LocalDate.parse("2026-12-31"), 30));

        assertThat(desk.inForce(MANAGEMENT, customer, LocalDate.parse("2026-12-31"))).isPresent();
        assertThat(desk.inForce(MANAGEMENT, customer, LocalDate.parse("2027-01-01"))).isEmpty();
        assertThat(desk.agreement(MANAGEMENT, AgreementId.of("CA-8")).endsOn()).contains(LocalDate.parse("2026-12-31"));
    }

    @Test
    @DisplayName("DS-3.4 an amendment cannot take effect before today or before the latest version: the past stays as it was")
    void givenBackdatedAmendment_whenRecorded_thenRefusedAndNothingChanged() {
        admitted("CA-9");
        desk.amend(SALES_MANAGER, amendment("CA-9", LocalDate.parse("2026-09-01"), null, 45));

        assertThatThrownBy(() -> desk.amend(SALES_MANAGER, amendment("CA-9", LocalDate.parse("2026-03-14"), null, 60)))
            .isInstanceOfSatisfying(BackdatedVersion.class, e -> assertThat(e.rule()).contains("DS-3.4"));
        assertThatThrownBy(() -> desk.amend(SALES_MANAGER, amendment("CA-9", LocalDate.parse("2026-08-31"), null, 60)))
            .isInstanceOf(BackdatedVersion.class).hasMessageContaining("2026-09-01");
        assertThat(desk.agreement(MANAGEMENT, AgreementId.of("CA-9")).versions()).hasSize(2);
        assertThat(desk.amend(SALES_MANAGER, amendment("CA-9", LocalDate.parse("2026-09-01"), null, 60)).versions())
            .hasSize(3);
    }

    @Test
    @DisplayName("DS-3.4 a renewal carries the same terms on from the day after the end; an open-ended agreement has none to renew")
    void givenRenewal_whenRecorded_thenSameTermsFromTheDayAfter() {
        CustomerId customer = admitted("CA-10");

        CooperationAgreement renewed = desk.renew(SALES_MANAGER, new RenewAgreement(AgreementId.of("CA-10"),
            LocalDate.parse("2030-03-14"), signatures(SIGNED)));

        AgreementVersion second = renewed.latest();
        assertThat(second.validity()).isEqualTo(new Validity(LocalDate.parse("2028-03-15"),
            LocalDate.parse("2030-03-14"), 60));
        assertThat(second.terms()).isEqualTo(renewed.versions().get(0).terms());
        assertThat(desk.inForce(MANAGEMENT, customer, LocalDate.parse("2029-01-01")).orElseThrow().reference())
            .isEqualTo("CA-10/v2");
        assertThatThrownBy(() -> desk.renew(SALES_MANAGER, new RenewAgreement(AgreementId.of("CA-10"),
            LocalDate.parse("2030-03-14"), signatures(SIGNED)))).isInstanceOf(OpenEnded.class);
        desk.amend(SALES_MANAGER, amendment("CA-10", LocalDate.parse("2028-03-15"), null, 30));
        assertThatThrownBy(() -> desk.renew(SALES_MANAGER, new RenewAgreement(AgreementId.of("CA-10"),
            LocalDate.parse("2031-03-14"), signatures(SIGNED)))).isInstanceOf(OpenEnded.class);
    }

    @Test
    @DisplayName("DS-3.4 agreements about to expire are listed within their renewal notice; a renewed one is not")
    void givenAgreementsEnding_whenListed_thenThoseWithinNotice() {
        admitted("CA-11");
        admitted("CA-12");
        fixtures.clock.moveTo("2028-01-13");

        assertThat(desk.expiring(MANAGEMENT)).isEmpty();
        fixtures.clock.moveTo("2028-01-14");
        assertThat(desk.expiring(MANAGEMENT)).extracting(agreement -> agreement.id().value())
            .containsExactly("CA-11", "CA-12");
        desk.renew(SALES_MANAGER, new RenewAgreement(AgreementId.of("CA-12"), LocalDate.parse("2029-03-14"),
            signatures(LocalDate.parse("2028-01-14"))));
        assertThat(desk.expiring(MANAGEMENT)).extracting(agreement -> agreement.id().value())
            .containsExactly("CA-11");
        assertThat(desk.expiringWithin(MANAGEMENT, 59)).isEmpty();
        assertThat(desk.expiringWithin(MANAGEMENT, 60)).extracting(agreement -> agreement.id().value())
            .containsExactly("CA-11");
        fixtures.clock.moveTo("2028-03-14");
        assertThat(desk.expiringWithin(MANAGEMENT, 365)).extracting(agreement -> agreement.id().value())
            .containsExactly("CA-11", "CA-12");
        assertThatThrownBy(() -> desk.expiringWithin(MANAGEMENT, 366)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> desk.expiringWithin(MANAGEMENT, -1)).isInstanceOf(InvalidCommand.class);
        assertThat(desk.expiringWithin(MANAGEMENT, 0)).extracting(agreement -> agreement.id().value())
            .containsExactly("CA-11");
        fixtures.clock.moveTo("2028-03-15");
        assertThat(desk.expiring(MANAGEMENT)).isEmpty();
    }

    @Test
    @DisplayName("DS-3.4 management records an existing customer's agreement; a prospect's comes through admission")
    void givenExistingCustomer_whenAgreementRecorded_thenImportedAndProspectRefused() {
        CustomerId customer = imported(1);
        RecordExistingAgreement existing = new RecordExistingAgreement(customer,
            agreement("OLD-1", LocalDate.parse("2025-01-01"), new PaymentDetails(60, BigDecimal.ZERO, BigDecimal.ZERO)),
            "signed on paper in 2025");

        assertThatThrownBy(() -> desk.recordExisting(SALES_MANAGER, existing)).isInstanceOf(AccessDenied.class);
        CooperationAgreement recorded = desk.recordExisting(MANAGEMENT, existing);

        assertThat(recorded.origin()).isEqualTo(AgreementOrigin.IMPORTED);
        assertThat(recorded.source()).isEqualTo("imported: signed on paper in 2025");
        assertThat(desk.inForce(MANAGEMENT, customer, SIGNED).orElseThrow().terms().payment().days()).isEqualTo(60);
        CustomerId prospect = fixtures.prospect();
        assertThatThrownBy(() -> desk.recordExisting(MANAGEMENT, new RecordExistingAgreement(prospect,
            agreement("OLD-2", SIGNED), "a shortcut")))
            .isInstanceOfSatisfying(NotAnActiveCustomer.class, e -> assertThat(e.rule()).contains("DS-3.4"));
        assertThat(desk.agreementsOf(MANAGEMENT, prospect)).isEmpty();
    }

    @Test
    @DisplayName("DS-3.4 a customer buys under one agreement at a time: a second one running on its first day is refused")
    void givenAgreementRunning_whenAnotherRecorded_thenRefused() {
        CustomerId customer = imported(2);
        desk.recordExisting(MANAGEMENT, new RecordExistingAgreement(customer, agreement("OLD-3",
            LocalDate.parse("2025-01-01")), "paper"));

        assertThatThrownBy(() -> desk.recordExisting(MANAGEMENT, new RecordExistingAgreement(customer,
            agreement("OLD-4", SIGNED), "paper")))
            .isInstanceOf(AgreementsOverlap.class).hasMessageContaining("OLD-3");
        AgreementDetails next = agreement("OLD-5", SIGNED);
        assertThat(desk.recordExisting(MANAGEMENT, new RecordExistingAgreement(customer, new AgreementDetails("OLD-5",
            next.terms(), new ValidityDetails(LocalDate.parse("2027-01-01"), null, null), next.signatures()),
            "the next one")).id().value()).isEqualTo("OLD-5");
        assertThat(desk.agreementsOf(MANAGEMENT, customer)).extracting(agreement -> agreement.id().value())
            .containsExactly("OLD-3", "OLD-5");
        assertThat(desk.inForce(MANAGEMENT, customer, LocalDate.parse("2027-01-01")).orElseThrow().reference())
            .isEqualTo("OLD-5/v1");
    }

    @Test
    @DisplayName("DS-3.4 only the SDK opens an admission's agreement: a person granted the permission is still refused")
    void givenPersonGrantedOpen_whenOpening_thenRefused() {
        AdmissionFixtures granted = new AdmissionFixtures(ModuleHarness.defaultAccess(new CustomerModule(),
            new AdmissionModule()).toBuilder().grant(CooperationPermissions.OPEN, Role.SALES_MANAGER).build());
        CooperationDesk opened = granted.modules.service(CooperationDesk.class);
        CustomerId customer = granted.prospect();

        assertThatThrownBy(() -> opened.open(SALES_MANAGER, new OpenAgreement(customer, "APP-1",
            agreement("CA-X", SIGNED)))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.open(SALES_MANAGER, new OpenAgreement(fixtures.prospect(), "APP-1",
            agreement("CA-X", SIGNED)))).isInstanceOf(AccessDenied.class);
        assertThat(opened.agreementsOf(MANAGEMENT, customer)).isEmpty();
        CooperationAgreement bySystem = opened.open(granted.modules.system(), new OpenAgreement(customer, "APP-1",
            agreement("CA-X", SIGNED)));
        assertThat(bySystem.source()).isEqualTo("application APP-1");
        assertThat(opened.agreementsOf(MANAGEMENT, customer)).containsExactly(bySystem);
    }

    @Test
    @DisplayName("DS-7.2.2 a salesperson who does not serve the customer neither sees nor amends its agreement")
    void givenOtherSalesperson_whenReading_thenOutOfScope() {
        CustomerId customer = admitted("CA-13");
        Actor stranger = Actor.of("zhang.san", Department.SALES, Role.SALES);
        fixtures.modules.agree(stranger);

        assertThatThrownBy(() -> desk.agreement(stranger, AgreementId.of("CA-13"))).isInstanceOf(AccessDenied.class);
        assertThat(desk.agreementsOf(stranger, customer)).isEmpty();
        assertThat(desk.inForce(stranger, customer, SIGNED)).isEmpty();
        assertThatThrownBy(() -> desk.amend(stranger, amendment("CA-13", LocalDate.parse("2026-04-01"), null, 30)))
            .isInstanceOf(AccessDenied.class);
        assertThat(desk.agreement(SALES, AgreementId.of("CA-13")).versions()).hasSize(1);
    }

    @Test
    @DisplayName("DS-3.4 every version is announced: the signing and each amendment or renewal")
    void givenSignedAmendedRenewed_whenRelayed_thenEachVersionPublished() {
        admitted("CA-14");
        desk.amend(SALES_MANAGER, amendment("CA-14", LocalDate.parse("2026-05-01"), LocalDate.parse("2027-04-30"), 30));
        desk.renew(SALES_MANAGER, new RenewAgreement(AgreementId.of("CA-14"), LocalDate.parse("2028-04-30"),
            signatures(SIGNED)));

        assertThat(fixtures.modules.relay()).extracting(event -> event.type())
            .contains("admission.AgreementSigned").containsSubsequence("admission.AgreementAmended",
                "admission.AgreementAmended");
    }
}
