package dev.directsupply.orders.archfixture;

import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.validation.CommandValidator;

/** Breaks the template: checks a permission and validates by itself instead of going through the pipeline. */
public final class ReviewBypassingThePipeline {
    public void review(AccessPolicy access, CommandValidator validator, Actor actor, Object command) {
        access.check(actor, Permission.onCustomerInformation("orders.review"));
        validator.validate(command);
    }
}
