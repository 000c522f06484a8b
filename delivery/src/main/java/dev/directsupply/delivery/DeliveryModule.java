package dev.directsupply.delivery;

import dev.directsupply.customer.ClassificationParameters;
import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.delivery.inspection.InspectionDesk;
import dev.directsupply.delivery.inspection.InspectionEvent;
import dev.directsupply.delivery.inspection.InspectionPermissions;
import dev.directsupply.delivery.shipment.CustomerNotified;
import dev.directsupply.delivery.shipment.DeliveryNotices;
import dev.directsupply.delivery.shipment.PriorityCustomers;
import dev.directsupply.delivery.shipment.ReadyGoods;
import dev.directsupply.delivery.shipment.ShipmentDesk;
import dev.directsupply.delivery.shipment.ShipmentEvent;
import dev.directsupply.delivery.shipment.ShipmentPermissions;
import dev.directsupply.delivery.shipment.ShipmentPorts;
import dev.directsupply.delivery.transport.DeliveryParameters;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.module.DomainModule;
import dev.directsupply.kernel.module.ModuleContext;
import dev.directsupply.kernel.parameters.ParameterSection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The delivery module (DS-4.2, DS-4.1.3 "to quality", DS-6.2.3): inspections and shipments. A host gives it a
 * {@link DeliveryNotices} port to reach its customers; without one, it refuses to start, since a notice nobody
 * sends would let goods leave unannounced. {@link PriorityCustomers} flags none by default; {@link ReadyGoods}
 * knows no order by default, so planning is not limited until the host or the SDK says what is ready.
 */
public final class DeliveryModule implements DomainModule {

    @Override
    public String name() {
        return "delivery";
    }

    @Override
    public Map<Permission, Set<Role>> defaultGrants() {
        Map<Permission, Set<Role>> grants = new HashMap<>(ShipmentPermissions.DEFAULT_GRANTS);
        grants.putAll(InspectionPermissions.DEFAULT_GRANTS);
        return Map.copyOf(grants);
    }

    @Override
    public List<ParameterSection<?>> parameters() {
        return List.of(DeliveryParameters.SECTION);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(InspectionEvent.class, ShipmentEvent.class);
    }

    @Override
    public void start(ModuleContext context) {
        InspectionDesk inspections = new InspectionDesk(context.pipeline());
        context.provide(InspectionDesk.class, inspections);
        DeliveryNotices notices = context.port(DeliveryNotices.class, () -> {
            throw new IllegalStateException("the delivery module needs a DeliveryNotices port to send delivery "
                + "notices to customers (DS-4.2.3): give one to the assembly, e.g. RecordedNotices to keep them");
        });
        context.provide(ShipmentDesk.class, new ShipmentDesk(context.pipeline(),
            context.policy().section(DeliveryParameters.class), context.service(CustomerDesk.class), inspections,
            new ShipmentPorts(context.port(PriorityCustomers.class, () -> customer -> false),
                context.port(ReadyGoods.class, () -> order -> Optional.empty())),
            context.policy().section(ClassificationParameters.class).currency()));
        context.subscribe("notices-to-customers", CustomerNotified.class, notices::send);
    }
}
