package dev.directsupply.risk;

import dev.directsupply.customer.ClassificationDimension;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.customer.CustomerReclassified;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.module.DomainModule;
import dev.directsupply.kernel.module.ModuleContext;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.risk.account.ChangeScaleTier;
import dev.directsupply.risk.account.CompanyFacts;
import dev.directsupply.risk.account.CreditAccountEvent;
import dev.directsupply.risk.account.CreditAccounts;
import dev.directsupply.risk.account.CreditCheckParameters;
import dev.directsupply.risk.account.CreditDesk;
import dev.directsupply.risk.account.CreditLimitTable;
import dev.directsupply.risk.account.CreditPermissions;
import dev.directsupply.risk.account.CreditRules;
import dev.directsupply.risk.account.CustomerDirectory;
import dev.directsupply.risk.account.CustomerFacts;
import dev.directsupply.risk.account.MitigationTable;
import dev.directsupply.risk.account.OrderStages;
import dev.directsupply.risk.credit.CreditParameters;
import dev.directsupply.risk.credit.CreditReportIssued;
import dev.directsupply.risk.receivables.InvoiceEvent;
import dev.directsupply.risk.receivables.ReceivablesDesk;
import dev.directsupply.risk.receivables.ReceivablesParameters;
import dev.directsupply.risk.receivables.ReceivablesPermissions;
import dev.directsupply.risk.register.QualitySignals;
import dev.directsupply.risk.register.RiskDesk;
import dev.directsupply.risk.register.RiskEvent;
import dev.directsupply.risk.register.RiskPermissions;
import dev.directsupply.risk.register.RiskRegisterParameters;
import dev.directsupply.risk.register.SupplySignals;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The risk module (DS-6, DS-3.3.2): credit accounts and grading ({@link CreditDesk}), receivables and
 * collection ({@link ReceivablesDesk}), the risk register ({@link RiskDesk}). It reads six sections of
 * the policy, publishes the events of its four aggregates, and follows a customer's new purchase scale
 * with its credit limit. Its ports: {@link CustomerDirectory} (the customer module's desk unless the
 * host gives another), {@link CompanyFacts} (none known unless the host gives them), and the quality
 * and supply signals the host reports.
 */
public final class RiskModule implements DomainModule {

    @Override
    public String name() {
        return "risk";
    }

    @Override
    public Map<Permission, Set<Role>> defaultGrants() {
        Map<Permission, Set<Role>> grants = new HashMap<>(CreditPermissions.DEFAULT_GRANTS);
        grants.putAll(ReceivablesPermissions.DEFAULT_GRANTS);
        grants.putAll(RiskPermissions.DEFAULT_GRANTS);
        return grants;
    }

    @Override
    public List<ParameterSection<?>> parameters() {
        return List.of(CreditParameters.SECTION, CreditCheckParameters.SECTION, CreditLimitTable.SECTION,
            MitigationTable.SECTION, ReceivablesParameters.SECTION, RiskRegisterParameters.SECTION);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(CreditAccountEvent.class, CreditReportIssued.class, InvoiceEvent.class, RiskEvent.class);
    }

    @Override
    public void start(ModuleContext context) {
        Actor system = context.pipeline().systemActor("risk");
        PolicyParameters policy = context.policy();
        CreditAccounts accounts = new CreditAccounts(context.pipeline(), policy.section(CreditParameters.class),
            new CreditRules(policy.section(CreditCheckParameters.class), policy.section(CreditLimitTable.class),
                policy.section(MitigationTable.class)), policy.version(),
            context.port(CustomerDirectory.class, () -> directory(context.service(CustomerDesk.class), system, context.clock())),
            context.port(CompanyFacts.class, CompanyFacts::none));
        CreditDesk credit = new CreditDesk(context.pipeline(), accounts,
            context.port(OrderStages.class, OrderStages::none));
        context.provide(CreditDesk.class, credit);
        context.provide(ReceivablesDesk.class, new ReceivablesDesk(context.pipeline(), accounts,
            policy.section(ReceivablesParameters.class), policy.section(CreditParameters.class).minimumGrade()));
        context.provide(RiskDesk.class, new RiskDesk(context.pipeline(), policy.section(RiskRegisterParameters.class),
            context.port(QualitySignals.class, () -> List::of), context.port(SupplySignals.class, () -> List::of)));
        // DS-6.2.1: a customer's new purchase scale moves its place in the limit table.
        context.subscribe("limit-on-rescale", CustomerReclassified.class, moved -> {
            if (moved.dimension() == ClassificationDimension.SCALE) {
                credit.changeScaleTier(system, new ChangeScaleTier(moved.customerId(), ScaleTier.valueOf(moved.to())));
            }
        });
    }

    /** The customers the credit desk knows, from the customer module's desk. */
    private static CustomerDirectory directory(CustomerDesk customers, Actor system, java.time.Clock clock) {
        return id -> {
            try {
                Customer customer = customers.get(system, id);
                return Optional.of(new CustomerFacts(customer.scaleTier(), customer.industry().industry(),
                    LocalDate.ofInstant(customer.registeredAt(), clock.getZone())));
            } catch (NotFound unknown) {
                return Optional.empty();
            }
        };
    }
}
