package dev.directsupply.admission;

import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.QUALITY;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.admission.application.AdmissionDesk;
import dev.directsupply.admission.application.ApplicationDetails;
import dev.directsupply.admission.application.NeedsDetails;
import dev.directsupply.admission.application.QualificationDetails;
import dev.directsupply.admission.application.ApplicationId;
import dev.directsupply.admission.application.ApplyForAdmission;
import dev.directsupply.admission.application.DecideAdmission;
import dev.directsupply.admission.application.DocumentDetails;
import dev.directsupply.admission.application.EvaluateApplicantCredit;
import dev.directsupply.admission.application.RecordSiteInspection;
import dev.directsupply.admission.application.ResubmitApplication;
import dev.directsupply.admission.application.ReviewPreliminarily;
import dev.directsupply.admission.application.SecurityDetails;
import dev.directsupply.admission.application.SignCooperationAgreement;
import dev.directsupply.admission.application.WithdrawApplication;
import dev.directsupply.admission.lead.ConvertLead;
import dev.directsupply.admission.lead.LeadDesk;
import dev.directsupply.admission.lead.LeadId;
import dev.directsupply.admission.lead.RecordLead;
import dev.directsupply.admission.lead.WorkLead;
import dev.directsupply.admission.development.SetDevelopmentTarget;
import dev.directsupply.admission.development.TargetDesk;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Violation;
import dev.directsupply.testing.BadInputProbe;
import java.math.BigDecimal;
import java.time.LocalDate;
import dev.directsupply.admission.application.SignCooperationAgreement;
import dev.directsupply.admission.cooperation.AgreementDetails;
import dev.directsupply.admission.cooperation.AgreementId;
import dev.directsupply.admission.cooperation.AmendAgreement;
import dev.directsupply.admission.cooperation.CooperationDesk;
import dev.directsupply.admission.cooperation.DeliveryDetails;
import dev.directsupply.admission.cooperation.PartiesDetails;
import dev.directsupply.admission.cooperation.PaymentDetails;
import dev.directsupply.admission.cooperation.PlaceDetails;
import dev.directsupply.admission.cooperation.PriceDetails;
import dev.directsupply.admission.cooperation.PriceLineDetails;
import dev.directsupply.admission.cooperation.RecordExistingAgreement;
import dev.directsupply.admission.cooperation.RenewAgreement;
import dev.directsupply.admission.cooperation.SignaturesDetails;
import dev.directsupply.admission.cooperation.TermsDetails;
import dev.directsupply.admission.cooperation.ValidityDetails;
import dev.directsupply.customer.ImportCustomer;
import dev.directsupply.customer.RegisterCustomer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad input to any admission command is refused whole, every field named in both languages, nothing stored. */
class AdmissionBadInputTest {
    private final AdmissionFixtures fixtures = new AdmissionFixtures();
    private final AdmissionDesk desk = fixtures.admission;

    @Test
    @DisplayName("DS-3.4 a bad application names every bad field, nested ones by path, in English and Chinese")
    void givenEveryKindOfBadForm_whenApplied_thenOneInvalidCommandAndNothingStored() {
        CustomerId customer = fixtures.prospect();
        int before = fixtures.modules.pending().size();
        ApplicationDetails bad = new ApplicationDetails(" ", new NeedsDetails(List.of(), new BigDecimal("-1"), 99, null, "BOOMING"),
            new QualificationDetails(List.of(new DocumentDetails("PASSPORT", "P-1", null)), List.of()),
            new SecurityDetails("GUARANTEE", null, new BigDecimal("0.5")), "HUGE");

        assertThatThrownBy(() -> desk.apply(SALES, new ApplyForAdmission(customer, bad)))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactlyInAnyOrder("details.businessInformation",
                    "details.needs.productCategories", "details.needs.expectedAnnualPurchase",
                    "details.needs.intendedYears", "details.needs.buysDirectly", "details.needs.growthOutlook",
                    "details.qualification.documents[0].kind", "details.expectedImportance",
                    "details.security.guarantee", "details.security.prepaymentRatio");
                assertThat(e.violations()).filteredOn(v -> v.field().startsWith("details.security"))
                    .extracting(Violation::rule).containsOnly("DS-3.3.2");
                assertThat(e.violations()).allSatisfy(v -> {
                    assertThat(v.english()).isNotBlank();
                    assertThat(v.chinese()).isNotBlank().isNotEqualTo(v.english());
                });
            });
        assertThat(fixtures.admission.applicationsOf(SALES, customer)).isEmpty();
        assertThat(fixtures.modules.pending()).hasSize(before);
    }

    @Test
    @DisplayName("DS-3.4 DS-3.3.2 a bad agreement names every bad term by its path, in English and Chinese, and nothing is signed")
    void givenEveryKindOfBadAgreement_whenSigned_thenOneInvalidCommandAndNothingStored() {
        CustomerId customer = fixtures.prospect();
        ApplicationId id = desk.apply(SALES, AdmissionFixtures.application(customer)).id();
        int before = fixtures.modules.pending().size();
        AgreementDetails bad = new AgreementDetails("CA 1", new TermsDetails(new PartiesDetails("", "客户"), "BARTER",
            List.of(), List.of(" "),
            new PriceDetails(List.of(new PriceLineDetails("P-1", "case", new BigDecimal("10.001")),
                new PriceLineDetails("P-1", "bottle", new BigDecimal("-1"))), BigDecimal.ONE, new BigDecimal("1.5"),
                true),
            new PaymentDetails(400, new BigDecimal("1.2"), new BigDecimal("-5")),
            new DeliveryDetails(List.of("TELEPORT"), List.of(new PlaceDetails("SH", "上海", 1),
                new PlaceDetails("SH", "上海二号", -1)), -1)),
            new ValidityDetails(LocalDate.parse("2026-03-15"), LocalDate.parse("2026-03-14"), 400),
            new SignaturesDetails("王芳", LocalDate.parse("2026-03-16"), " ", null));

        assertThatThrownBy(() -> desk.signAgreement(SALES_MANAGER, new SignCooperationAgreement(id, bad)))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactlyInAnyOrder("agreement.reference",
                    "agreement.terms.parties.supplier", "agreement.terms.mode", "agreement.terms.rights",
                    "agreement.terms.obligations[0]", "agreement.terms.prices.priceList[0].listPrice",
                    "agreement.terms.prices.priceList[1].listPrice", "agreement.terms.prices.priceList[1]",
                    "agreement.terms.prices.discountRate", "agreement.terms.prices.taxRate",
                    "agreement.terms.payment.days", "agreement.terms.payment.prepaymentRatio",
                    "agreement.terms.payment.guarantee", "agreement.terms.delivery.modes[0]",
                    "agreement.terms.delivery.places[1].transportDays", "agreement.terms.delivery.places[1].code",
                    "agreement.terms.delivery.minimumRemainingShelfLifeDays", "agreement.validity.until",
                    "agreement.validity.renewalNoticeDays", "agreement.signatures.supplierSignedOn",
                    "agreement.signatures.customerSignatory", "agreement.signatures.customerSignedOn");
                assertThat(e.violations()).allSatisfy(v -> {
                    assertThat(v.english()).isNotBlank();
                    assertThat(v.chinese()).isNotBlank().isNotEqualTo(v.english());
                });
            });
        assertThat(fixtures.modules.service(CooperationDesk.class).agreementsOf(MANAGEMENT, customer)).isEmpty();
        assertThat(fixtures.modules.pending()).hasSize(before);
    }

    @Test
    @DisplayName("DS-7.1.2 bad text and dates in any admission command meet InvalidCommand naming the field")
    void givenBadTextOrDatesInEveryCommand_whenSent_thenRefusedNamingTheField() {
        CustomerId customer = fixtures.prospect();
        ApplicationId id = desk.apply(SALES, AdmissionFixtures.application(customer)).id();
        BadInputProbe probe = new BadInputProbe(() -> fixtures.store.pendingEvents(100_000).size());

        probe.tryAll(new ApplyForAdmission(customer, AdmissionFixtures.details()), c -> desk.apply(SALES, c));
        probe.tryAll(new ResubmitApplication(id, AdmissionFixtures.details(), "added"), c -> desk.resubmit(SALES, c));
        probe.tryAll(new ReviewPreliminarily(id, "PASS", false, "ok"), c -> desk.reviewPreliminarily(SALES_MANAGER, c));
        probe.tryAll(new EvaluateApplicantCredit(id, new BigDecimal("2000000"), "ok"),
            c -> desk.evaluateCredit(CREDIT, c));
        probe.tryAll(new RecordSiteInspection(id, LocalDate.parse("2026-03-14"), "visited", true),
            c -> desk.inspect(QUALITY, c));
        probe.tryAll(new DecideAdmission(id, "APPROVE", "GENERAL", "ok"), c -> desk.decide(MANAGEMENT, c));
        probe.tryAll(AdmissionFixtures.signing(id, "CA-1", LocalDate.parse("2026-03-15")),
            c -> desk.signAgreement(SALES_MANAGER, c));
        probe.tryAll(new WithdrawApplication(id, "no longer"), c -> desk.withdraw(SALES, c));
        LeadDesk leads = fixtures.modules.service(LeadDesk.class);
        RecordLead lead = new RecordLead(new RecordLead.ProspectDetails("杭州鲜味餐饮有限公司", "SERVICES", "CATERING", "浙江",
            List.of("SAUCES"), new BigDecimal("1500000"), "赵经理"),
            "TRADE_SHOW", null, "li.na", LocalDate.parse("2026-03-16"));
        LeadId leadId = leads.record(SALES, lead).id();
        probe.tryAll(lead, c -> leads.record(SALES, c));
        probe.tryAll(new WorkLead(leadId, "CONTACT", "called", LocalDate.parse("2026-03-20")),
            c -> leads.work(SALES, c));
        probe.tryAll(new ConvertLead(leadId, "91330000000000001" + UnifiedSocialCreditCode.checkCharacter(
            "91330000000000001"), "连锁餐饮", 3, true, "GROWING", AdmissionFixtures.details().qualification(),
            AdmissionFixtures.details().security(), "GENERAL"), c -> leads.convert(SALES, c));

        CooperationDesk cooperation = fixtures.modules.service(CooperationDesk.class);
        CustomerId active = fixtures.customers.importExisting(MANAGEMENT, new ImportCustomer(new RegisterCustomer(
            "苏州老客户", "91320000000000009" + UnifiedSocialCreditCode.checkCharacter("91320000000000009"), "SERVICES",
            "CATERING", new BigDecimal("2000000"), List.of(), List.of()), SALES.id().value(), "SALES", "GENERAL",
            "migrated")).id();
        probe.tryAll(new RecordExistingAgreement(active, AdmissionFixtures.agreement("OLD-1",
            LocalDate.parse("2026-03-01")), "paper"), c -> cooperation.recordExisting(MANAGEMENT, c));
        cooperation.recordExisting(MANAGEMENT, new RecordExistingAgreement(active, AdmissionFixtures.agreement("OLD-1",
            LocalDate.parse("2026-03-01")), "paper"));
        probe.tryAll(new AmendAgreement(AgreementId.of("OLD-1"), AdmissionFixtures.terms(new PaymentDetails(45,
            BigDecimal.ZERO, BigDecimal.ZERO)), new ValidityDetails(LocalDate.parse("2026-04-01"), null, 30),
            AdmissionFixtures.signatures(LocalDate.parse("2026-03-14")), "renegotiated"),
            c -> cooperation.amend(MANAGEMENT, c));
        probe.tryAll(new RenewAgreement(AgreementId.of("OLD-1"), LocalDate.parse("2030-02-28"),
            AdmissionFixtures.signatures(LocalDate.parse("2026-03-14"))), c -> cooperation.renew(MANAGEMENT, c));

        TargetDesk targets = fixtures.modules.service(TargetDesk.class);
        probe.tryAll(new SetDevelopmentTarget(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-06-30"),
            new SetDevelopmentTarget.SegmentDetails("浙江", "SERVICES", "MEDIUM", "TRADE_SHOW"),
            new SetDevelopmentTarget.GoalDetails(10, 4, 2), "华东餐饮"), c -> targets.set(MANAGEMENT, c));

        probe.assertEachRefusedNamingTheField("admission", 150);
    }
}
