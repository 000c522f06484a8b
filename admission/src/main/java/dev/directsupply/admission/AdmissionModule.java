package dev.directsupply.admission;

import dev.directsupply.admission.application.AdmissionDesk;
import dev.directsupply.admission.application.AdmissionParameters;
import dev.directsupply.admission.application.AdmissionPermissions;
import dev.directsupply.admission.application.ApplicationEvent;
import dev.directsupply.admission.application.CreditEvaluations;
import dev.directsupply.admission.cooperation.AgreementEvent;
import dev.directsupply.admission.cooperation.CooperationDesk;
import dev.directsupply.admission.cooperation.CooperationPermissions;
import dev.directsupply.admission.lead.LeadDesk;
import dev.directsupply.admission.lead.LeadEvent;
import dev.directsupply.admission.lead.LeadPermissions;
import dev.directsupply.admission.development.TargetDesk;
import dev.directsupply.admission.development.TargetEvent;
import dev.directsupply.admission.development.TargetPermissions;
import dev.directsupply.customer.ClassificationParameters;
import dev.directsupply.customer.ScalePolicy;
import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.module.DomainModule;
import dev.directsupply.kernel.module.ModuleContext;
import dev.directsupply.kernel.parameters.ParameterSection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admission module (DS-3): development targets and their progress (DS-3.1.1, {@link TargetDesk}), leads
 * worked through the channels of DS-3.1.2 ({@link LeadDesk}) and the admission workflow of DS-3.4 with its
 * criteria (DS-2.1, DS-3.3) — {@link AdmissionDesk} — and the cooperation agreements it ends with, their
 * amendments, renewals and the terms in force on a day ({@link CooperationDesk}). It reads the {@code admission} section of the policy,
 * publishes its aggregates' events, and admits customers through the customer module. Its port
 * {@link CreditEvaluations} is required: the {@code sdk} connects it to the risk module's scorecard.
 */
public final class AdmissionModule implements DomainModule {

    @Override
    public String name() {
        return "admission";
    }

    @Override
    public Map<Permission, Set<Role>> defaultGrants() {
        Map<Permission, Set<Role>> grants = new HashMap<>(AdmissionPermissions.DEFAULT_GRANTS);
        grants.putAll(LeadPermissions.DEFAULT_GRANTS);
        grants.putAll(TargetPermissions.DEFAULT_GRANTS);
        grants.putAll(CooperationPermissions.DEFAULT_GRANTS);
        return Map.copyOf(grants);
    }

    @Override
    public List<ParameterSection<?>> parameters() {
        return List.of(AdmissionParameters.SECTION);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(ApplicationEvent.class, AgreementEvent.class, LeadEvent.class, TargetEvent.class);
    }

    @Override
    public void start(ModuleContext context) {
        ClassificationParameters classification = context.policy().section(ClassificationParameters.class);
        CustomerDesk customers = context.service(CustomerDesk.class);
        AdmissionParameters parameters = context.policy().section(AdmissionParameters.class);
        CooperationDesk cooperation = new CooperationDesk(context.pipeline(), parameters.agreements(), customers,
            classification.currency());
        context.provide(CooperationDesk.class, cooperation);
        AdmissionDesk admission = new AdmissionDesk(context.pipeline(), parameters, classification, customers,
            cooperation,
            context.port(CreditEvaluations.class, () -> {
                throw new IllegalStateException("the admission module needs a CreditEvaluations port: give one to "
                    + "the assembly, or assemble the risk module with the sdk, which connects it");
            }));
        context.provide(AdmissionDesk.class, admission);
        LeadDesk leads = new LeadDesk(context.pipeline(), customers, admission, classification.currency());
        context.provide(LeadDesk.class, leads);
        context.provide(TargetDesk.class, new TargetDesk(context.pipeline(), leads, admission, customers,
            new ScalePolicy(classification)));
    }
}
