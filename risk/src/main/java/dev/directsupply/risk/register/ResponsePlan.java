package dev.directsupply.risk.register;

import dev.directsupply.kernel.ActorId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What is done about a risk (DS-6.2): who owns it, the response measures, the contingency plan if it
 * strikes (an alternative supplier, say, DS-6.2.4), and when it is looked at next.
 *
 * @param contingencyPlan empty until one is planned
 */
public record ResponsePlan(ActorId owner, List<String> measures, String contingencyPlan, LocalDate reviewOn) {

    public ResponsePlan {
        Objects.requireNonNull(owner, "owner");
        measures = List.copyOf(measures);
        contingencyPlan = contingencyPlan == null ? "" : contingencyPlan;
        Objects.requireNonNull(reviewOn, "reviewOn");
    }

    /** The plan of a risk just entered: its owner and first review, nothing decided yet. */
    static ResponsePlan first(ActorId owner, LocalDate reviewOn) {
        return new ResponsePlan(owner, List.of(), "", reviewOn);
    }

    /** The same plan, looked at again on another day. */
    ResponsePlan reviewedNext(LocalDate nextReview) {
        return new ResponsePlan(owner, measures, contingencyPlan, nextReview);
    }

    boolean hasMeasures() {
        return !measures.isEmpty();
    }

    boolean hasContingency() {
        return !contingencyPlan.isBlank();
    }
}
