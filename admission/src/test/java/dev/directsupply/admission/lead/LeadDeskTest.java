package dev.directsupply.admission.lead;

import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.admission.AdmissionFixtures;
import dev.directsupply.admission.application.Application;
import dev.directsupply.admission.application.ApplicationStatus;
import dev.directsupply.admission.application.SecurityDetails;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerStatus;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Leads through the channels of DS-3.1.2, worked with follow-ups, converted into applications. */
class LeadDeskTest {
    private static final LocalDate TOMORROW = LocalDate.parse("2026-03-16");

    private final AdmissionFixtures fixtures = new AdmissionFixtures();
    private final LeadDesk desk = fixtures.modules.service(LeadDesk.class);

    private static RecordLead lead(String channel, CustomerId referredBy) {
        return new RecordLead(new RecordLead.ProspectDetails("杭州鲜味餐饮有限公司", "SERVICES", "CATERING", "浙江",
            List.of("SAUCES", "VINEGAR"), new BigDecimal("1500000"), "赵经理 13900001111"),
            channel, referredBy, SALES.id().value(), TOMORROW);
    }

    private Lead qualified() {
        LeadId id = desk.record(SALES, lead("TRADE_SHOW", null)).id();
        desk.work(SALES, new WorkLead(id, "CONTACT", "met at the Canton fair", TOMORROW));
        return desk.work(SALES, new WorkLead(id, "QUALIFY", "12 stores, wants a framework agreement", TOMORROW));
    }

    private static ConvertLead conversion(LeadId id, long n) {
        String first17 = String.format("91330000%09d", n);
        return new ConvertLead(id, first17 + UnifiedSocialCreditCode.checkCharacter(first17), "连锁餐饮 12 家", 3, true,
            "GROWING", AdmissionFixtures.details().qualification(), AdmissionFixtures.details().security(), "GENERAL");
    }

    @Test
    @DisplayName("DS-3.1.2 DS-3.2.1 a lead from each channel is recorded NEW with the prospect's information, its owner "
        + "and first follow-up")
    void givenEachChannel_whenRecorded_thenNewWithOwner() {
        CustomerId referrer = fixtures.prospect();
        for (String channel : List.of("TRADE_SHOW", "BUSINESS_VISIT", "ONLINE_MARKETING", "REFERRAL")) {
            Lead lead = desk.record(SALES, lead(channel, channel.equals("REFERRAL") ? referrer : null));

            assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
            assertThat(lead.source().channel()).isEqualTo(LeadChannel.valueOf(channel));
            assertThat(lead.owner()).isEqualTo(SALES.id());
            assertThat(lead.followUpOn()).isEqualTo(TOMORROW);
            assertThat(lead.prospect().productInterests()).containsExactly("SAUCES", "VINEGAR");
            assertThat(lead.prospect().expectedAnnualPurchase().amount()).isEqualByComparingTo("1500000");
        }
        assertThat(desk.ownedBy(MANAGEMENT, SALES.id())).hasSize(4);
    }

    @Test
    @DisplayName("DS-3.1.2 a referral names its customer, an existing one; only a referral names one")
    void givenReferralWithoutCustomer_whenRecorded_thenRefusedInBothLanguages() {
        assertThatThrownBy(() -> desk.record(SALES, lead("REFERRAL", null)))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactly("referredBy");
                assertThat(e.violations().get(0).rule()).isEqualTo("DS-3.1.2");
                assertThat(e.violations().get(0).chinese()).contains("推荐客户");
            });
        assertThatThrownBy(() -> desk.record(SALES, lead("TRADE_SHOW", fixtures.prospect())))
            .isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> desk.record(SALES, lead("REFERRAL", CustomerId.of("nobody"))))
            .isInstanceOf(NotFound.class);
        assertThat(desk.all(MANAGEMENT)).isEmpty();
    }

    @Test
    @DisplayName("DS-3.1.2 DS-3.4 a qualified lead converts into a prospect and its application without retyping")
    void givenQualifiedLead_whenConverted_thenProspectAndApplicationFromTheLead() {
        Lead lead = qualified();

        Lead converted = desk.convert(SALES, conversion(lead.id(), 1));

        assertThat(converted.status()).isEqualTo(LeadStatus.APPLIED);
        assertThat(converted.followUpOn()).isNull();
        Conversion conversion = converted.history().conversion();
        Customer prospect = fixtures.customers.get(SALES, conversion.customer());
        assertThat(prospect.legalName()).isEqualTo("杭州鲜味餐饮有限公司");
        assertThat(prospect.industry().code()).isEqualTo("SERVICES/CATERING");
        assertThat(prospect.status()).isEqualTo(CustomerStatus.PROSPECT);
        Application application = fixtures.admission.application(SALES, conversion.application());
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.form().needs().productCategories()).containsExactly("SAUCES", "VINEGAR");
        assertThat(application.form().needs().expectedAnnualPurchase().amount()).isEqualByComparingTo("1500000");
        assertThat(fixtures.modules.pending()).extracting(e -> e.type()).contains("admission.LeadConverted");
    }

    @Test
    @DisplayName("DS-3.1.2 a lead not yet qualified does not convert, and nothing is registered")
    void givenNewLead_whenConverted_thenIllegalTransitionAndNothingRegistered() {
        LeadId id = desk.record(SALES, lead("BUSINESS_VISIT", null)).id();
        int before = fixtures.modules.pending().size();

        assertThatThrownBy(() -> desk.convert(SALES, conversion(id, 2))).isInstanceOf(IllegalTransition.class);

        assertThat(fixtures.modules.pending()).hasSize(before);
        assertThat(fixtures.customers.findByCreditCode(MANAGEMENT, conversion(id, 2).creditCode())).isEmpty();
    }

    @Test
    @DisplayName("DS-3.1.2 a disqualified lead keeps its reason and takes no further step")
    void givenDisqualified_whenWorked_thenRefused() {
        LeadId id = desk.record(SALES, lead("ONLINE_MARKETING", null)).id();

        Lead disqualified = desk.work(SALES, new WorkLead(id, "DISQUALIFY", "buys through a distributor", null));

        assertThat(disqualified.status()).isEqualTo(LeadStatus.DISQUALIFIED);
        assertThat(disqualified.history().steps()).last().extracting(LeadStep::note)
            .isEqualTo("buys through a distributor");
        assertThatThrownBy(() -> desk.work(SALES, new WorkLead(id, "PLAN_FOLLOW_UP", "call again", TOMORROW)))
            .isInstanceOf(IllegalTransition.class);
    }

    @Test
    @DisplayName("DS-3.1.2 overdue follow-ups are listed, the longest overdue first; a planned one moves the day")
    void givenFollowUpsPassed_whenListed_thenOverdueOnes() {
        LeadId early = desk.record(SALES, lead("TRADE_SHOW", null)).id();
        LeadId later = desk.record(SALES, lead("BUSINESS_VISIT", null)).id();
        desk.work(SALES, new WorkLead(later, "PLAN_FOLLOW_UP", "send samples", LocalDate.parse("2026-03-20")));
        LeadId closed = desk.record(SALES, lead("ONLINE_MARKETING", null)).id();
        desk.work(SALES, new WorkLead(closed, "DISQUALIFY", "no demand", null));
        assertThat(desk.overdueFollowUps(MANAGEMENT)).isEmpty();

        fixtures.clock.advance(Duration.ofDays(10));

        assertThat(desk.overdueFollowUps(MANAGEMENT)).extracting(Lead::id).containsExactly(early, later);
    }

    @Test
    @DisplayName("DS-3.1.2 working a lead needs a next follow-up while it stays open; conversion has its command")
    void givenWorkWithoutFollowUpOrAsConversion_whenSent_thenRefused() {
        LeadId id = desk.record(SALES, lead("TRADE_SHOW", null)).id();

        assertThatThrownBy(() -> desk.work(SALES, new WorkLead(id, "CONTACT", "called", null)))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("nextFollowUpOn"));
        assertThatThrownBy(() -> desk.work(SALES, new WorkLead(id, "CONVERT", "go", TOMORROW)))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("action"));
        assertThat(desk.lead(SALES, id).status()).isEqualTo(LeadStatus.NEW);
    }

    @Test
    @DisplayName("DS-7.2.2 a lead not yet converted is its owner's: another sales person neither reads, lists, works "
        + "nor converts it")
    void givenOpenLead_whenAnotherSalesPersonReachesForIt_thenOutOfScopeAndUnchanged() {
        Actor colleague = Actor.of("zhang.min", Department.SALES, Role.SALES);
        fixtures.modules.agree(colleague);
        Lead open = qualified();

        assertThatThrownBy(() -> desk.lead(colleague, open.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.work(colleague, new WorkLead(open.id(), "DISQUALIFY", "mine now", null)))
            .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.convert(colleague, conversion(open.id(), 5))).isInstanceOf(AccessDenied.class);
        assertThat(desk.ownedBy(colleague, SALES.id())).isEmpty();
        assertThat(desk.all(colleague)).isEmpty();
        assertThat(desk.lead(SALES, open.id()).status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(fixtures.customers.findByCreditCode(MANAGEMENT, conversion(open.id(), 5).creditCode())).isEmpty();
    }

    @Test
    @DisplayName("DS-7.2.2 a sales person may record a lead for a colleague, who then owns it; a sales manager, whose "
        + "scope is the department, reaches every lead")
    void givenLeadRecordedForColleague_whenRead_thenOwnersAndManagersReachIt() {
        Actor colleague = Actor.of("zhang.min", Department.SALES, Role.SALES);
        fixtures.modules.agree(colleague);
        RecordLead forColleague = new RecordLead(lead("TRADE_SHOW", null).prospect(), "TRADE_SHOW", null,
            colleague.id().value(), TOMORROW);

        Lead recorded = desk.record(SALES, forColleague);

        assertThat(desk.lead(colleague, recorded.id()).owner()).isEqualTo(colleague.id());
        assertThatThrownBy(() -> desk.lead(SALES, recorded.id())).isInstanceOf(AccessDenied.class);
        assertThat(desk.lead(SALES_MANAGER, recorded.id()).id()).isEqualTo(recorded.id());
        assertThat(desk.overdueFollowUps(SALES_MANAGER)).isEmpty();
        assertThat(desk.all(SALES_MANAGER)).extracting(Lead::id).containsExactly(recorded.id());
    }

    @Test
    @DisplayName("DS-7.2.2 a converted lead is its customer's record: its owner keeps it with the customer")
    void givenConvertedLead_whenOwnerReads_thenInScope() {
        Lead open = qualified();

        desk.convert(SALES, conversion(open.id(), 4));

        assertThat(desk.lead(SALES, open.id()).status()).isEqualTo(LeadStatus.APPLIED);
        assertThat(desk.ownedBy(SALES, SALES.id())).hasSize(1);
    }

    @Test
    @DisplayName("DS-7.2.2 finance does not work leads")
    void givenFinance_whenRecordsLead_thenAccessDenied() {
        assertThatThrownBy(() -> desk.record(FINANCE, lead("TRADE_SHOW", null))).isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("DS-3.3.2 a conversion's security offer holds together")
    void givenMismatchedSecurity_whenConverted_thenRefused() {
        Lead lead = qualified();
        ConvertLead good = conversion(lead.id(), 3);
        ConvertLead bad = new ConvertLead(lead.id(), good.creditCode(), good.businessInformation(), 3, true,
            "GROWING", good.qualification(), new SecurityDetails("PREPAYMENT", null, null), "GENERAL");

        assertThatThrownBy(() -> desk.convert(SALES, bad)).isInstanceOfSatisfying(InvalidCommand.class,
            e -> assertThat(e.fields()).containsExactly("security.prepaymentRatio"));
    }
}
