package dev.directsupply.orders;

import static dev.directsupply.orders.OrderFixtures.PRODUCTION;
import static dev.directsupply.orders.OrderFixtures.SALES;
import static dev.directsupply.orders.OrderFixtures.anOrder;
import static dev.directsupply.orders.OrderFixtures.quantity;

import dev.directsupply.orders.order.GiveFeedback;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.RecordProgress;
import dev.directsupply.orders.order.ReleaseOrder;
import dev.directsupply.orders.order.ShipOrder;
import dev.directsupply.orders.order.ShippedLine;
import dev.directsupply.testing.Golden;
import dev.directsupply.testing.PublishedEvents;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What leaves the orders module and what it stores, pinned by golden files: a renamed component breaks a
 * test here, not a host's subscriber or a database.
 */
class OrdersContractTest {

    @Test
    @DisplayName("every published order event is written as its golden JSON")
    void givenEachPublishedEvent_whenWritten_thenItsGoldenJson() {
        PublishedEvents.matchTheirGoldenFiles(new OrdersModule());
    }

    @Test
    @DisplayName("DS-4.1 an order part shipped, and an exchange of its feed, are stored as their golden documents")
    void givenOrderOnItsWay_whenStored_thenGoldenLayouts() {
        OrderFixtures fixtures = new OrderFixtures();
        Order order = fixtures.reviewed(anOrder("k-1"));
        fixtures.orders.release(PRODUCTION, new ReleaseOrder(order.id()));
        fixtures.orders.recordProgress(PRODUCTION, new RecordProgress(order.id(), 1, "PRODUCTION_STARTED",
            LocalDate.parse("2026-03-15"), null));
        fixtures.orders.ship(fixtures.delivery, new ShipOrder(order.id(), "SH-1", LocalDate.parse("2026-03-15"),
            List.of(new ShippedLine(2, quantity("200")))));
        fixtures.orders.giveFeedback(SALES, new GiveFeedback(order.id(), "EMAIL", "Ms Chen",
            "vinegar shipped, soy sauce in production"));

        Golden.assertJson("documents/order", fixtures.store.read(OrderDesk.ORDERS, order.id().value()).orElseThrow()
            .body());
        Golden.assertJson("documents/feed-entry", fixtures.store.read(OrderDesk.FEED, order.id().value() + ".1")
            .orElseThrow().body());
    }
}
