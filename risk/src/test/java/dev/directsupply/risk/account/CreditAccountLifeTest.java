package dev.directsupply.risk.account;

import static dev.directsupply.risk.RiskFixtures.amount;
import static dev.directsupply.risk.RiskFixtures.order;
import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Money;
import dev.directsupply.risk.RiskFixtures;
import dev.directsupply.risk.account.CreditAccount.NoSuchReservation;
import dev.directsupply.risk.account.CreditAccount.OrderAmountChanged;
import dev.directsupply.risk.credit.CreditGrade;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A credit account over an order's life: reserved, delivered, released; scale, stops and repeats. */
class CreditAccountLifeTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-15");
    private final RiskFixtures risk = new RiskFixtures("2026-03-15");

    private long version(CustomerId customer) {
        return risk.store.read(CreditAccounts.ACCOUNTS, customer.value()).orElseThrow().version();
    }

    @Test
    @DisplayName("DS-4.1.2 a decision names its figures: requested, exposure, limit, grade, minimum, days past due, tolerance")
    void givenGoodCustomer_whenReserved_thenDecisionNamesItsFigures() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);

        CreditDecision decision = risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1000000")));

        assertThat(decision.requested()).isEqualTo(Money.cny("1000000"));
        assertThat(decision.exposure().approvedUninvoiced()).isEqualTo(Money.cny("0"));
        assertThat(decision.limit()).isEqualTo(Money.cny("6000000"));
        assertThat(decision.grade()).isEqualTo(CreditGrade.AA);
        assertThat(decision.minimumGrade()).isEqualTo(CreditGrade.B);
        assertThat(decision.maxDaysPastDue()).isZero();
        assertThat(decision.overdueTolerance()).isEqualTo(30);
        assertThat(decision.newCustomer()).isFalse();
        assertThat(decision.guaranteeOnFile()).isFalse();
    }

    @Test
    @DisplayName("DS-6.2.1 a customer's new purchase scale moves its limit from the table; the same scale changes nothing")
    void givenMediumCustomer_whenRescaled_thenLimitFollows() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);
        Money medium = risk.credit.account(FINANCE, customer).limit(TODAY);

        CreditAccount large = risk.credit.changeScaleTier(risk.modules.system(), new ChangeScaleTier(customer, ScaleTier.LARGE));
        long version = version(customer);
        risk.credit.changeScaleTier(risk.modules.system(), new ChangeScaleTier(customer, ScaleTier.LARGE));

        assertThat(large.scaleTier()).isEqualTo(ScaleTier.LARGE);
        assertThat(large.limit(TODAY)).isGreaterThan(medium);
        assertThat(version(customer)).as("the same scale again writes nothing").isEqualTo(version);
    }

    @Test
    @DisplayName("DS-4.1.2 an order held over the limit is approved once a larger scale raises the limit")
    void givenHeldOverLimit_whenRescaledUp_thenHoldReleased() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.SMALL);
        risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1600000")));

        CreditAccount account = risk.credit.changeScaleTier(risk.modules.system(), new ChangeScaleTier(customer, ScaleTier.MEDIUM));

        assertThat(account.holds()).isEmpty();
        assertThat(account.reservations()).extracting(reservation -> reservation.order().order()).containsExactly("SO-1");
    }

    @Test
    @DisplayName("DS-6.2.1 a delivered order counts as delivered but not invoiced; once, however often it is said")
    void givenReservation_whenDelivered_thenDeliveredNotInvoiced() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);
        risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1000000")));

        CreditAccount delivered = risk.credit.markDelivered(risk.modules.system(), new MarkDelivered(customer, order("SO-1")));
        long version = version(customer);
        risk.credit.markDelivered(risk.modules.system(), new MarkDelivered(customer, order("SO-1")));

        assertThat(delivered.exposure().approvedUninvoiced()).isEqualTo(Money.cny("0"));
        assertThat(delivered.exposure().deliveredUninvoiced()).isEqualTo(Money.cny("1000000"));
        assertThat(version(customer)).isEqualTo(version);
        assertThatThrownBy(() -> risk.credit.markDelivered(risk.modules.system(), new MarkDelivered(customer, order("SO-9"))))
            .isInstanceOf(NoSuchReservation.class);
    }

    @Test
    @DisplayName("DS-6.2.2 a cancelled order gives its credit back; releasing what holds nothing changes nothing")
    void givenReservation_whenReleased_thenExposureBack() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);
        risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1000000")));

        CreditAccount released = risk.credit.release(risk.modules.system(), new ReleaseCredit(customer, order("SO-1"), "cancelled"));
        long version = version(customer);
        risk.credit.release(risk.modules.system(), new ReleaseCredit(customer, order("SO-1"), "cancelled again"));

        assertThat(released.reservations()).isEmpty();
        assertThat(released.exposure().approvedUninvoiced()).isEqualTo(Money.cny("0"));
        assertThat(version(customer)).isEqualTo(version);
    }

    @Test
    @DisplayName("DS-4.1.2 the same order asked again for another amount is refused, reserved or held")
    void givenReservedAndHeld_whenAskedForAnotherAmount_thenRefused() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.SMALL);
        risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("100000")));
        risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-2"), amount("1600000")));

        assertThatThrownBy(() -> risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"),
            amount("200000")))).isInstanceOf(OrderAmountChanged.class);
        assertThatThrownBy(() -> risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-2"),
            amount("1700000")))).isInstanceOf(OrderAmountChanged.class);
    }

    @Test
    @DisplayName("DS-6.2.1 a credit stop holds new orders; lifted, the held orders are checked again")
    void givenCreditStop_whenLifted_thenHeldOrdersRechecked() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);
        risk.credit.setCreditStop(CREDIT, new SetCreditStop(customer, true, "dispute"));
        long version = version(customer);
        risk.credit.setCreditStop(CREDIT, new SetCreditStop(customer, true, "dispute again"));
        assertThat(version(customer)).as("a stop already in place changes nothing").isEqualTo(version);

        CreditDecision held = risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-1"), amount("1000")));
        CreditAccount lifted = risk.credit.setCreditStop(CREDIT, new SetCreditStop(customer, false, "settled"));

        assertThat(held.reasons()).containsExactly(HoldReason.CREDIT_STOP);
        assertThat(lifted.creditStops()).isEmpty();
        assertThat(lifted.holds()).isEmpty();
        assertThat(lifted.reservations()).hasSize(1);
    }
}
