package dev.directsupply.risk.account;

import dev.directsupply.customer.ScaleTier;
import dev.directsupply.risk.credit.CreditGrade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a customer stands for credit (DS-6.2.1): since when it is one (the new-customer period runs
 * from it), its purchase scale, its grade with the history of every grading, and when it is graded
 * next.
 *
 * @param grading       the current grade, null until the first evaluation
 * @param nextRegradeOn when the next regular re-grading is due, null before the first grade
 */
public record Standing(LocalDate openedOn, ScaleTier scaleTier, Grading grading, List<GradeChange> history,
                       LocalDate nextRegradeOn) {

    public Standing {
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(scaleTier, "scaleTier");
        history = List.copyOf(history);
    }

    /** A customer not graded yet. */
    static Standing ungraded(LocalDate openedOn, ScaleTier tier) {
        return new Standing(openedOn, tier, null, List.of(), null);
    }

    public CreditGrade grade() {
        return grading == null ? null : grading.grade();
    }

    /** Whether the day is in the customer's first months, as the credit check counts them. */
    public boolean isNewOn(LocalDate day, int newCustomerMonths) {
        return day.isBefore(openedOn.plusMonths(newCustomerMonths));
    }

    Standing graded(Grading next, GradeChange change, LocalDate nextRegrade) {
        List<GradeChange> longer = new ArrayList<>(history.size() + 1);
        longer.addAll(history);
        longer.add(change);
        return new Standing(openedOn, scaleTier, next, longer, nextRegrade);
    }

    Standing withScale(ScaleTier tier) {
        return new Standing(openedOn, tier, grading, history, nextRegradeOn);
    }
}
