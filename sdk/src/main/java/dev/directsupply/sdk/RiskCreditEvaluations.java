package dev.directsupply.sdk;

import dev.directsupply.admission.application.CreditEvaluations;
import dev.directsupply.admission.application.CreditStanding;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.risk.account.CreditDesk;
import dev.directsupply.risk.account.EvaluateCredit;
import dev.directsupply.risk.credit.CreditGrade;
import dev.directsupply.risk.credit.CreditParameters;
import dev.directsupply.risk.credit.CreditReport;
import dev.directsupply.risk.credit.CreditTrigger;

/**
 * Step 3 of admission answered by the risk module (DS-3.3.2): the credit desk evaluates the prospect with
 * its scorecard and keeps the report — in the admission step's write, as the same person — and the grade
 * is judged against {@code credit.minimumGrade}, the one minimum for admission in the policy file. The
 * violations the risk module holds on record for the prospect go with it (DS-3.3.1).
 */
final class RiskCreditEvaluations implements CreditEvaluations {
    private final CreditDesk credit;
    private final CreditParameters parameters;

    RiskCreditEvaluations(CreditDesk credit, CreditParameters parameters) {
        this.credit = credit;
        this.parameters = parameters;
    }

    @Override
    public CreditStanding evaluate(Actor actor, CustomerId customer) {
        CreditReport report = credit.evaluate(actor, new EvaluateCredit(customer, CreditTrigger.INITIAL.name()));
        CreditGrade minimum = parameters.minimumGrade();
        int violations = credit.account(actor, customer).violations().size();
        return new CreditStanding(report.id().value(), report.grade().name(), minimum.name(),
            report.grade().isAtLeast(minimum), violations, report.occasion().evaluatedAt());
    }
}
