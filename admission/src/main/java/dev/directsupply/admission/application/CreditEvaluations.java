package dev.directsupply.admission.application;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;

/**
 * The port through which step 3 of admission has a prospect's credit evaluated (DS-3.3.2): the {@code sdk}
 * connects it to the risk module's scorecard, which issues and keeps the report and judges the grade
 * against the minimum for admission ({@code credit.minimumGrade}).
 */
@FunctionalInterface
public interface CreditEvaluations {
    /** Evaluates the customer's credit now, as the actor, within the caller's write, and gives the report's gist. */
    CreditStanding evaluate(Actor actor, CustomerId customer);
}
