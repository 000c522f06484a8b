package dev.directsupply.kernel.agreement;

import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.module.DomainModule;
import dev.directsupply.kernel.module.ModuleContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The register of confidentiality agreements as a module: its desk and who may keep it (DS-7.2.3). */
public final class AgreementsModule implements DomainModule {

    @Override
    public String name() {
        return "security";
    }

    @Override
    public Map<Permission, Set<Role>> defaultGrants() {
        return AgreementPermissions.DEFAULT_GRANTS;
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of();
    }

    @Override
    public void start(ModuleContext context) {
        context.provide(AgreementDesk.class, new AgreementDesk(context.pipeline()));
    }
}
