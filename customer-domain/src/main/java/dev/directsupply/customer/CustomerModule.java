package dev.directsupply.customer;

import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.module.DomainModule;
import dev.directsupply.kernel.module.ModuleContext;
import dev.directsupply.kernel.parameters.ParameterSection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customer module (DS-2, DS-7.1): who may do what with customer information, the
 * {@code classification} section of the policy, the customer's published events, and the
 * {@link CustomerDesk}. Every other module stands on it.
 */
public final class CustomerModule implements DomainModule {

    @Override
    public String name() {
        return "customer";
    }

    @Override
    public Map<Permission, Set<Role>> defaultGrants() {
        return CustomerPermissions.DEFAULT_GRANTS;
    }

    @Override
    public List<ParameterSection<?>> parameters() {
        return List.of(ClassificationParameters.SECTION, ImportanceParameters.SECTION);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(CustomerEvent.class);
    }

    @Override
    public void start(ModuleContext context) {
        context.provide(CustomerDesk.class, new CustomerDesk(context.pipeline(),
            context.policy().section(ClassificationParameters.class),
            context.policy().section(ImportanceParameters.class)));
    }
}
