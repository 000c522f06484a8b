package dev.directsupply.risk.account;

import static dev.directsupply.risk.RiskFixtures.order;
import static dev.directsupply.risk.RiskFixtures.amount;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import dev.directsupply.risk.RiskFixtures;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;

/**
 * DS-4.1.2 reservations are atomic: twenty orders arriving at once, each within the limit alone but
 * over it together, are never all approved, and what is approved never exceeds the limit.
 */
class CreditReservationConcurrencyTest {

    @RepeatedTest(5)
    @DisplayName("DS-4.1.2 20 concurrent orders over the limit together: never all approved, never over the limit")
    void givenTwentyConcurrentOrders_whenReserved_thenLimitHolds() throws Exception {
        RiskFixtures risk = new RiskFixtures("2026-03-15");
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.SMALL);
        Money limit = risk.credit.account(FINANCE, customer).limit(LocalDate.parse("2026-03-15"));
        ExecutorService threads = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CreditDecision>> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ReserveCredit reservation = new ReserveCredit(customer, order("SO-" + i), amount("100000"));
            orders.add(threads.submit(() -> {
                start.await();
                return risk.credit.reserve(SALES, reservation);
            }));
        }
        start.countDown();
        int approved = 0;
        for (Future<CreditDecision> order : orders) {
            approved += order.get(1, TimeUnit.MINUTES).isApproved() ? 1 : 0;
        }
        threads.shutdown();

        CreditAccount account = risk.credit.account(FINANCE, customer);
        Money reserved = account.reservations().stream().map(Reservation::amount).reduce(Money.cny("0"), Money::plus);
        assertThat(limit).isEqualTo(Money.cny("1500000"));
        assertThat(approved).as("approved orders").isEqualTo(15).isLessThan(20);
        assertThat(reserved).isEqualTo(Money.cny("1500000"));
        assertThat(account.reservations()).hasSize(approved);
        assertThat(account.holds()).hasSize(20 - approved);
    }
}
