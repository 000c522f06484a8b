package dev.directsupply.orders;

import static dev.directsupply.orders.OrderFixtures.FINANCE;
import static dev.directsupply.orders.OrderFixtures.LOGISTICS;
import static dev.directsupply.orders.OrderFixtures.PRODUCTION;
import static dev.directsupply.orders.OrderFixtures.SALES;
import static dev.directsupply.orders.OrderFixtures.SOY_SAUCE;
import static dev.directsupply.orders.OrderFixtures.VINEGAR;
import static dev.directsupply.orders.OrderFixtures.anOrder;
import static dev.directsupply.orders.OrderFixtures.line;
import static dev.directsupply.orders.OrderFixtures.quantity;
import static dev.directsupply.orders.OrderFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.orders.order.AcceptOrder;
import dev.directsupply.orders.order.AmendOrder;
import dev.directsupply.orders.order.CancelOrder;
import dev.directsupply.orders.order.ConfirmDelivery;
import dev.directsupply.orders.order.LineChange;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.orders.order.RecordPrepayment;
import dev.directsupply.orders.order.RejectOrder;
import dev.directsupply.orders.order.ReleaseOrder;
import dev.directsupply.orders.order.ReviewOrder;
import dev.directsupply.orders.order.ShipOrder;
import dev.directsupply.orders.order.ShippedLine;
import dev.directsupply.testing.ModuleHarness;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How the orders module follows its own orders to the other modules, through its ports. */
class OrdersModuleTest {
    private final OrderFixtures fixtures = new OrderFixtures();

    @Test
    @DisplayName("DS-6.2.2 a cancelled order gives back the credit its revision reserved and its production plan")
    void givenReleasedOrder_whenCancelledAndRelayed_thenCreditAndPlanGivenBack() {
        Order released = fixtures.released("k-1");
        assertThat(fixtures.supply.stockOf(SOY_SAUCE, "500ml")).as("the stock the plan took").isZero();

        fixtures.orders.cancel(SALES, new CancelOrder(released.id(), "plant closed", "Ms Chen", "EMAIL"));
        fixtures.relay();

        assertThat(fixtures.credit.released).containsEntry(revision(released, 1), "order cancelled: plant closed");
        assertThat(fixtures.supply.stockOf(SOY_SAUCE, "500ml")).as("the stock given back").isEqualByComparingTo("100");
    }

    @Test
    @DisplayName("DS-4.1.2 a rejected order gives its credit back")
    void givenHeldOrder_whenRejectedAndRelayed_thenCreditReleased() {
        fixtures.credit.answer(OrderFixtures.CUSTOMER, ScriptedCredit.hold("OVER_LIMIT"));
        Order held = fixtures.reviewed(anOrder("k-1"));

        fixtures.orders.reject(SALES, new RejectOrder(held.id(), "customer withdrew"));
        fixtures.relay();

        assertThat(fixtures.credit.released).containsEntry(revision(held, 1), "order rejected");
    }

    @Test
    @DisplayName("DS-6.2.2 an amended order gives back what its previous revision reserved, not what the new one will")
    void givenApprovedOrder_whenAmendedAndRelayed_thenPreviousRevisionReleased() {
        Order approved = fixtures.approved("k-1");

        fixtures.orders.amend(SALES, new AmendOrder(approved.id(), List.of(new LineChange(1, quantity("250"))), null,
            null, "Ms Chen", null, "PHONE"));
        fixtures.orders.review(SALES, new ReviewOrder(approved.id()));
        fixtures.relay();

        assertThat(fixtures.credit.released).containsOnlyKeys(revision(approved, 1));
        assertThat(fixtures.credit.standing).containsOnlyKeys(revision(approved, 2));
    }

    @Test
    @DisplayName("DS-6.1.1 a delivered order is exposure delivered but not invoiced; once accepted it is billed for what is owed and counts as a purchase")
    void givenShippedOrder_whenDeliveredAcceptedAndRelayed_thenMarkedBilledAndPurchased() {
        Order order = shippedFromStock("k-1");

        fixtures.orders.confirmDelivery(fixtures.delivery, new ConfirmDelivery(order.id(), LocalDate.parse("2026-03-15")));
        fixtures.relay();
        assertThat(fixtures.credit.delivered).containsExactly(revision(order, 1));

        fixtures.orders.accept(fixtures.delivery, new AcceptOrder(order.id(), LocalDate.parse("2026-03-15"), null, ""));
        fixtures.relay();

        assertThat(fixtures.bills).containsExactly("c-shanghai " + order.id() + "#1 4000.00 CNY 2026-03-15 30d");
        assertThat(fixtures.purchases).containsExactly("c-shanghai " + order.id() + " 4000.00 CNY 2026-03-15");
        assertThat(fixtures.credit.released).isEmpty();
    }

    @Test
    @DisplayName("DS-6.2.1 an order prepaid in full is not billed: its credit is released instead")
    void givenPrepaidOrder_whenAcceptedAndRelayed_thenNothingBilledAndCreditReleased() {
        fixtures.credit.answer(OrderFixtures.CUSTOMER, ScriptedCredit.prepay("1"));
        Order waiting = fixtures.reviewed(anOrder("k-1", List.of(line(VINEGAR, "", "50", "80.00")), "2026-03-20",
            "SZ-DC"));
        fixtures.orders.recordPrepayment(FINANCE, new RecordPrepayment(waiting.id(), "BANK-1", quantity("4000"),
            LocalDate.parse("2026-03-15")));
        fixtures.orders.release(PRODUCTION, new ReleaseOrder(waiting.id()));
        ship(waiting, "50");
        fixtures.orders.confirmDelivery(fixtures.delivery, new ConfirmDelivery(waiting.id(), LocalDate.parse("2026-03-15")));

        fixtures.orders.accept(fixtures.delivery, new AcceptOrder(waiting.id(), LocalDate.parse("2026-03-15"), null, ""));
        fixtures.relay();

        assertThat(fixtures.bills).isEmpty();
        assertThat(fixtures.credit.released).containsEntry(revision(waiting, 1), "prepaid in full");
        assertThat(fixtures.purchases).hasSize(1);
    }

    @Test
    @DisplayName("an assembly without a credit check or billing is refused at start-up, naming the port")
    void givenNoCreditCheck_whenStarted_thenRefusedNamingThePort() {
        assertThatThrownBy(() -> ModuleHarness.of(new OrdersModule()).service(OrderDesk.class))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("CreditCheck");
    }

    @Test
    @DisplayName("DS-4.2 nobody ships, delivers or accepts an order by hand: those steps follow the delivery module's "
        + "shipments, after inspection, labels, notice and joint acceptance")
    void givenPeople_whenShippingDeliveringOrAcceptingDirectly_thenAccessDenied() {
        Order approved = fixtures.reviewed(anOrder("k-direct", List.of(line(VINEGAR, "", "50", "80.00")), "2026-03-20",
            "SZ-DC"));
        fixtures.orders.release(PRODUCTION, new ReleaseOrder(approved.id()));
        LocalDate day = LocalDate.parse("2026-03-15");

        assertThatThrownBy(() -> fixtures.orders.ship(LOGISTICS, new ShipOrder(approved.id(), "SH-1", day,
            List.of(new ShippedLine(1, quantity("50")))))).isInstanceOf(AccessDenied.class);
        Order shipped = ship(approved, "50");
        assertThatThrownBy(() -> fixtures.orders.confirmDelivery(LOGISTICS, new ConfirmDelivery(shipped.id(), day)))
            .isInstanceOf(AccessDenied.class);
        fixtures.orders.confirmDelivery(fixtures.delivery, new ConfirmDelivery(shipped.id(), day));
        assertThatThrownBy(() -> fixtures.orders.accept(SALES, new AcceptOrder(shipped.id(), day, null, "")))
            .isInstanceOf(AccessDenied.class);
        assertThat(fixtures.orders.get(SALES, shipped.id()).status()).isEqualTo(OrderStatus.DELIVERED);
    }

    private Order shippedFromStock(String key) {
        Order approved = fixtures.reviewed(anOrder(key, List.of(line(VINEGAR, "", "50", "80.00")), "2026-03-20",
            "SZ-DC"));
        fixtures.orders.release(PRODUCTION, new ReleaseOrder(approved.id()));
        return ship(approved, "50");
    }

    private Order ship(Order order, String quantity) {
        return fixtures.orders.ship(fixtures.delivery, new ShipOrder(order.id(), "SH-" + order.id(),
            LocalDate.parse("2026-03-15"), List.of(new ShippedLine(1, quantity(quantity)))));
    }
}
