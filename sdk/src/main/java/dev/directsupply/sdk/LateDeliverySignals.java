package dev.directsupply.sdk;

import dev.directsupply.delivery.shipment.DiscrepancyKind;
import dev.directsupply.delivery.shipment.Shipment;
import dev.directsupply.delivery.shipment.ShipmentDesk;
import dev.directsupply.kernel.Actor;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.risk.register.RiskSubject;
import dev.directsupply.risk.register.SupplySignal;
import dev.directsupply.risk.register.SupplySignals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The risk register's supply signals as the SDK measures them by default (DS-6.1.4): for each customer, the share
 * of its shipments accepted this month and last that arrived after the promised day, as the joint acceptance
 * found them (DS-4.2.4), and how many of its orders' delays escalated in the month are still untold
 * (DS-4.1.4).
 */
final class LateDeliverySignals implements SupplySignals {
    private final Supplier<ShipmentDesk> shipments;
    private final Supplier<OrderDesk> orders;
    private final Actor system;
    private final Clock clock;

    LateDeliverySignals(Supplier<ShipmentDesk> shipments, Supplier<OrderDesk> orders, Actor system, Clock clock) {
        this.shipments = shipments;
        this.orders = orders;
        this.system = system;
        this.clock = clock;
    }

    @Override
    public List<SupplySignal> latest() {
        YearMonth now = YearMonth.now(clock);
        List<SupplySignal> signals = new ArrayList<>();
        List<Order> untold = orders.get().untoldDelays(system);
        for (YearMonth month : List.of(now.minusMonths(1), now)) {
            Map<String, int[]> byCustomer = new TreeMap<>();
            for (Shipment shipment : shipments.get().acceptedIn(system, month)) {
                int[] counts = byCustomer.computeIfAbsent(shipment.customerId().value(), customer -> new int[2]);
                counts[1]++;
                if (shipment.acceptance().discrepancies().stream()
                    .anyMatch(found -> found.kind() == DiscrepancyKind.LATE)) {
                    counts[0]++;
                }
            }
            Map<String, Integer> untoldByCustomer = new TreeMap<>();
            for (Order order : untold) {
                Instant escalated = order.fulfilment().openDelay().orElseThrow().escalatedAt();
                if (YearMonth.from(escalated.atZone(clock.getZone())).equals(month)) {
                    untoldByCustomer.merge(order.customerId().value(), 1, Integer::sum);
                    byCustomer.putIfAbsent(order.customerId().value(), new int[2]);
                }
            }
            byCustomer.forEach((customer, counts) -> signals.add(new SupplySignal(RiskSubject.customer(customer), month,
                counts[1] == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(counts[0]).divide(BigDecimal.valueOf(counts[1]), 4, RoundingMode.HALF_UP),
                untoldByCustomer.getOrDefault(customer, 0))));
        }
        return signals;
    }
}
