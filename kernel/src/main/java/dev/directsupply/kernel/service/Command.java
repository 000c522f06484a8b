package dev.directsupply.kernel.service;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.validation.CrossFieldRules;

/**
 * Something an actor asks a service to do, named in the imperative ({@code AssessRisk}): a record
 * whose components carry Jakarta constraints. It names the right it needs, and the {@link Pipeline}
 * checks that right, then the constraints and {@linkplain #crossFieldViolations() rules across
 * fields}, before anything is read; the audit trail records the command's type as the action.
 */
public interface Command extends CrossFieldRules {

    /** The right the actor needs (DS-7.2.2); customer information also needs an agreement (DS-7.2.3). */
    Permission permission();
}
