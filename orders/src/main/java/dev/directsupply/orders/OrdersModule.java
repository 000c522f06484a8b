package dev.directsupply.orders;

import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerStatus;
import dev.directsupply.customer.RecordPurchase;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.module.DomainModule;
import dev.directsupply.kernel.module.ModuleContext;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.orders.order.AgreedTerms;
import dev.directsupply.orders.order.AgreedTermsSource;
import dev.directsupply.orders.order.Billing;
import dev.directsupply.orders.order.CreditCheck;
import dev.directsupply.orders.order.CreditReference;
import dev.directsupply.orders.order.OrderAccepted;
import dev.directsupply.orders.order.OrderAmended;
import dev.directsupply.orders.order.OrderCancelled;
import dev.directsupply.orders.order.OrderDelivered;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.OrderEvent;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderParameters;
import dev.directsupply.orders.order.OrderPermissions;
import dev.directsupply.orders.order.OrderPorts;
import dev.directsupply.orders.order.OrderRejected;
import dev.directsupply.orders.order.OrderingCustomer;
import dev.directsupply.orders.order.OrderingCustomers;
import dev.directsupply.orders.order.ProductCatalogue;
import dev.directsupply.orders.order.ProductionPlanning;
import dev.directsupply.orders.order.SupplyCheck;
import dev.directsupply.orders.reference.InMemoryProductCatalogue;
import dev.directsupply.orders.reference.StockAndCapacity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The orders module (DS-4.1): {@link OrderDesk}. It reads the {@code orders} section of the policy,
 * publishes the order's events, and follows its own orders to the other modules: a revision cancelled,
 * rejected or amended gives its credit back, a cancelled order its production plan; a delivered one
 * counts as delivered but not invoiced; an accepted one is billed for what is still owed (DS-6.1.1)
 * and counts as a purchase in the customer's scale (DS-2.2.1). Its ports: {@link CreditCheck} and
 * {@link Billing} (required: the {@code sdk} connects them to the risk module), {@link AgreedTermsSource}
 * (required: the {@code sdk} connects it to the admission module's cooperation agreements),
 * {@link OrderingCustomers} (the customer module's desk unless the host gives another),
 * {@link ProductCatalogue}, {@link SupplyCheck} and {@link ProductionPlanning} (empty reference
 * implementations unless the host gives its own).
 */
public final class OrdersModule implements DomainModule {

    @Override
    public String name() {
        return "orders";
    }

    @Override
    public Map<Permission, Set<Role>> defaultGrants() {
        return OrderPermissions.DEFAULT_GRANTS;
    }

    @Override
    public List<ParameterSection<?>> parameters() {
        return List.of(OrderParameters.SECTION);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(OrderEvent.class);
    }

    @Override
    public void start(ModuleContext context) {
        Actor system = context.pipeline().systemActor("orders");
        ProductCatalogue catalogue = context.port(ProductCatalogue.class, InMemoryProductCatalogue::new);
        StockAndCapacity stock = new StockAndCapacity(catalogue);
        ProductionPlanning production = context.port(ProductionPlanning.class, () -> stock);
        CreditCheck credit = context.port(CreditCheck.class, () -> {
            throw new IllegalStateException(required(CreditCheck.class));
        });
        Billing billing = context.port(Billing.class, () -> {
            throw new IllegalStateException(required(Billing.class));
        });
        AgreedTermsSource agreements = context.port(AgreedTermsSource.class, () -> {
            throw new IllegalStateException(required(AgreedTermsSource.class));
        });
        OrderingCustomers customers = context.port(OrderingCustomers.class,
            () -> fromDesk(context.service(CustomerDesk.class), system));
        context.provide(OrderDesk.class, new OrderDesk(context.pipeline(), context.policy().section(
            OrderParameters.class), new OrderPorts(customers, agreements,
            catalogue, context.port(SupplyCheck.class, () -> stock), production, credit)));

        // DS-6.2.2: a revision that will not be delivered gives back what it reserved.
        context.subscribe("credit-on-cancel", OrderCancelled.class, cancelled -> credit.release(system,
            cancelled.customerId(), new CreditReference(cancelled.orderId(), cancelled.revision()),
            "order cancelled: " + cancelled.reason()));
        context.subscribe("plan-on-cancel", OrderCancelled.class,
            cancelled -> production.withdraw(cancelled.orderId()));
        context.subscribe("credit-on-reject", OrderRejected.class, rejected -> credit.release(system,
            rejected.customerId(), new CreditReference(rejected.orderId(), rejected.revision()), "order rejected"));
        context.subscribe("credit-on-amend", OrderAmended.class, amended -> credit.release(system,
            amended.customerId(), new CreditReference(amended.orderId(), amended.previousRevision()),
            "order amended to revision " + amended.revision()));
        context.subscribe("credit-on-delivery", OrderDelivered.class, delivered -> credit.markDelivered(system,
            delivered.customerId(), new CreditReference(delivered.orderId(), delivered.revision())));
        // DS-6.1.1: what is owed after acceptance is billed; an order prepaid in full owes nothing.
        context.subscribe("bill-on-acceptance", OrderAccepted.class, accepted -> {
            CreditReference reference = new CreditReference(accepted.orderId(), accepted.revision());
            Money owed = accepted.owed();
            if (owed.isPositive()) {
                billing.bill(system, accepted.customerId(), reference, owed, accepted.acceptedOn(),
                    agreements.inForce(accepted.customerId(), accepted.acceptedOn()).map(AgreedTerms::paymentTermDays)
                        .orElse(null));
            } else {
                credit.release(system, accepted.customerId(), reference, "prepaid in full");
            }
        });
        // DS-2.2.1: what a customer accepted counts in its annual purchases.
        context.subscribe("purchase-on-acceptance", OrderAccepted.class, accepted -> {
            if (accepted.acceptedValue().isPositive()) {
                customers.recordPurchase(system, accepted.customerId(), accepted.orderId(), accepted.acceptedOn(),
                    accepted.acceptedValue());
            }
        });
    }

    private static String required(Class<?> port) {
        return "the orders module needs a " + port.getSimpleName() + ": give one to the assembly, or assemble the "
            + (port == AgreedTermsSource.class ? "admission" : "risk") + " module with the sdk, which connects it";
    }

    /** The customers who order, as the customer module's desk knows them. */
    private static OrderingCustomers fromDesk(CustomerDesk desk, Actor system) {
        return new OrderingCustomers() {
            @Override
            public Optional<OrderingCustomer> find(CustomerId id) {
                try {
                    Customer customer = desk.get(system, id);
                    return Optional.of(new OrderingCustomer(id, customer.legalName(),
                        customer.status() == CustomerStatus.ACTIVE, customer.importance()));
                } catch (NotFound unknown) {
                    return Optional.empty();
                }
            }

            @Override
            public void recordPurchase(Actor actor, CustomerId customer, OrderId order, LocalDate on, Money value) {
                desk.recordPurchase(actor, new RecordPurchase(customer, order.value(), on, value.amount(),
                    value.currency().getCurrencyCode()));
            }
        };
    }
}
