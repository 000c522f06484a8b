package dev.directsupply.sdk;

import dev.directsupply.customer.ClassificationDimension;
import dev.directsupply.customer.CustomerReclassified;
import dev.directsupply.customer.CustomerRegistry;
import dev.directsupply.customer.RecordPurchase;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.orders.OrderDesk;
import dev.directsupply.orders.ProductionPlanning;
import dev.directsupply.orders.RecheckCredit;
import dev.directsupply.orders.order.OrderAccepted;
import dev.directsupply.orders.order.OrderAmended;
import dev.directsupply.orders.order.OrderCancelled;
import dev.directsupply.orders.order.OrderDelivered;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderRejected;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.risk.account.CreditDesk;
import dev.directsupply.risk.receivables.IssueInvoice;
import dev.directsupply.risk.account.MarkDelivered;
import dev.directsupply.risk.receivables.ReceivablesDesk;
import dev.directsupply.risk.account.ReleaseCredit;
import dev.directsupply.risk.account.CreditAccount;
import dev.directsupply.risk.account.CreditHoldReleased;
import dev.directsupply.risk.account.InvoiceId;
import dev.directsupply.sdk.EventRelay.Subscription;
import java.util.List;
import java.util.Map;

/**
 * How the modules hear of each other (DESIGN: events between modules), each subscriber idempotent:
 * <ul>
 *   <li>an order cancelled, rejected or amended releases the credit its revision reserved, and a
 *       cancelled order gives its stock and capacity back to production planning;</li>
 *   <li>a delivered order's reservation counts as delivered-but-uninvoiced;</li>
 *   <li>an accepted order becomes an invoice for what is still owed (DS-6.1.1) and a purchase in the
 *       customer's scale classification (DS-2.2.1);</li>
 *   <li>a credit hold released in risk — paid up, limit raised, overridden — has the order re-checked
 *       (DS-4.1.2);</li>
 *   <li>a customer's new purchase scale moves its credit limit (DS-6.2.1).</li>
 * </ul>
 */
final class ModuleSubscriptions {
    private static final Actor RELAY = Actor.system("relay");
    private static final int REASON_LENGTH = 500;

    private ModuleSubscriptions() {
    }

    static List<Subscription> of(CustomerRegistry customers, CreditDesk credit, ReceivablesDesk receivables,
                                 OrderDesk orders, ProductionPlanning production) {
        return List.of(
            new Subscription("credit-on-cancel", type(OrderCancelled.class), event -> {
                OrderCancelled cancelled = read(event, OrderCancelled.class);
                credit.release(RELAY, new ReleaseCredit(cancelled.customerId(), cancelled.creditReference(),
                    reason("order cancelled: " + cancelled.reason())));
            }),
            new Subscription("plan-on-cancel", type(OrderCancelled.class),
                event -> production.withdraw(read(event, OrderCancelled.class).orderId())),
            new Subscription("credit-on-reject", type(OrderRejected.class), event -> {
                OrderRejected rejected = read(event, OrderRejected.class);
                credit.release(RELAY, new ReleaseCredit(rejected.customerId(), rejected.creditReference(),
                    "order rejected"));
            }),
            new Subscription("credit-on-amend", type(OrderAmended.class), event -> {
                OrderAmended amended = read(event, OrderAmended.class);
                credit.release(RELAY, new ReleaseCredit(amended.customerId(), amended.previousCreditReference(),
                    "order amended to revision " + amended.revision()));
            }),
            new Subscription("credit-on-delivery", type(OrderDelivered.class), event -> {
                OrderDelivered delivered = read(event, OrderDelivered.class);
                try {
                    credit.markDelivered(RELAY, new MarkDelivered(delivered.customerId(), delivered.creditReference()));
                } catch (CreditAccount.NoSuchReservation nothingReserved) {
                    // Prepaid in full, or the reservation was already billed: nothing is exposed.
                }
            }),
            new Subscription("bill-on-acceptance", type(OrderAccepted.class), event -> {
                OrderAccepted accepted = read(event, OrderAccepted.class);
                Money owed = accepted.acceptedValue().minus(accepted.prepaid());
                if (owed.isPositive()) {
                    receivables.issueInvoice(RELAY, new IssueInvoice(InvoiceId.of("INV-" + accepted.orderId()),
                        accepted.customerId(), accepted.creditReference(), owed.amount(), accepted.acceptedOn()));
                } else {
                    credit.release(RELAY, new ReleaseCredit(accepted.customerId(), accepted.creditReference(),
                        "prepaid in full"));
                }
            }),
            new Subscription("purchase-on-acceptance", type(OrderAccepted.class), event -> {
                OrderAccepted accepted = read(event, OrderAccepted.class);
                if (accepted.acceptedValue().isPositive()) {
                    customers.recordPurchase(RELAY, new RecordPurchase(accepted.customerId(),
                        accepted.orderId().value(), accepted.acceptedOn(), accepted.acceptedValue().amount(),
                        accepted.acceptedValue().currency().getCurrencyCode()));
                }
            }),
            new Subscription("orders-on-hold-release", type(CreditHoldReleased.class), event -> {
                String reference = (String) Json.read(event.payload(), Map.class).get("order");
                int revision = reference == null ? -1 : reference.lastIndexOf(":r");
                if (revision > 0) {
                    try {
                        orders.recheckCredit(RELAY, new RecheckCredit(OrderId.of(reference.substring(0, revision))));
                    } catch (NotFound notAnOrder) {
                        // A reference the host checks credit for itself, not one of the orders module's.
                    }
                }
            }),
            new Subscription("limit-on-rescale", type(CustomerReclassified.class), event -> {
                CustomerReclassified moved = read(event, CustomerReclassified.class);
                if (moved.dimension() == ClassificationDimension.SCALE) {
                    credit.changeScaleTier(RELAY, moved.customerId(), ScaleTier.valueOf(moved.to()));
                }
            }));
    }

    private static String type(Class<? extends DomainEvent> event) {
        return DomainEvent.typeOf(event);
    }

    private static <E> E read(OutboxEvent event, Class<E> type) {
        return Json.read(event.payload(), type);
    }

    private static String reason(String text) {
        return text.length() <= REASON_LENGTH ? text : text.substring(0, REASON_LENGTH);
    }
}
