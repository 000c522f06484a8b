package dev.directsupply.risk.account;

import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.risk.credit.CreditGrade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The credit measures for high-risk customers (DS-6.2.1), the {@code mitigation} section: for each
 * grade and overdue state exactly one row of measures — raise the prepayment ratio, shorten payment
 * terms, require a guarantee, stop credit — and those for a customer not graded yet. The policy names
 * the measures; which grade gets which is the company's choice.
 *
 * @param relaxOnUpgrade whether an upgrade relaxes the measures (else they only ever tighten)
 */
public record MitigationTable(boolean relaxOnUpgrade, @NotNull @Valid Measures ungraded,
                              @NotEmpty List<@Valid @NotNull MitigationRow> rows) implements CrossFieldRules {

    public static final ParameterSection<MitigationTable> SECTION = ParameterSection.of("mitigation",
        MitigationTable.class, "/dev/directsupply/risk/policy-defaults.json");

    /** The measures of a grade (null: not graded) in an overdue state. */
    public Measures measuresFor(CreditGrade grade, OverdueState state) {
        if (grade == null) {
            return ungraded;
        }
        for (MitigationRow row : rows) {
            if (row.covers(grade, state)) {
                return row.measures();
            }
        }
        throw new IllegalStateException("the measure table has no row for grade " + grade + " in state " + state);
    }

    /** Every grade in every overdue state is covered by exactly one row. */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> problems = new ArrayList<>();
        if (rows == null) {
            return problems;
        }
        for (CreditGrade grade : CreditGrade.values()) {
            for (OverdueState state : OverdueState.values()) {
                int covering = 0;
                for (int i = 0; i < rows.size(); i++) {
                    MitigationRow row = rows.get(i);
                    if (row != null && row.grades() != null && row.overdue() != null && row.covers(grade, state)
                        && ++covering == 2) {
                        problems.add(Violation.of("rows[" + i + "]", "risk.parameter.rows-overlap", "DS-6.2.1",
                            Map.of("grade", grade.name(), "state", state.name())));
                    }
                }
                if (covering == 0) {
                    problems.add(Violation.of("rows", "risk.parameter.rows-uncovered", "DS-6.2.1",
                        Map.of("grade", grade.name(), "state", state.name())));
                }
            }
        }
        return problems;
    }
}
