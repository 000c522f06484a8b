package dev.directsupply.sdk;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.module.DomainModule;
import dev.directsupply.kernel.module.ModuleContext;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.delivery.shipment.DiscrepancyResolved;
import dev.directsupply.delivery.shipment.ShipmentAccepted;
import dev.directsupply.delivery.shipment.ShipmentDesk;
import dev.directsupply.delivery.shipment.ShipmentDispatched;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.RecheckCredit;
import dev.directsupply.risk.account.CreditHoldReleased;
import dev.directsupply.risk.receivables.ReceivablesDesk;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What connects modules that do not know each other, started after them: a credit hold released in
 * the risk module — paid up, limit raised, overridden — has the orders module re-check the order
 * revision it held (DS-4.1.2); an order follows its shipments in the delivery module, shipped when they
 * leave and delivered and accepted when the last is accepted with the customer (DS-4.2); a discrepancy
 * settled by a credit adjusts the invoice (DS-4.2.4). The ports between them ({@code CreditCheck},
 * {@code Billing}) are bridged by {@link DirectSupply}. It also declares what the SDK's event relay needs: the {@code relay}
 * section of the policy file ({@link RelayParameters}) and the permission to read parked events and
 * failure texts ({@link EventRelay#INSPECT}, for auditors and management by default); and the
 * {@code input} section ({@link InputParameters}), the business dates the command validator allows.
 */
final class Connections implements DomainModule {

    @Override
    public String name() {
        return "connections";
    }

    @Override
    public Map<Permission, Set<Role>> defaultGrants() {
        return Map.of(EventRelay.INSPECT, Set.of(Role.AUDITOR, Role.MANAGEMENT));
    }

    /** The event relay's timeout, back-off and retention; the business dates commands may carry. */
    @Override
    public List<ParameterSection<?>> parameters() {
        return List.of(RelayParameters.SECTION, InputParameters.SECTION);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of();
    }

    @Override
    public void start(ModuleContext context) {
        OrderDesk orders = context.service(OrderDesk.class);
        Actor relay = context.pipeline().systemActor("relay");
        // DS-4.2: the order follows its shipments; its ship, deliver and accept steps are delivery's to take.
        OrdersFollowShipments follow = new OrdersFollowShipments(orders, context.service(ShipmentDesk.class), relay);
        context.subscribe("orders-on-dispatch", ShipmentDispatched.class, follow::dispatched);
        context.subscribe("orders-on-acceptance", ShipmentAccepted.class, follow::accepted);
        // DS-4.2.4: a discrepancy settled by a credit or a discount adjusts the order's invoice.
        DiscrepancyCredits credits = new DiscrepancyCredits(context.service(ReceivablesDesk.class), relay,
            context.clock());
        context.subscribe("credit-notes-on-settlement", DiscrepancyResolved.class, credits::resolved);
        context.subscribe("orders-on-hold-release", CreditHoldReleased.class, released -> {
            if (released.order().revision() > 0) {
                try {
                    orders.recheckCredit(relay, new RecheckCredit(OrderId.of(released.order().order())));
                } catch (NotFound notAnOrder) {
                    // A reference the host checks credit for itself, not one of the orders module's.
                }
            }
        });
    }
}
