package dev.directsupply.admission.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Every admission criterion's answer on a day, and whether the rule requires a site inspection: stored with
 * the application at each step, and shown at every review (DS-3.3, DS-3.4).
 */
public record CriteriaEvaluation(LocalDate on, List<CriterionResult> results, boolean inspectionRequired) {
    public CriteriaEvaluation {
        Objects.requireNonNull(on, "on");
        results = List.copyOf(results);
    }

    /** Whether every criterion passes: no failure and no evidence missing. */
    public boolean allPass() {
        return results.stream().allMatch(r -> r.outcome() == Outcome.PASS);
    }

    /** The criterion's answer. */
    public Outcome outcomeOf(Criterion criterion) {
        return results.stream().filter(r -> r.criterion() == criterion).map(CriterionResult::outcome).findFirst()
            .orElse(Outcome.MISSING_EVIDENCE);
    }

    /** The criteria that fail or lack evidence. */
    public List<CriterionResult> unmet() {
        return results.stream().filter(r -> r.outcome() != Outcome.PASS).toList();
    }

    /** One line per criterion, in the locale. */
    public List<String> explain(Locale locale) {
        return results.stream().map(r -> r.explain(locale)).toList();
    }
}
