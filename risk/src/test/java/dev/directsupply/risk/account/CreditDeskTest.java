package dev.directsupply.risk.account;

import static dev.directsupply.risk.RiskFixtures.amount;
import static dev.directsupply.risk.RiskFixtures.order;
import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.directsupply.kernel.InvalidValue;
import dev.directsupply.risk.RiskFixtures;
import dev.directsupply.risk.receivables.IssueInvoice;
import dev.directsupply.risk.receivables.RecordPayment;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.risk.account.CreditAccount.OrderAmountChanged;
import dev.directsupply.risk.credit.CreditGrade;
import dev.directsupply.risk.credit.CreditReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Grading, limits and the credit check through the service, on the in-memory store. */
class CreditDeskTest {
    private final RiskFixtures risk = new RiskFixtures("2026-03-15");

    @Test
    @DisplayName("DS-6.2.1 an evaluation is kept as a credit report: who, when, inputs, result, parameters version")
    void givenCustomer_whenEvaluated_thenReportKept() {
        CustomerId customer = risk.customer("c-1", ScaleTier.MEDIUM, "2020-01-01");

        CreditReport report = risk.credit.evaluate(CREDIT, new EvaluateCredit(customer, "INITIAL"));

        assertThat(risk.credit.reports(FINANCE, customer)).containsExactly(report);
        assertThat(report.evaluatedBy()).isEqualTo(CREDIT.id());
        assertThat(report.evaluatedAt()).isEqualTo(risk.clock.instant());
        assertThat(report.parametersVersion()).isEqualTo(dev.directsupply.kernel.parameters.PolicyParameters.DEFAULTS_VERSION);
        assertThat(report.inputs()).containsEntry("yearsInBusiness", "21.1").containsEntry("maxDaysPastDue", "0")
            .containsEntry("industry", "MANUFACTURING").doesNotContainKey("daysPastDueTrend");
        assertThat(report.grade()).isEqualTo(CreditGrade.AA);
        CreditAccount account = risk.credit.account(FINANCE, customer);
        assertThat(account.grade()).isEqualTo(CreditGrade.AA);
        assertThat(account.limit(LocalDate.parse("2026-03-15"))).isEqualTo(Money.cny("6000000"));
        assertThat(account.terms().paymentTermDays()).isEqualTo(60);
        assertThat(account.nextRegradeOn()).isEqualTo(LocalDate.parse("2026-09-11"));
    }

    @Test
    @DisplayName("DS-4.1.2 an order within the limit of a good customer is approved, with the whole explanation")
    void givenGoodCustomer_whenOrderWithinLimit_thenApproved() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);

        CreditDecision decision = risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1000000")));

        assertThat(decision.outcome()).isEqualTo(Outcome.APPROVE);
        assertThat(decision.creditPart()).isEqualTo(Money.cny("1000000"));
        assertThat(decision.availableAfter()).isEqualTo(Money.cny("5000000"));
        assertThat(decision.watch()).isFalse();
        assertThat(decision.explain(Messages.ENGLISH)).first().asString().startsWith("Decision: Approve");
        assertThat(decision.explain(Messages.CHINESE)).first().asString().startsWith("结论：批准");
        assertThat(risk.credit.account(FINANCE, customer).exposure().approvedUninvoiced())
            .isEqualTo(Money.cny("1000000"));
    }

    @Test
    @DisplayName("DS-4.1.2 an order that would take the exposure over the limit is held, naming the reason")
    void givenOrderOverLimit_whenReserved_thenHeldOverLimit() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.SMALL);

        CreditDecision decision = risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1600000")));

        assertThat(decision.outcome()).isEqualTo(Outcome.HOLD);
        assertThat(decision.reasons()).containsExactly(HoldReason.OVER_LIMIT);
        assertThat(decision.explain(Messages.ENGLISH)).contains("Held because: over the credit limit");
        assertThat(risk.credit.account(FINANCE, customer).holds()).extracting(hold -> hold.order().order())
            .containsExactly("SO-1");
    }

    @Test
    @DisplayName("DS-4.1.2 the watch flag rises at 90% of the limit")
    void givenOrderReachingNinetyPercent_whenReserved_thenWatched() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.SMALL);

        CreditDecision decision = risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1350000")));

        assertThat(decision.outcome()).isEqualTo(Outcome.APPROVE);
        assertThat(decision.watch()).isTrue();
    }

    @Test
    @DisplayName("DS-3.3.2 a new customer without a guarantee is approved only with prepayment; with one, without")
    void givenNewCustomer_whenChecked_thenPrepaymentUntilGuaranteed() {
        CustomerId customer = risk.customer("c-new", ScaleTier.MEDIUM, "2026-02-01");
        risk.credit.evaluate(CREDIT, new EvaluateCredit(customer, "INITIAL"));

        CreditDecision unsecured = risk.credit.check(SALES, new CheckCredit(customer, amount("100000")));
        risk.credit.recordGuarantee(FINANCE, new RecordGuarantee(customer, "BANK_GUARANTEE", amount("500000"),
            "中国银行上海分行", LocalDate.parse("2026-03-01"), LocalDate.parse("2027-02-28")));
        CreditDecision secured = risk.credit.check(SALES, new CheckCredit(customer, amount("100000")));

        assertThat(unsecured.outcome()).isEqualTo(Outcome.APPROVE_WITH_PREPAYMENT);
        assertThat(unsecured.prepaymentRatio()).isEqualByComparingTo("0.3");
        assertThat(unsecured.creditPart()).isEqualTo(Money.cny("70000"));
        assertThat(unsecured.explain(Messages.ENGLISH)).anyMatch(line -> line.contains("DS-3.3.2"));
        assertThat(secured.outcome()).isEqualTo(Outcome.APPROVE);
        assertThat(secured.guaranteeOnFile()).isTrue();
    }

    @Test
    @DisplayName("DS-3.3.2 a guarantee secures only what it covers: an order beyond it asks for prepayment again")
    void givenGuaranteeSmallerThanExposure_whenChecked_thenPrepaymentAsked() {
        CustomerId customer = risk.customer("c-new", ScaleTier.MEDIUM, "2026-02-01");
        risk.credit.evaluate(CREDIT, new EvaluateCredit(customer, "INITIAL"));
        risk.credit.recordGuarantee(FINANCE, new RecordGuarantee(customer, "BANK_GUARANTEE", amount("150000"),
            "中国银行上海分行", LocalDate.parse("2026-03-01"), LocalDate.parse("2027-02-28")));

        CreditDecision covered = risk.credit.check(SALES, new CheckCredit(customer, amount("150000")));
        CreditDecision beyond = risk.credit.check(SALES, new CheckCredit(customer, amount("150000.01")));

        assertThat(covered.outcome()).isEqualTo(Outcome.APPROVE);
        assertThat(covered.guaranteeOnFile()).isTrue();
        assertThat(beyond.outcome()).isEqualTo(Outcome.APPROVE_WITH_PREPAYMENT);
        assertThat(beyond.guaranteeOnFile()).isFalse();
        assertThat(beyond.explain(Messages.CHINESE)).anyMatch(line -> line.contains("DS-3.3.2"));
    }

    @Test
    @DisplayName("a refused or read-only call on a customer without an account stores nothing")
    void givenCustomerWithoutAccount_whenRefusedOrRead_thenNothingStored() {
        CustomerId customer = risk.customer("c-new", ScaleTier.MEDIUM, "2020-01-01");

        risk.credit.check(SALES, new CheckCredit(customer, amount("1000")));
        assertThatThrownBy(() -> risk.credit.overrideHold(FINANCE, new OverrideCreditHold(customer, order("SO-1"), "vip")))
            .isInstanceOf(CreditAccount.NoSuchHold.class);
        assertThatThrownBy(() -> risk.credit.markDelivered(risk.modules.system(), new MarkDelivered(customer, order("SO-1"))))
            .isInstanceOf(CreditAccount.NoSuchReservation.class);

        assertThat(risk.store.read(CreditAccounts.ACCOUNTS, customer.value())).isEmpty();
        assertThat(risk.store.pendingEvents(100)).isEmpty();
    }

    @Test
    @DisplayName("the first change opens the account in the same write, opening event first")
    void givenCustomerWithoutAccount_whenFirstReserved_thenOpenedWithTheReservation() {
        CustomerId customer = risk.customer("c-new", ScaleTier.MEDIUM, "2020-01-01");

        risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1000")));

        assertThat(risk.store.read(CreditAccounts.ACCOUNTS, customer.value())).hasValueSatisfying(
            document -> assertThat(document.version()).isEqualTo(1));
        assertThat(risk.store.pendingEvents(100)).extracting(e -> e.event().type())
            .startsWith("risk.CreditAccountOpened");
    }

    @Test
    @DisplayName("DS-4.1.2 a customer not yet graded is held until evaluated")
    void givenUngradedCustomer_whenReserved_thenHeldNotGraded() {
        CustomerId customer = risk.customer("c-1", ScaleTier.MEDIUM, "2020-01-01");

        CreditDecision decision = risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1000")));
        assertThat(decision.reasons()).contains(HoldReason.NOT_GRADED);
        assertThat(risk.credit.account(FINANCE, customer).holds()).hasSize(1);

        risk.credit.evaluate(CREDIT, new EvaluateCredit(customer, "INITIAL"));

        assertThat(risk.credit.account(FINANCE, customer).holds()).as("released once graded").isEmpty();
        assertThat(risk.store.pendingEvents(100)).anyMatch(e -> e.event().type().equals("risk.CreditHoldReleased"));
    }

    @Test
    @DisplayName("DS-4.1.2 a grade below the order minimum and a credit stop are each a reason to hold")
    void givenPoorGradeAndStop_whenChecked_thenBothReasons() {
        CustomerId customer = risk.customer("c-poor", ScaleTier.SMALL, "2020-01-01");
        risk.companies.put(customer, new CompanyData(Optional.of(LocalDate.parse("2025-10-01")),
            Optional.of(Money.cny("100000")), Optional.of("C"), Map.of()));
        // 1.5 + 3 + 25 + 9 + 0 + 7 + 0.5 = 46 once two violations are on record: CCC
        risk.credit.recordViolation(CREDIT, new RecordViolation(customer, LocalDate.parse("2026-01-10"), "fraud",
            "court record"));
        risk.credit.recordViolation(CREDIT, new RecordViolation(customer, LocalDate.parse("2026-02-10"), "tax evasion",
            "tax bureau"));
        risk.credit.setCreditStop(FINANCE, new SetCreditStop(customer, true, "court order"));

        CreditDecision decision = risk.credit.check(SALES, new CheckCredit(customer, amount("1000")));

        assertThat(risk.credit.account(FINANCE, customer).grade()).isEqualTo(CreditGrade.CCC);
        assertThat(risk.credit.account(FINANCE, customer).creditStops()).as("the person's stop, not only the measures'")
            .contains(StopSource.MANUAL);
        assertThat(decision.reasons()).contains(HoldReason.GRADE_BELOW_MINIMUM, HoldReason.CREDIT_STOP);
    }

    @Test
    @DisplayName("the same order asked again gets the standing decision and reserves nothing twice")
    void givenReservedOrder_whenReservedAgain_thenSameDecisionAndOneReservation() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);
        risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1000000")));

        CreditDecision again = risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1000000")));

        assertThat(again.outcome()).isEqualTo(Outcome.APPROVE);
        assertThat(risk.credit.account(FINANCE, customer).reservations()).hasSize(1);
        assertThatThrownBy(() -> risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("2000000"))))
            .isInstanceOf(OrderAmountChanged.class).hasMessageContaining("SO-1");
    }

    @Test
    @DisplayName("DS-4.1.2 a hold is re-checked when the customer pays, and released when the check passes")
    void givenHoldOverLimit_whenInvoicePaid_thenReleased() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.SMALL);
        risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1200000")));
        risk.receivables.issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-1"), customer, order("SO-1"),
            amount("1200000"), LocalDate.parse("2026-03-15")));
        CreditDecision held = risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-2"), amount("500000")));

        risk.receivables.recordPayment(FINANCE, new RecordPayment(InvoiceId.of("INV-1"), "BANK-77",
            LocalDate.parse("2026-03-15"), amount("1200000")));

        assertThat(held.reasons()).containsExactly(HoldReason.OVER_LIMIT);
        CreditAccount account = risk.credit.account(FINANCE, customer);
        assertThat(account.holds()).isEmpty();
        assertThat(account.reservation(order("SO-2"))).isPresent();
        assertThat(risk.store.pendingEvents(100)).extracting(e -> e.event().type()).contains("risk.CreditHoldReleased");
    }

    @Test
    @DisplayName("DS-4.1.2 a hold is re-checked when another order is cancelled or the limit is raised")
    void givenHolds_whenOrderCancelledOrLimitRaised_thenReleased() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.SMALL);
        risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1400000")));
        risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-2"), amount("800000")));
        risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-3"), amount("900000")));

        risk.credit.release(risk.modules.system(), new ReleaseCredit(customer, order("SO-1"), "customer cancelled"));
        CreditAccount afterCancel = risk.credit.account(FINANCE, customer);
        risk.credit.overrideLimit(FINANCE, new OverrideCreditLimit(customer, amount("2000000"), "harvest season",
            LocalDate.parse("2026-06-30")));
        CreditAccount proposed = risk.credit.account(FINANCE, customer);
        risk.credit.approveLimitOverride(CREDIT, new ApproveLimitOverride(customer));
        CreditAccount afterRaise = risk.credit.account(FINANCE, customer);

        assertThat(afterCancel.reservations()).extracting(r -> r.order().order()).containsExactly("SO-2");
        assertThat(afterCancel.holds()).extracting(h -> h.order().order()).containsExactly("SO-3");
        assertThat(proposed.holds()).as("a proposal is not yet the limit").hasSize(1);
        assertThat(afterRaise.holds()).isEmpty();
        assertThat(afterRaise.limitOverride().by()).isEqualTo(FINANCE.id());
        assertThat(afterRaise.limitOverride().approvedBy()).isEqualTo(CREDIT.id());
        assertThat(afterRaise.proposedLimitOverride()).isNull();
        assertThat(afterRaise.limitOverride().reason()).isEqualTo("harvest season");
    }

    @Test
    @DisplayName("DS-4.1.2 only finance may override a hold, and the reason is recorded")
    void givenHold_whenOverridden_thenReservedWithReason() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.SMALL);
        risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1600000")));

        assertThatThrownBy(() -> risk.credit.overrideHold(SALES, new OverrideCreditHold(customer, order("SO-1"), "vip")))
            .isInstanceOf(AccessDenied.class);
        CreditAccount account = risk.credit.overrideHold(FINANCE,
            new OverrideCreditHold(customer, order("SO-1"), "board approved one-off"));

        assertThat(account.holds()).isEmpty();
        assertThat(account.reservations().get(0).override()).isTrue();
        assertThat(risk.store.pendingEvents(100)).anyMatch(e -> e.event().type().equals("risk.CreditHoldReleased")
            && e.event().payload().contains("board approved one-off") && e.event().payload().contains("zhao.lei"));
    }

    @Test
    @DisplayName("DS-6.2.1 a downgrade applies stricter measures and names each changed term")
    void givenGoodCustomer_whenViolationsRecorded_thenDowngradedWithStricterTerms() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);
        risk.companies.put(customer, new CompanyData(Optional.of(LocalDate.parse("2005-01-01")),
            Optional.of(Money.cny("50000000")), Optional.of("BB"), Map.of()));

        risk.credit.recordViolation(CREDIT, new RecordViolation(customer, LocalDate.parse("2026-03-01"),
            "environmental fine", "court record"));
        risk.credit.recordViolation(CREDIT, new RecordViolation(customer, LocalDate.parse("2026-03-10"),
            "tax penalty", "tax bureau"));

        CreditAccount account = risk.credit.account(FINANCE, customer);
        assertThat(account.grade()).isEqualTo(CreditGrade.BBB);
        assertThat(account.terms().paymentTermDays()).isEqualTo(45);
        assertThat(account.gradeHistory()).extracting(change -> change.trigger().name())
            .containsExactly("INITIAL", "VIOLATION_RECORDED", "VIOLATION_RECORDED");
        assertThat(risk.store.pendingEvents(100)).anyMatch(e -> e.event().type().equals("risk.CreditGradeChanged")
            && e.event().payload().contains("\"from\":\"A\",\"to\":\"BBB\""));
        assertThat(risk.store.pendingEvents(100)).anyMatch(e -> e.event().type().equals("risk.CreditTermsChanged")
            && e.event().payload().contains("\"term\":\"paymentTermDays\",\"from\":\"60\",\"to\":\"45\""));
    }

    @Test
    @DisplayName("bad input: a negative amount, an unknown trigger, a guarantee ending before it starts → typed error, nothing stored")
    void givenBadInput_whenCalled_thenInvalidCommandAndNothingStored() {
        CustomerId customer = risk.customer("c-1", ScaleTier.MEDIUM, "2020-01-01");

        assertThatThrownBy(() -> risk.credit.reserve(SALES, new ReserveCredit(customer, null, amount("-5"))))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("amount", "order"));
        assertThatThrownBy(() -> order("SO 1")).isInstanceOfSatisfying(InvalidValue.class,
            e -> assertThat(e.getMessage()).contains("OrderReference"));
        assertThatThrownBy(() -> risk.credit.evaluate(CREDIT, new EvaluateCredit(customer, "GUT_FEELING")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.violations().get(0).rule())
                .isEqualTo("DS-6.2.1"));
        assertThatThrownBy(() -> risk.credit.recordGuarantee(FINANCE, new RecordGuarantee(customer, "GOLD_BARS",
            amount("0"), "", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-02-01"))))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields())
                .containsExactly("amount", "guarantor", "type", "validUntil"));
        assertThat(risk.store.size(CreditAccounts.ACCOUNTS)).isZero();
        assertThat(risk.store.pendingEvents(10)).isEmpty();
    }

    @Test
    @DisplayName("DS-6.2.1 regular re-grading: a customer whose interval has passed is re-evaluated")
    void givenRegradeDue_whenRun_thenReevaluated() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);
        risk.gradedCustomer("c-2", ScaleTier.MEDIUM);

        risk.clock.moveTo("2026-09-11");
        assertThat(risk.credit.regradeDue(risk.modules.system())).hasSize(2);
        risk.clock.moveTo("2026-09-12");

        assertThat(risk.credit.regradeDue(risk.modules.system())).isEmpty();
        assertThat(risk.credit.reports(FINANCE, customer)).hasSize(2);
    }

    @Test
    @DisplayName("DS-6.2.1 regular re-grading goes on past an account it cannot read")
    void givenOneUnreadableAccount_whenRegradeDue_thenOthersReevaluated() {
        CustomerId damaged = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);
        CustomerId sound = risk.gradedCustomer("c-2", ScaleTier.MEDIUM);
        risk.damageAccount(damaged);
        risk.clock.moveTo("2026-09-11");

        assertThat(risk.credit.regradeDue(risk.modules.system())).containsExactly(sound);
    }

    @Test
    @DisplayName("DS-6.2.1 where the measures require a guarantee, an order beyond its cover is held; within it, not")
    void givenGuaranteeRequiredByMeasures_whenOrderBeyondCover_thenHeld() {
        RiskFixtures strict = RiskFixtures.withPolicy("2026-03-15", """
            {"mitigation": {"relaxOnUpgrade": true,
               "ungraded": {"prepaymentRatio": 1, "paymentTermDays": 0, "guaranteeRequired": true, "creditStop": false},
               "rows": [{"grades": ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"],
                         "overdue": ["CURRENT", "OVERDUE", "BEYOND_TOLERANCE"], "prepaymentRatio": 0,
                         "paymentTermDays": 30, "guaranteeRequired": true, "creditStop": false}]}}""");
        CustomerId customer = strict.gradedCustomer("c-1", ScaleTier.MEDIUM);
        strict.credit.recordGuarantee(FINANCE, new RecordGuarantee(customer, "BANK_GUARANTEE", amount("100000"),
            "中国银行上海分行", LocalDate.parse("2026-03-01"), LocalDate.parse("2027-02-28")));
        strict.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), new BigDecimal("60000")));

        CreditDecision within = strict.credit.check(SALES, new CheckCredit(customer, amount("40000")));
        CreditDecision beyond = strict.credit.check(SALES, new CheckCredit(customer, amount("40000.01")));

        assertThat(within.reasons()).doesNotContain(HoldReason.GUARANTEE_REQUIRED);
        assertThat(within.outcome()).isEqualTo(Outcome.APPROVE);
        assertThat(beyond.outcome()).isEqualTo(Outcome.HOLD);
        assertThat(beyond.reasons()).contains(HoldReason.GUARANTEE_REQUIRED);
    }

    @Test
    @DisplayName("DS-3.3.2 an outside fact the scorecard cannot score counts as missing and is kept in the report")
    void givenUnscorableExternalRating_whenEvaluated_thenMissingAndKept() {
        CustomerId customer = risk.customer("c-1", ScaleTier.MEDIUM, "2020-01-01");
        risk.companies.put(customer, new CompanyData(Optional.of(LocalDate.parse("2005-01-01")),
            Optional.of(Money.cny("50000000")), Optional.of("AA+"), Map.of()));

        risk.credit.evaluate(CREDIT, new EvaluateCredit(customer, "INITIAL"));

        CreditReport report = risk.credit.reports(FINANCE, customer).get(0);
        assertThat(report.inputs()).containsEntry("unscored.externalRating", "AA+").doesNotContainKey("externalRating");
        assertThat(report.evaluation().lines()).extracting(line -> line.factor()).doesNotContain("externalRating");
        assertThat(risk.credit.account(FINANCE, customer).grade()).isNotNull();
    }
}
