package dev.directsupply.admission.development;


import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.admission.AdmissionFixtures;
import dev.directsupply.admission.application.AdmissionDesk;
import dev.directsupply.admission.application.ApplicationId;
import dev.directsupply.admission.application.DecideAdmission;
import dev.directsupply.admission.application.EvaluateApplicantCredit;
import dev.directsupply.admission.application.ReviewPreliminarily;
import dev.directsupply.admission.application.SignCooperationAgreement;
import dev.directsupply.admission.lead.ConvertLead;
import dev.directsupply.admission.lead.Lead;
import dev.directsupply.admission.lead.LeadDesk;
import dev.directsupply.admission.lead.LeadId;
import dev.directsupply.admission.lead.RecordLead;
import dev.directsupply.admission.lead.WorkLead;
import dev.directsupply.admission.development.SetDevelopmentTarget.GoalDetails;
import dev.directsupply.admission.development.SetDevelopmentTarget.SegmentDetails;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.InvalidCommand;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Development targets per stage and segment, with progress measured at any time (DS-3.1.1). */
class TargetDeskTest {
    private static final LocalDate FOLLOW_UP = LocalDate.parse("2026-06-30");

    private final AdmissionFixtures fixtures = new AdmissionFixtures();
    private final TargetDesk desk = fixtures.modules.service(TargetDesk.class);
    private final LeadDesk leads = fixtures.modules.service(LeadDesk.class);
    private final AdmissionDesk admission = fixtures.admission;
    private int registered;

    private SetDevelopmentTarget target(SegmentDetails segment) {
        return new SetDevelopmentTarget(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-06-30"), segment,
            new GoalDetails(4, 2, 1), "华东餐饮连锁：展会与客户推荐并重");
    }

    private LeadId lead(String region, String channel) {
        return leads.record(SALES, new RecordLead(new RecordLead.ProspectDetails("餐饮公司 " + region + channel, "SERVICES", "CATERING", region,
            List.of("SAUCES"), new BigDecimal("1500000"), "经理"),
            channel, null, SALES.id().value(), FOLLOW_UP)).id();
    }

    private Lead contacted(String region, String channel) {
        LeadId id = lead(region, channel);
        return leads.work(SALES, new WorkLead(id, "CONTACT", "met", FOLLOW_UP));
    }

    private ApplicationId converted(LeadId id) {
        leads.work(SALES, new WorkLead(id, "QUALIFY", "real demand", FOLLOW_UP));
        String first17 = String.format("91330000%09d", ++registered);
        return leads.convert(SALES, new ConvertLead(id, first17 + UnifiedSocialCreditCode.checkCharacter(first17),
            "连锁餐饮", 3, true, "GROWING", AdmissionFixtures.details().qualification(),
            AdmissionFixtures.details().security(), "GENERAL")).history().conversion().application();
    }

    private void admitted(ApplicationId id) {
        admission.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "PASS", false, "ok"));
        admission.evaluateCredit(CREDIT, new EvaluateApplicantCredit(id, new BigDecimal("1500000"), "ok"));
        admission.decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "GENERAL", "ok"));
        admission.signAgreement(SALES_MANAGER, AdmissionFixtures.signing(id, "CA-" + id.value(),
            LocalDate.now(fixtures.clock)));
    }

    @Test
    @DisplayName("DS-3.1.1 progress against a target counts contacts, applications and admissions of its segment")
    void givenWorkInAndOutOfTheSegment_whenProgressRead_thenOnlyTheSegmentCounts() {
        TargetId id = desk.set(SALES_MANAGER, target(new SegmentDetails("浙江", "SERVICES", null, "TRADE_SHOW"))).id();
        Lead first = contacted("浙江", "TRADE_SHOW");
        contacted("浙江", "TRADE_SHOW");
        contacted("江苏", "TRADE_SHOW");
        contacted("浙江", "ONLINE_MARKETING");
        lead("浙江", "TRADE_SHOW");
        admitted(converted(first.id()));

        Progress progress = desk.progress(SALES, id);

        assertThat(progress.reached()).isEqualTo(new Goals(2, 1, 1));
        assertThat(progress.isMet()).isFalse();
        assertThat(progress.explain(Locale.ENGLISH)).containsExactly("prospects contacted: 2 of 4 (50.0%)",
            "applications: 1 of 2 (50.0%)", "admissions: 1 of 1 (100.0%)");
        assertThat(progress.explain(Locale.SIMPLIFIED_CHINESE).get(0)).isEqualTo("已联系潜在客户：2 / 4（50.0%）");
    }

    @Test
    @DisplayName("DS-3.1.1 work before or after a stage does not count toward it")
    void givenWorkOutsideTheStage_whenProgressRead_thenNotCounted() {
        TargetId id = desk.set(SALES_MANAGER, new SetDevelopmentTarget(LocalDate.parse("2026-04-01"),
            LocalDate.parse("2026-04-30"), new SegmentDetails(null, null, null, null), new GoalDetails(1, 1, 0),
            "四月")).id();
        contacted("浙江", "TRADE_SHOW");
        fixtures.clock.advance(Duration.ofDays(20));
        contacted("江苏", "BUSINESS_VISIT");
        fixtures.clock.advance(Duration.ofDays(40));
        contacted("上海", "ONLINE_MARKETING");

        assertThat(desk.progress(MANAGEMENT, id).reached()).isEqualTo(new Goals(1, 0, 0));
    }

    @Test
    @DisplayName("DS-3.1.1 a segment left open counts every prospect; a met target says so")
    void givenAnySegment_whenGoalsReached_thenMet() {
        TargetId id = desk.set(MANAGEMENT, new SetDevelopmentTarget(LocalDate.parse("2026-03-01"),
            LocalDate.parse("2026-03-31"), new SegmentDetails(null, null, null, null), new GoalDetails(1, 0, 0),
            "开局")).id();
        contacted("广东", "BUSINESS_VISIT");

        Progress progress = desk.progress(SALES, id);

        assertThat(progress.isMet()).isTrue();
        assertThat(desk.current(SALES)).extracting(p -> p.target().id()).containsExactly(id);
        assertThat(Progress.share(0, 0)).isEqualByComparingTo("100.0");
    }

    @Test
    @DisplayName("DS-3.1.1 bad input names every field in both languages; sales does not set targets; nothing stored")
    void givenBadTarget_whenSet_thenRefused() {
        SetDevelopmentTarget bad = new SetDevelopmentTarget(LocalDate.parse("2026-06-30"),
            LocalDate.parse("2026-03-01"), new SegmentDetails("浙江", "MINING", "HUGE", "FAX"),
            new GoalDetails(-1, 0, 0), " ");

        assertThatThrownBy(() -> desk.set(MANAGEMENT, bad)).isInstanceOfSatisfying(InvalidCommand.class, e -> {
            assertThat(e.fields()).containsExactlyInAnyOrder("to", "segment.industry", "segment.tier",
                "segment.channel", "goals.prospectsContacted", "focus");
            assertThat(e.violations()).allSatisfy(v -> assertThat(v.chinese()).isNotBlank());
        });
        assertThatThrownBy(() -> desk.set(SALES, target(new SegmentDetails(null, null, null, null))))
            .isInstanceOf(AccessDenied.class);
        assertThat(desk.current(MANAGEMENT)).isEmpty();
    }
}
