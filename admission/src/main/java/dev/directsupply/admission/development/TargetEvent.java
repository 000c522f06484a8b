package dev.directsupply.admission.development;

import dev.directsupply.kernel.DomainEvent;

/** What happens to a {@link DevelopmentTarget}. */
public sealed interface TargetEvent extends DomainEvent permits TargetSet {
    TargetId targetId();
}
